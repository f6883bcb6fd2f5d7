import { type ActionNode, type FlowDocument } from './document.js';
import { type Pointer } from './json.js';
export interface FlowCallSite {
    readonly flowId: string;
    /** The flow name the caller recorded next to the id (`flowName`, `inQueueFlowName`), or ''. */
    readonly flowName: string;
    /** The field that holds the id, e.g. `flowId` or `inQueueFlowId`. */
    readonly field: string;
    readonly actionType: string;
    readonly action: ActionNode;
    readonly pointer: Pointer;
}
export declare function isFlowCallField(field: string): boolean;
export declare function readFlowCalls(flow: FlowDocument): FlowCallSite[];
/**
 * The flows a document calls, each flow id and calling action type once, in document order.
 * For the export engine, to close over dependencies from documents it already downloaded.
 */
export declare function flowCallTargets(document: unknown): {
    flowId: string;
    actionType: string;
}[];
