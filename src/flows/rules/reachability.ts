// unreachable-node, unused-item and dead-end: walk the flow from `initialSequence` the way it runs. Iterative (an
// explicit work list), so a flow of a million actions cannot overflow the stack. How control moves between actions
// (docs/flow-format.md §5.2, execution semantics): a branch that runs off its end continues where the action that
// opened it continues; a loop body's end goes back to its loop; ending actions stop the item.
import { onNode, type Emit } from '../finding-draft.js'
import { capitalized, ITEM_REFERENCES, itemKind, itemLabel, nodeLabel, type ActionNode, type FlowDocument, type ItemNode } from '../document.js'
import { actionOutputs, type ActionOutput } from '../edges.js'
import { stringField } from '../json.js'

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
  'NextLoopAction', // leaves the current iteration, so the item's path does not run off here
])
/** Loop control: goes on after the innermost loop. */
const EXIT_LOOP = 'ExitLoopAction'

/**
 * `always`: no successor at all. `on-success`: the action ends the item when it succeeds, and only its
 * outputs (failure branches) go on — every `Transfer…Action` to a queue, flow, number or user.
 */
function endingOf(action: ActionNode): 'always' | 'on-success' | 'never' {
  if (ENDING_ACTIONS.has(action.type)) return 'always'
  if (action.type.startsWith('Transfer') && action.type.endsWith('Action')) return 'on-success'
  return 'never'
}

/** Where execution goes when a chain of actions runs off its end. */
type Continuation =
  | { readonly kind: 'action'; readonly action: ActionNode; readonly context: Context }
  | { readonly kind: 'end' } // the end of the item
  | { readonly kind: 'loop' } // back to the enclosing loop
  | { readonly kind: 'unknown' } // a broken edge, already reported by broken-reference

interface Context {
  readonly after: Continuation
  /** Where `ExitLoopAction` goes: what follows the innermost loop. */
  readonly loopExit: Continuation
}

const END: Continuation = { kind: 'end' }
const LOOP: Continuation = { kind: 'loop' }
const UNKNOWN: Continuation = { kind: 'unknown' }
const ITEM_START: Context = { after: END, loopExit: END }
const LOOP_TASK: Context = { after: LOOP, loopExit: LOOP }
const MENU_CHOICE: Context = ITEM_START

export function checkReachability(flow: FlowDocument, emit: Emit): void {
  const start = flow.itemsById.get(stringField(flow.raw, 'initialSequence'))
  if (start === undefined) return // broken-reference says why; every item would be "unreachable"
  const walk = new Walk(flow, emit)
  walk.run(start)
  reportUnreached(flow, walk.reachedItems, emit)
}

/** One walk over a flow: work lists instead of recursion, methods instead of per-flow closures. */
class Walk {
  readonly reachedItems = new Set<ItemNode>()
  private readonly itemQueue: ItemNode[] = []
  private readonly actionQueue: ActionNode[] = [] // with contextQueue: parallel stacks, no pair per action
  private readonly contextQueue: Context[] = []

  constructor(
    private readonly flow: FlowDocument,
    private readonly emit: Emit,
  ) {}

  run(start: ItemNode): void {
    this.itemQueue.push(start)
    while (this.itemQueue.length > 0 || this.actionQueue.length > 0) {
      const item = this.itemQueue.pop()
      if (item !== undefined) {
        this.enterItem(item)
        continue
      }
      const action = this.actionQueue.pop()!
      const context = this.contextQueue.pop()!
      for (const [field] of ITEM_REFERENCES) {
        const id = stringField(action.raw, field)
        const target = id === '' ? undefined : this.flow.itemsById.get(id)
        if (target !== undefined && !this.reachedItems.has(target)) this.itemQueue.push(target)
      }
      this.step(action, context)
    }
  }

  private enterItem(item: ItemNode): void {
    if (this.reachedItems.has(item)) return
    this.reachedItems.add(item)
    // A loop task (in-queue flows) starts over when it reaches its end; whether Exit Loop may leave it
    // is not documented, so neither is reported as a dead end.
    const context: Context = item.type === 'LoopTask' ? LOOP_TASK : ITEM_START
    const first = item.actionsById.get(stringField(item.raw, 'startAction'))
    if (first !== undefined) this.reach(first, context)
    for (const choice of item.choices) if (choice.action) this.reach(choice.action, MENU_CHOICE)
  }

  private reach(action: ActionNode, context: Context): void {
    if (action.reached) return
    action.reached = true
    this.actionQueue.push(action)
    this.contextQueue.push(context)
  }

  private follow(continuation: Continuation, from: ActionNode, emptyOutput: ActionOutput | undefined): void {
    if (continuation.kind === 'action') this.reach(continuation.action, continuation.context)
    else if (continuation.kind === 'end' && itemKind(from.item.type) === 'task') reportDeadEnd(from, emptyOutput, this.emit)
  }

  private step(action: ActionNode, context: Context): void {
    const ending = endingOf(action)
    if (ending === 'always') return
    if (action.type === EXIT_LOOP) {
      this.follow(context.loopExit, action, undefined)
      return
    }
    const outputs = actionOutputs(action)
    const next = action.nextAction
    if (outputs.length === 0) {
      // The common case, a plain action: straight on to its nextAction, in the same context.
      if (ending === 'on-success') return
      if (next === '') this.follow(context.after, action, undefined)
      else {
        const target = action.item.actionsById.get(next)
        if (target !== undefined) this.reach(target, context)
      }
      return
    }
    const after = continuationAfter(action, next, context)
    let branchContext: Context | undefined
    let branches = 0
    for (const output of outputs) {
      if (output.loopBody) {
        const body = action.item.actionsById.get(output.target)
        if (body !== undefined) this.reach(body, { after: LOOP, loopExit: after })
        continue
      }
      branches++
      if (output.target === '') {
        this.follow(after, action, output)
        continue
      }
      const target = action.item.actionsById.get(output.target)
      if (target !== undefined) this.reach(target, (branchContext ??= { after, loopExit: context.loopExit }))
    }
    // An action with outputs goes on only through them; a plain action (or a loop, once done) goes on.
    if (branches === 0 && ending === 'never') this.follow(after, action, undefined)
  }
}

function continuationAfter(action: ActionNode, next: string, context: Context): Continuation {
  if (next === '') return context.after
  const target = action.item.actionsById.get(next)
  return target === undefined ? UNKNOWN : { kind: 'action', action: target, context }
}

function reportDeadEnd(action: ActionNode, emptyOutput: ActionOutput | undefined, emit: Emit): void {
  const through = emptyOutput === undefined ? '' : ` through its empty ${emptyOutput.name}`
  const message = `In ${itemLabel(action.item)}, the path ends after action ${nodeLabel(action)}${through} without an ending action. End that path with Disconnect, a transfer, a jump or End Task in Architect.`
  emit(onNode('dead-end', action, message))
}

/**
 * Items the flow never reaches are unused-item (a notice): Architect keeps unused reusable menus and tasks on purpose
 * (a real, importable export among the samples starts at a task and keeps its unused "Main Menu"), so they are
 * information, not a defect; their actions are not reported one by one. Within a reached item, an action that no path
 * from the item's start reaches is unreachable-node (Architect shows it as unavailable).
 */
function reportUnreached(flow: FlowDocument, items: Set<ItemNode>, emit: Emit): void {
  for (const item of flow.items) {
    if (!items.has(item)) {
      const message = `${capitalized(itemLabel(item))} is never used: nothing reachable from the flow's start jumps to it, calls it or changes to it. Architect keeps unused reusable ${itemKind(item.type)}s; delete it in Architect if no one needs it.`
      emit(onNode('unused-item', item, message))
      continue
    }
    if (!item.actionsById.has(stringField(item.raw, 'startAction'))) continue // a broken start is reported already
    for (const action of item.actions) {
      if (action.reached) continue
      const message = `Action ${nodeLabel(action)} in ${itemLabel(item)} never runs: no path from the ${itemKind(item.type)}'s start reaches it. Connect it or delete it in Architect.`
      emit(onNode('unreachable-node', action, message))
    }
  }
}
