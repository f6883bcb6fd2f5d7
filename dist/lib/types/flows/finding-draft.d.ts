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
