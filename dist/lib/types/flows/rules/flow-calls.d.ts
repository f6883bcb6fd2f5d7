import type { Emit, ReferenceTally } from '../draft.js';
import type { FlowCallSite } from '../calls.js';
export interface CallingFlow {
    readonly id: string;
    readonly type: string;
}
/** `lookup` gives the lower-case type of every flow known to this run, validated or in the repository. */
export declare function checkFlowCalls(caller: CallingFlow, calls: readonly FlowCallSite[], lookup: ReadonlyMap<string, string>, emit: Emit, tally: ReferenceTally): void;
