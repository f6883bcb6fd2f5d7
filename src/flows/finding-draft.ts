// What a rule hands back before file and line are known: the pointer of the offending reference.
// validate.ts resolves every pointer of one file in a single pass over its text (lines.ts).
import type { Rule, Severity } from '../model.js'
import type { Pointer } from './json.js'

export interface DraftFinding {
  readonly rule: Rule
  readonly nodeId: string
  readonly message: string
  readonly pointer: Pointer
  readonly path?: readonly string[]
  /** Only where a rule's default differs for this case (a flow that transfers to itself). */
  readonly defaultSeverity?: Severity
}

export type Emit = (draft: DraftFinding) => void

/** A finding placed on a node's own `id` field. */
export function onNode(rule: Rule, node: { readonly id: string; readonly pointer: Pointer }, message: string): DraftFinding {
  return { rule, nodeId: node.id, pointer: [...node.pointer, 'id'], message }
}

/** References checked and how many resolved, for `integrityRate`. */
export interface ReferenceTally {
  checked: number
  valid: number
}
