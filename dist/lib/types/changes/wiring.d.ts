import { type ActionNode, type FlowDocument, type ItemNode } from '../flows/document.js';
import { type Pointer } from '../flows/json.js';
import type { Draft } from './draft.js';
/** Both versions of one item, and which of its actions are in both. */
export interface ItemPair {
    readonly before: ItemNode;
    readonly after: ItemNode;
    /** Ids of the actions in this item in both versions. */
    readonly kept: ReadonlySet<string>;
}
/** `(was X)`; `(was another X)` when two different things share a name, so the sentence is not "X (was X)". */
export declare function wasText(now: string, was: string): string;
/** The edges of one action kept in its item: `nextAction` and each output present in both versions. */
export declare function rewiredEdges(pair: ItemPair, before: ActionNode, after: ActionNode): Draft[];
/** Where a task starts (`startAction`). */
export declare function startChange(pair: ItemPair): Draft[];
/** Where the flow starts (`initialSequence`). */
export declare function flowStartChange(before: FlowDocument, after: FlowDocument): Draft[];
/** The item reference fields of jumps (§1.3): Jump to Reusable Task / Menu, Call Task, Change State, menu choices. */
export declare const REFERENCE_FIELDS: readonly ["taskReference", "menuReference", "stateReference"];
export declare const REFERENCE_NAME_FIELDS: readonly ["taskName", "menuName", "stateName"];
/** The item an action jumps to or calls, as words (`task "Billing"`); '' when it jumps nowhere. */
export declare function jumpText(flow: FlowDocument, action: ActionNode): string;
/** A jump re-pointed: same action, another task, menu or state. */
export declare function rewiredJump(beforeFlow: FlowDocument, afterFlow: FlowDocument, before: ActionNode, after: ActionNode, subject: string, pointerBase: Pointer): Draft[];
/** `task "Billing"` for an item id of the flow; the recorded name when the item is not there. */
export declare function itemRefText(flow: FlowDocument, id: string, recordedName?: string): string;
/**
 * Where added actions sit: `at the start`, `after Play Audio "Welcome"`, `on "Yes" of Decision "Open?"`.
 * Built once per item (one pass over its edges), so an item with many additions stays linear.
 */
export declare function placements(item: ItemNode): (action: ActionNode) => string;
