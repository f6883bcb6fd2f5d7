import type { FlowCallSite } from '../calls.js';
import type { DraftFinding } from '../finding-draft.js';
export interface GraphFlow {
    readonly id: string;
    readonly name: string;
    readonly calls: readonly FlowCallSite[];
}
/** Findings with the index of the flow each is on. The calls' `targetIndex` must be filled in (validate.ts does it). */
export declare function findCycles(flows: readonly GraphFlow[]): {
    flow: number;
    draft: DraftFinding;
}[];
