// Flow-to-flow calls (architect-flow-format.md §5.2): any action field `flowId` or ending in `FlowId`
// (`inQueueFlowId`, …) with a non-empty value. Read generically, so unknown action types still count.
import { allActions, itemLabel, readFlowDocument, type FlowDocument } from './document.js'
import { arrayField, isRecord, type Pointer } from './json.js'

export interface FlowCallSite {
  readonly flowId: string
  /** The flow name the caller recorded next to the id (`flowName`, `inQueueFlowName`), or ''. */
  readonly flowName: string
  /** The field that holds the id, e.g. `flowId` or `inQueueFlowId`. */
  readonly field: string
  readonly actionType: string
  readonly actionId: string
  readonly actionName: string
  /** The item holding the action, as messages name it. Plain values only, so the document can be let go. */
  readonly itemText: string
  readonly pointer: Pointer
}

export function isFlowCallField(field: string): boolean {
  return field === 'flowId' || field.endsWith('FlowId')
}

export function readFlowCalls(flow: FlowDocument): FlowCallSite[] {
  const calls: FlowCallSite[] = []
  for (const action of allActions(flow)) {
    for (const field in action.raw) {
      if (!isFlowCallField(field)) continue
      const flowId = action.raw[field]
      if (typeof flowId !== 'string' || flowId === '') continue
      const recordedName = action.raw[field.slice(0, -2) + 'Name']
      calls.push({
        flowId,
        flowName: typeof recordedName === 'string' ? recordedName : '',
        field,
        actionType: action.type,
        actionId: action.id,
        actionName: action.name,
        itemText: itemLabel(action.item),
        pointer: [...action.pointer, field],
      })
    }
  }
  return calls
}

/**
 * The flows a document calls, each flow id and calling action type once, in document order.
 * For the export engine, to close over dependencies from documents it already downloaded.
 */
export function flowCallTargets(document: unknown): { flowId: string; actionType: string }[] {
  if (!isRecord(document)) return []
  const targets: { flowId: string; actionType: string }[] = []
  const seen = new Set<string>()
  for (const call of readFlowCalls(readFlowDocument(document, arrayField(document, 'flowSequenceItemList')))) {
    const key = `${call.flowId}\u0000${call.actionType}`
    if (seen.has(key)) continue
    seen.add(key)
    targets.push({ flowId: call.flowId, actionType: call.actionType })
  }
  return targets
}
