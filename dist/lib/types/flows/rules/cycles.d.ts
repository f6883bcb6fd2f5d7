import type { FlowCallSite } from '../calls.js';
import type { DraftFinding } from '../finding-draft.js';
export interface GraphFlow {
    readonly id: string;
    readonly name: string;
    readonly calls: readonly FlowCallSite[];
}
export interface CycleFinding {
    /** Index of the flow the finding is on. */
    readonly flow: number;
    readonly draft: DraftFinding;
}
/** The calls' `targetIndex` must be filled in (validate.ts does it once per call). */
export declare function findCycles(flows: readonly GraphFlow[]): CycleFinding[];
