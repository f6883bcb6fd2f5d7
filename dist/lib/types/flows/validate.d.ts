import type { FlowFile, ResourceProblem, Rule, SeverityOrOff, ValidationResult } from '../model.js';
import { type DraftFinding, type ReferenceTally } from './finding-draft.js';
export interface ValidateInput {
    readonly flows: readonly FlowFile[];
    /** id → lower-case type of flows in the repository but not in `flows` (they satisfy missing-flow). */
    readonly knownFlows: ReadonlyMap<string, string>;
    readonly maxExportBytes: number;
    /** Rule-severity overrides; `off` drops the rule's findings. */
    readonly severities?: Partial<Record<Rule, SeverityOrOff>>;
    /** Resources the org reports deleted or stale, by flow (dependency tracking; absent when not checked). */
    readonly resourceProblems?: readonly ResourceProblem[];
    /** What validateOneFlow already found, by flow document (done while the export ran); the rest are checked here. */
    readonly oneFlowValidations?: ReadonlyMap<unknown, OneFlowValidation>;
}
export type OneFlowValidation = ReturnType<typeof validateOneFlow>;
/**
 * What validation finds in one flow without looking at any other flow: it can be done as soon as the flow is in.
 * `document` is undefined when the file does not read as a flow; `sites` (its flow calls, targets not resolved
 * yet) when its format is not one this Action reads.
 */
export declare function validateOneFlow(flow: FlowFile, maxExportBytes: number): {
    drafts: DraftFinding[];
    tally: ReferenceTally;
    document: import("./document.js").FlowDocument | undefined;
    sites: undefined;
} | {
    drafts: DraftFinding[];
    tally: ReferenceTally;
    document: import("./document.js").FlowDocument;
    sites: import("./calls.js").FlowCallSite[];
};
export declare function validateFlows(input: ValidateInput): ValidationResult;
