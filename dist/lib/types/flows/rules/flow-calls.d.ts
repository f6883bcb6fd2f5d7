import type { FlowFile } from '../../model.js';
import type { Emit, ReferenceTally } from '../finding-draft.js';
import type { FlowCallSite } from '../calls.js';
/** The calls' `targetType` must be filled in (validate.ts does it once per call). */
export declare function checkFlowCalls(caller: Pick<FlowFile, 'type'>, calls: readonly FlowCallSite[], emit: Emit, tally: ReferenceTally): void;
