import type { Rule, Severity } from '../model.js';
import type { Pointer } from './json.js';
export interface DraftFinding {
    readonly rule: Rule;
    readonly nodeId: string;
    readonly message: string;
    readonly pointer: Pointer;
    readonly path?: readonly string[];
    /** Only where a rule's default differs for this case (a flow that transfers to itself). */
    readonly defaultSeverity?: Severity;
}
export type Emit = (draft: DraftFinding) => void;
/** A node a finding can be placed on: an item, action or menu choice (or the flow: no id, pointer []). */
export type FindingNode = {
    readonly id: string;
    readonly pointer: Pointer;
};
/** A finding placed on a field (or list index) of a node, by default its own `id`. */
export declare function onNode(rule: Rule, node: FindingNode, message: string, field?: string | number): DraftFinding;
/** References checked and how many resolved, for `integrityRate`. */
export interface ReferenceTally {
    checked: number;
    valid: number;
}
/** Characters of a finding's message (real messages stay under 600): validate.ts cuts each message there. */
export declare const MESSAGE_CHARS = 2000;
/**
 * A value that many messages quote (a task's outputs, the first holder's name), cut just past where each message
 * is cut anyway, so N findings no longer each copy one long value whole. The text a finding shows stays the same;
 * the count in its cut mark ("… (N characters)") counts the message as built from the cut value.
 */
export declare function pastMessageEnd(text: string): string;
