// How control moves between actions (docs/flow-format.md §5.2, execution semantics), for the
// reachability and dead-end rules. A branch that runs off its end continues where the action that
// opened it continues; a loop body's end goes back to its loop; ending actions stop the item.
import type { ActionNode } from './document.js'

/** Actions after which nothing in the item runs. */
const ENDING_ACTIONS = new Set([
  'DisconnectAction',
  'EndTaskAction',
  'TaskAction', // a menu choice or action that jumps to a task
  'TransferTaskAction',
  'TransferMenuAction',
  'ChangeStateAction',
  'ExitBotFlowAction',
  'EndWorkflowAction',
  'ExitWorkitemFlowAction',
])

/** Loop control: leaves the current iteration, so the item's path does not run off here. */
export const EXIT_LOOP = 'ExitLoopAction'
export const NEXT_LOOP = 'NextLoopAction'

export type Ending = 'always' | 'on-success' | 'never'

/**
 * `always`: no successor at all. `on-success`: the action ends the item when it succeeds, and only its
 * outputs (failure branches) go on — every `Transfer…Action` to a queue, flow, number or user.
 */
export function endingOf(action: ActionNode): Ending {
  if (ENDING_ACTIONS.has(action.type) || action.type === NEXT_LOOP) return 'always'
  if (action.type.startsWith('Transfer') && action.type.endsWith('Action')) return 'on-success'
  return 'never'
}
