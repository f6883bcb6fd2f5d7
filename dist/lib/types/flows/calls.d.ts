import { type FlowDocument } from './document.js';
import { type JsonRecord, type Pointer } from './json.js';
import type { Rule } from '../model.js';
import type { DraftFinding } from './finding-draft.js';
/**
 * One call, holding only plain values and the raw records the document already holds, so a flow's
 * node structure can be let go once its own rules have run (a million flows stay small).
 */
export declare class FlowCallSite {
    readonly flowId: string;
    /** The field that holds the id, e.g. `flowId` or `inQueueFlowId`. */
    readonly field: string;
    readonly actionType: string;
    readonly actionId: string;
    private readonly action;
    private readonly item;
    /** `['flowSequenceItemList', i]`, shared with the item. */
    private readonly itemPointer;
    /** Index in `actionList`, or -1 … -n for the action of menu choice n - 1. */
    private readonly actionIndex;
    /** Filled in by validation, once: the called flow's index among the validated flows (-1: none)… */
    targetIndex: number;
    /** …and its lower-case type; undefined when the flow is neither validated nor in the repository. */
    targetType: string | undefined;
    constructor(flowId: string, 
    /** The field that holds the id, e.g. `flowId` or `inQueueFlowId`. */
    field: string, actionType: string, actionId: string, action: JsonRecord, item: JsonRecord, 
    /** `['flowSequenceItemList', i]`, shared with the item. */
    itemPointer: Pointer, 
    /** Index in `actionList`, or -1 … -n for the action of menu choice n - 1. */
    actionIndex: number);
    /** The flow name the caller recorded next to the id (`flowName`, `inQueueFlowName`), or ''. */
    get flowName(): string;
    /** `Action "Name" (id) in task "Name" (id)`, how messages introduce the calling action. */
    get actionText(): string;
    get actionLabel(): string;
    /** The call's id field. */
    get pointer(): Pointer;
    finding(rule: Rule, message: string): DraftFinding;
}
export declare function readFlowCalls(flow: FlowDocument): FlowCallSite[];
/**
 * The flows a document calls, each flow id and calling action type once, in document order.
 * For the export engine, to close over dependencies from documents it already downloaded.
 */
export declare function flowCallTargets(document: unknown): {
    flowId: string;
    actionType: string;
}[];
