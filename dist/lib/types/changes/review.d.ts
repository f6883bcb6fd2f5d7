import type { FlowReview } from './types.js';
export interface ReviewInput {
    /** The previous configuration JSON; undefined for a flow that is new. */
    readonly before: unknown;
    /** The new configuration JSON; undefined for a flow that was removed. */
    readonly after: unknown;
    /** The new file's text, for line numbers; by default the canonical serialisation the Action commits. */
    readonly afterText?: string;
    readonly flowId: string;
    readonly name: string;
    readonly versionFrom?: string;
    readonly versionTo?: string;
}
export declare function reviewFlowChange(input: ReviewInput): FlowReview;
