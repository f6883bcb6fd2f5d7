import type { FlowFile, ResourceProblem, Rule, SeverityOrOff, ValidationResult } from '../model.js';
export interface ValidateInput {
    readonly flows: readonly FlowFile[];
    /** id → lower-case type of flows in the repository but not in `flows` (they satisfy missing-flow). */
    readonly knownFlows: ReadonlyMap<string, string>;
    readonly maxExportBytes: number;
    /** Rule-severity overrides; `off` drops the rule's findings. */
    readonly severities?: Partial<Record<Rule, SeverityOrOff>>;
    /** Resources the org reports deleted or stale, by flow (dependency tracking; absent when not checked). */
    readonly resourceProblems?: readonly ResourceProblem[];
}
export declare function validateFlows(input: ValidateInput): ValidationResult;
