// A flow change before its line is known (not a finding: that is flows/finding-draft.ts): lines are
// resolved for all changes of a flow in one pass.
import type { Pointer } from '../flows/json.js'
import type { FlowChange } from '../flow-review.js'

export interface ChangeDraft extends Omit<FlowChange, 'line'> {
  /** Where the change shows in the new document; undefined when it has no place there. */
  readonly pointer?: Pointer
}

/** `target.push(...items)` without spreading: a flow can have more changes than a call has argument slots. */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item)
}
