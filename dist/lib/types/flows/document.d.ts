import { type JsonRecord, type Pointer } from './json.js';
export declare class ActionNode {
    readonly raw: JsonRecord;
    readonly item: ItemNode;
    /** Pointer of the list or field holding the action, shared by its siblings. */
    private readonly container;
    /** Index in `actionList`; -1 for a menu choice's `action`. */
    readonly index: number;
    readonly id: string;
    readonly type: string;
    /** Set by the reachability walk. */
    reached: boolean;
    /** `actionOutputs(this)`, kept once read: two rules walk the outputs of every action. */
    outputs: readonly unknown[] | undefined;
    /** Read once: the references and reachability rules both follow it. */
    readonly nextAction: string;
    constructor(raw: JsonRecord, item: ItemNode, 
    /** Pointer of the list or field holding the action, shared by its siblings. */
    container: Pointer, 
    /** Index in `actionList`; -1 for a menu choice's `action`. */
    index: number);
    get name(): string;
    get pointer(): Pointer;
}
export interface ChoiceNode {
    readonly id: string;
    readonly name: string;
    readonly raw: JsonRecord;
    readonly pointer: Pointer;
    readonly item: ItemNode;
    readonly action: ActionNode | undefined;
}
export interface ItemNode {
    readonly id: string;
    readonly name: string;
    readonly type: string;
    readonly raw: JsonRecord;
    readonly pointer: Pointer;
    readonly actions: ActionNode[];
    /** Edges resolve against this: the first action of each id in `actionList`. */
    readonly actionsById: Map<string, ActionNode>;
    readonly choices: ChoiceNode[];
}
export interface FlowDocument {
    readonly raw: JsonRecord;
    readonly items: ItemNode[];
    readonly itemsById: Map<string, ItemNode>;
}
export declare function readFlowDocument(raw: JsonRecord): FlowDocument;
/** `actionList` entries and menu choice actions, item by item. */
export declare function allActions(flow: FlowDocument): Generator<ActionNode>;
/** A resource or flow the document's `manifest` lists (docs/flow-format.md §1.4). */
export interface ManifestResource {
    readonly kind: string;
    readonly id: string;
    readonly name: string;
    /** Its `context[].id`s: the actions using it (UI metadata, so only used to place or pair a change). */
    readonly users: readonly string[];
}
/** Each `manifest` entry with an id, with its kind: `manifest.<kind>[] = {id, name, context:[{id}]}`. */
export declare function manifestEntries(raw: JsonRecord): Generator<ManifestResource>;
/** `"Name" (id)`, how messages name a node so a person can find it in Architect and in the file. */
export declare function nodeLabel(node: {
    readonly name: string;
    readonly id: string;
}): string;
/** Characters of an id a message shows: a GUID is 36. */
export declare const ID_CHARS = 60;
/** `task "Billing" (id)`, `menu …`, `state …`. */
export declare function itemLabel(item: ItemNode): string;
export type ItemKind = 'task' | 'menu' | 'state' | 'item';
/**
 * The fields by which an action jumps to, calls or changes to an item (§1.3), the kind of item each must name,
 * and the field beside it where Architect records that item's name.
 */
export declare const ITEM_REFERENCES: readonly [readonly ["taskReference", "task", "taskName"], readonly ["menuReference", "menu", "menuName"], readonly ["stateReference", "state", "stateName"]];
/** Item kinds by `__type` suffix: real documents have `Task`, `LoopTask`, `Menu`, `State`, `BotState`. */
export declare function itemKind(type: string): ItemKind;
export declare function capitalized(text: string): string;
