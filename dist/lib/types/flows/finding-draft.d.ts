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
/** References checked and how many resolved, for `integrityRate`. */
export interface ReferenceTally {
    checked: number;
    valid: number;
}
