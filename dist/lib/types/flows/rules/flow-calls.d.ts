import type { Emit, ReferenceTally } from '../finding-draft.js';
import type { FlowCallSite } from '../calls.js';
export interface CallingFlow {
    readonly id: string;
    readonly type: string;
}
/** The calls' `targetType` must be filled in (validate.ts does it once per call). */
export declare function checkFlowCalls(caller: CallingFlow, calls: readonly FlowCallSite[], emit: Emit, tally: ReferenceTally): void;
