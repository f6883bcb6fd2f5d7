import type { FlowFile, ResourceProblem, Rule, SeverityOrOff, ValidationResult } from '../model.js';
import { type FlowCallSite } from './calls.js';
import type { DraftFinding, ReferenceTally } from './finding-draft.js';
import { type FlowDocument } from './document.js';
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
/** What validation finds in one flow without looking at any other flow: it can be done as soon as the flow is in. */
export interface OneFlowValidation {
    readonly drafts: readonly DraftFinding[];
    readonly tally: ReferenceTally;
    /** The document, when it reads as a flow; undefined otherwise. */
    readonly document: FlowDocument | undefined;
    /** Its flow calls (targets not resolved yet), when its format is one this Action reads; else undefined. */
    readonly sites: readonly FlowCallSite[] | undefined;
}
export declare function validateOneFlow(flow: FlowFile, maxExportBytes: number): OneFlowValidation;
export declare function validateFlows(input: ValidateInput): ValidationResult;
