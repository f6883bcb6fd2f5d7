import { type ActionNode, type ItemNode } from '../flows/document.js';
import { type JsonRecord } from '../flows/json.js';
/** Flow-level keys (architect-flow-format.md §1.1) → the flow's settings as Architect shows them. */
export declare const FLOW_FIELD_LABELS: Readonly<Record<string, string>>;
/** `manifest` kinds (§1.4) that name a flow, and how a sentence names the flow of each. */
export declare const FLOW_CALL_KINDS: Readonly<Record<string, string>>;
/** `manifest` resource kinds → their names in Architect; other kinds are named from the key. */
export declare const RESOURCE_LABELS: Readonly<Record<string, string>>;
/** Value-object type codes (§1.3) whose text names a resource the flow uses. */
export declare const RESOURCE_VALUE_TYPES: Readonly<Record<string, string>>;
/** Field keys whose (name) value names a resource or a called flow. */
export declare const RESOURCE_FIELDS: Readonly<Record<string, 'resource' | 'flow-call'>>;
export declare function actionTypeLabel(type: string): string;
export declare function fieldLabel(key: string, actionType: string): string;
/** An item's own settings: on a task or state `variables` are its variables, not assignments. */
export declare function itemFieldLabel(key: string): string;
export declare function flowFieldLabel(key: string): string;
export declare function resourceLabel(kind: string): string;
/** `CamelCaseKey` → `Camel Case Key`; runs of capitals stay one word (`NLUIntent` → `NLU Intent`). */
export declare function words(key: string): string;
/**
 * How a sentence names an action: `Decision "Open today?"`. Architect names a new action after its
 * type, so an action still called that (or unnamed) is told apart by the number Architect shows
 * beside it (its `trackingId`): `Play Audio #15`.
 */
export declare function actionText(action: ActionNode, numbered?: boolean): string;
/** `task "Billing"`, `menu "Main Menu"`: the item's kind and name (its id when it has none). */
export declare function itemText(item: ItemNode): string;
/** The item's name for `FlowChange.itemName`. */
export declare function itemName(item: ItemNode): string;
export declare function choiceText(choice: {
    readonly raw: JsonRecord;
    readonly name: string;
}): string;
/** Text in double quotes, cut to a readable length. */
export declare function quoted(text: string): string;
