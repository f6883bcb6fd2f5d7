import { type JsonRecord, type Pointer } from './json.js';
export interface ActionNode {
    readonly id: string;
    readonly name: string;
    readonly type: string;
    readonly raw: JsonRecord;
    readonly pointer: Pointer;
    readonly item: ItemNode;
}
export interface ChoiceNode {
    readonly id: string;
    readonly name: string;
    readonly raw: JsonRecord;
    readonly pointer: Pointer;
    readonly item: ItemNode;
    /** The action a menu choice runs (a jump to a task or menu, a transfer, a disconnect, …). */
    readonly action: ActionNode | undefined;
}
export interface ItemNode {
    readonly id: string;
    readonly name: string;
    readonly type: string;
    readonly raw: JsonRecord;
    readonly pointer: Pointer;
    /** `actionList`, in document order. */
    readonly actions: ActionNode[];
    /** Edges resolve against this: the first action of each id in `actionList`. */
    readonly actionsById: Map<string, ActionNode>;
    readonly choices: ChoiceNode[];
}
export interface FlowDocument {
    readonly raw: JsonRecord;
    readonly items: ItemNode[];
    /** The first item of each id. */
    readonly itemsById: Map<string, ItemNode>;
}
export declare function readFlowDocument(raw: JsonRecord, itemList: readonly unknown[]): FlowDocument;
/** Every action of the flow: `actionList` entries and menu choice actions, item by item. */
export declare function allActions(flow: FlowDocument): Generator<ActionNode>;
/** `"Name" (id)`, how messages name a node so a person can find it in Architect and in the file. */
export declare function nodeLabel(node: {
    readonly name: string;
    readonly id: string;
}): string;
/** `task "Billing" (id)`, `menu …`, `state …`: the item's kind in words. */
export declare function itemLabel(item: ItemNode): string;
export type ItemKind = 'task' | 'menu' | 'state' | 'item';
/** Item kinds by `__type` suffix: real documents have `Task`, `LoopTask`, `Menu`, `State`, `BotState`. */
export declare function itemKind(type: string): ItemKind;
