// An independent reading of flow documents for the generator tests: which references resolve, what is
// reachable, where a path runs off its end, and which flows call which. Deliberately not the product's validator.

type Json = Record<string, any>

export interface StructureReport {
  duplicateIds: string[]
  brokenReferences: Array<{ flowId: string; nodeId: string }>
  unreachable: Array<{ flowId: string; nodeId: string }>
  deadEnds: Array<{ flowId: string; itemId: string }>
  calls: Array<{ from: string; to: string; actionType: string; nodeId: string }>
}

const ENDING = new Set([
  'DisconnectAction', 'EndTaskAction', 'TransferTaskAction', 'TransferMenuAction', 'ChangeStateAction',
  'ExitBotFlowAction', 'TransferFlowAction', 'EndWorkflowAction',
])

export function readStructure(flows: ReadonlyArray<{ id: string; document: Json }>): StructureReport {
  const report: StructureReport = { duplicateIds: [], brokenReferences: [], unreachable: [], deadEnds: [], calls: [] }
  for (const flow of flows) readFlow(flow.id, flow.document, report)
  return report
}

function readFlow(flowId: string, document: Json, report: StructureReport): void {
  const items: Json[] = document.flowSequenceItemList
  const seen = new Set<string>()
  const note = (id: string): void => {
    if (seen.has(id)) report.duplicateIds.push(`${flowId}/${id}`)
    seen.add(id)
  }
  const itemsById = new Map(items.map((item) => [item.id as string, item]))
  const reachedItems = new Set<string>()
  const visitItem = (id: string): void => {
    if (reachedItems.has(id) || !itemsById.has(id)) return
    reachedItems.add(id)
    const item = itemsById.get(id)!
    const actions: Json[] = [...(item.actionList ?? []), ...(item.menuChoiceList ?? []).map((choice: Json) => choice.action)]
    for (const action of actions) {
      for (const field of ['taskReference', 'menuReference', 'stateReference']) if (action[field]) visitItem(action[field])
    }
  }
  visitItem(document.initialSequence)
  for (const item of items) {
    note(item.id)
    if (!reachedItems.has(item.id)) report.unreachable.push({ flowId, nodeId: item.id })
    for (const choice of item.menuChoiceList ?? []) {
      note(choice.id)
      note(choice.action.id)
      readCall(flowId, choice.action, report)
    }
    if (item.actionList) readSequenceItem(flowId, item, report, note)
  }
}

function readCall(flowId: string, action: Json, report: StructureReport): void {
  for (const [key, value] of Object.entries(action)) {
    if ((key === 'flowId' || key.endsWith('FlowId')) && typeof value === 'string' && value !== '') {
      report.calls.push({ from: flowId, to: value, actionType: action.__type, nodeId: action.id })
    }
  }
}

/** Actions after which execution never continues on its own. */
const ALWAYS_ENDS = ENDING
/** Actions that end on success and continue only through their (failure) paths. */
const ENDS_ON_SUCCESS = new Set(['TransferPureMatchAction'])

function readSequenceItem(flowId: string, item: Json, report: StructureReport, note: (id: string) => void): void {
  const byId = new Map<string, Json>((item.actionList as Json[]).map((action) => [action.id, action]))
  for (const action of item.actionList as Json[]) {
    note(action.id)
    readCall(flowId, action, report)
    const targets = [action.nextAction, action.path?.nextActionId, ...(action.paths ?? []).map((path: Json) => path.nextActionId)].filter(Boolean)
    for (const target of targets) if (!byId.has(target)) report.brokenReferences.push({ flowId, nodeId: action.id })
    // Output references: a switch case names one of its own paths; an End Task names an output of its task.
    const outputs = new Set((action.paths ?? []).map((path: Json) => path.outputId))
    for (const entry of action.cases ?? []) if (!outputs.has(entry.referenceId)) report.brokenReferences.push({ flowId, nodeId: action.id })
    const taskOutputs = new Set((item.paths ?? []).map((path: Json) => path.outputId))
    if (action.pathReference && !taskOutputs.has(action.pathReference)) report.brokenReferences.push({ flowId, nodeId: action.id })
  }
  // Does execution, having entered this action, come out of it at its nextAction (or its opener's)?
  const fallsThrough = (action: Json, seen: Set<string>): boolean => {
    if (ALWAYS_ENDS.has(action.__type)) return false
    const paths: Json[] = action.paths ?? []
    if (paths.length === 0) return !ENDS_ON_SUCCESS.has(action.__type)
    return paths.some((path) => !path.nextActionId || branchFallsThrough(path.nextActionId, seen))
  }
  // Does a branch starting here run off its end (a broken start never does: nothing runs)?
  const branchFallsThrough = (startId: string, seen: Set<string>): boolean => {
    let action = byId.get(startId)
    while (action && !seen.has(action.id)) {
      seen.add(action.id)
      if (!fallsThrough(action, seen)) return false
      if (!action.nextAction) return true
      action = byId.get(action.nextAction)
    }
    return false
  }
  const reached = new Set<string>()
  const visit = (id: string | undefined): void => {
    const action = id ? byId.get(id) : undefined
    if (!action || reached.has(action.id)) return
    reached.add(action.id)
    for (const path of action.paths ?? []) visit(path.nextActionId)
    visit(action.path?.nextActionId)
    if (action.nextAction && fallsThrough(action, new Set())) visit(action.nextAction)
  }
  visit(item.startAction)
  for (const action of item.actionList as Json[]) if (!reached.has(action.id)) report.unreachable.push({ flowId, nodeId: action.id })
  // A task whose main sequence runs off its end has no closing action.
  if (item.startAction && byId.has(item.startAction) && branchFallsThrough(item.startAction, new Set())) {
    report.deadEnds.push({ flowId, itemId: item.id })
  }
}

/** Elementary cycles of the call graph, each as ids with the first repeated at the end, rotated to start at its smallest id. */
export function findCycles(calls: StructureReport['calls']): string[][] {
  const edges = new Map<string, Set<string>>()
  for (const call of calls) edges.set(call.from, (edges.get(call.from) ?? new Set()).add(call.to))
  const cycles = new Map<string, string[]>()
  const visit = (node: string, stack: string[]): void => {
    for (const next of edges.get(node) ?? []) {
      const at = stack.indexOf(next)
      if (at >= 0) {
        const cycle = stack.slice(at)
        const start = cycle.indexOf([...cycle].sort()[0]!)
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)]
        cycles.set(rotated.join('>'), [...rotated, rotated[0]!])
      } else visit(next, [...stack, next])
    }
  }
  for (const node of edges.keys()) visit(node, [node])
  return [...cycles.values()]
}
