import type { FlowReview } from './types.js';
/** `12.0 → 13.0`, `new in 13.0`, `removed (was 12.0)`, or '' when the versions are unknown. */
export declare function versionStep(review: FlowReview): string;
/** `Main IVR 12.0 → 13.0: 2 actions added, Decision "Open today?" rewired, queue "Sales" → "Support"`. */
export declare function oneLineSummary(review: FlowReview): string;
/** Flows with the most changes first; added and removed flows after them; unchanged ones not at all. */
export declare function orderReviews(reviews: readonly FlowReview[]): FlowReview[];
/**
 * Markdown for the flows that changed, most changed first: each flow's name and version step, then
 * its changes as a list. Stays under `budget.maxChars`: lists are cut with "and N more", and flows
 * that do not fit are counted at the end.
 */
export interface MarkdownBudget {
    readonly maxChars: number;
    /** Flows listed before "…and N more flows changed" (default 25). */
    readonly maxFlowsListed?: number;
    /** The address of a line of a flow's new file (e.g. the file at the commit): `(line 40)` becomes a link. */
    readonly lineLink?: (review: FlowReview, line: number) => string | undefined;
}
export declare function reviewMarkdown(reviews: readonly FlowReview[], budget: MarkdownBudget): string;
/** Plain text for a terminal: a heading per flow, then one change per line with its line number. */
export declare function reviewText(reviews: readonly FlowReview[]): string;
/** Text safe in Markdown: the characters that start markup are escaped, angle brackets become entities. */
export declare function md(text: string): string;
