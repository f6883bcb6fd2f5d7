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

/** A node a finding can be placed on: an item, action or menu choice (or the flow: no id, pointer []). */
export type FindingNode = { readonly id: string; readonly pointer: Pointer }

/** A finding placed on a field (or list index) of a node, by default its own `id`. */
export function onNode(rule: Rule, node: FindingNode, message: string, field: string | number = 'id'): DraftFinding {
  return { rule, nodeId: node.id, pointer: [...node.pointer, field], message }
}

/** References checked and how many resolved, for `integrityRate`. */
export interface ReferenceTally {
  checked: number
  valid: number
}

/** Characters of a finding's message (real messages stay under 600): validate.ts cuts each message there. */
export const MESSAGE_CHARS = 2_000

/**
 * A value that many messages quote (a task's outputs, the first holder's name), cut just past where each message
 * is cut anyway, so N findings no longer each copy one long value whole. The text a finding shows stays the same;
 * the count in its cut mark ("… (N characters)") counts the message as built from the cut value.
 */
export function pastMessageEnd(text: string): string {
  return text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text
}
