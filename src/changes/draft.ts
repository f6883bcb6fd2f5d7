// A change before its line is known: lines are resolved for all changes of a flow in one pass.
import type { Pointer } from '../flows/json.js'
import type { FlowChange } from './types.js'

export interface Draft extends Omit<FlowChange, 'line'> {
  /** Where the change shows in the new document; undefined when it has no place there. */
  readonly pointer?: Pointer
}
