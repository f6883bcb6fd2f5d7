// Flow-to-flow calls (docs/flow-format.md §5.2): any action field `flowId` or ending in `FlowId`
// (`inQueueFlowId`, …) with a non-empty value. Read generically, so unknown action types still count.
import { itemKind, nodeLabel, readFlowDocument, type ActionNode, type FlowDocument } from './document.js'
import { isRecord, stringField, type JsonRecord, type Pointer } from './json.js'
import type { Rule } from '../model.js'
import type { DraftFinding } from './finding-draft.js'

/**
 * One call, holding only plain values and the raw records the document already holds, so a flow's
 * node structure can be let go once its own rules have run (a million flows stay small).
 */
export class FlowCallSite {
  /** Filled in by validation, once: the called flow's index among the validated flows (-1: none)… */
  targetIndex = -1
  /** …and its lower-case type; undefined when the flow is neither validated nor in the repository. */
  targetType: string | undefined = undefined

  constructor(
    readonly flowId: string,
    /** The field that holds the id, e.g. `flowId` or `inQueueFlowId`. */
    readonly field: string,
    readonly actionType: string,
    readonly actionId: string,
    private readonly action: JsonRecord,
    private readonly item: JsonRecord,
    /** `['flowSequenceItemList', i]`, shared with the item. */
    private readonly itemPointer: Pointer,
    /** Index in `actionList`, or -1 … -n for the action of menu choice n - 1. */
    private readonly actionIndex: number,
  ) {}

  /** The flow name the caller recorded next to the id (`flowName`, `inQueueFlowName`), or ''. */
  get flowName(): string {
    return stringField(this.action, this.field.slice(0, -2) + 'Name')
  }

  /** `Action "Name" (id) in task "Name" (id)`, how messages introduce the calling action. */
  get actionText(): string {
    const item = { name: stringField(this.item, 'name'), id: stringField(this.item, 'id') }
    return `Action ${this.actionLabel} in ${itemKind(stringField(this.item, '__type'))} ${nodeLabel(item)}`
  }

  get actionLabel(): string {
    return nodeLabel({ name: stringField(this.action, 'name'), id: this.actionId })
  }

  /** The call's id field. */
  get pointer(): Pointer {
    return this.actionIndex >= 0
      ? [...this.itemPointer, 'actionList', this.actionIndex, this.field]
      : [...this.itemPointer, 'menuChoiceList', -this.actionIndex - 1, 'action', this.field]
  }

  finding(rule: Rule, message: string): DraftFinding {
    return { rule, nodeId: this.actionId, pointer: this.pointer, message }
  }
}

export function readFlowCalls(flow: FlowDocument): FlowCallSite[] {
  const calls: FlowCallSite[] = []
  for (const item of flow.items) {
    for (const action of item.actions) readCalls(calls, action, action.index)
    for (const choice of item.choices) {
      if (choice.action) readCalls(calls, choice.action, -(choice.pointer[choice.pointer.length - 1] as number) - 1)
    }
  }
  return calls
}

function readCalls(calls: FlowCallSite[], action: ActionNode, actionIndex: number): void {
  for (const field in action.raw) {
    const flowId = action.raw[field]
    if ((field === 'flowId' || field.endsWith('FlowId')) && typeof flowId === 'string' && flowId !== '') {
      const { raw, item } = action
      calls.push(new FlowCallSite(flowId, field, action.type, action.id, raw, item.raw, item.pointer, actionIndex))
    }
  }
}

/**
 * The flows a document calls, each flow id and calling action type once, in document order.
 * For the export engine, to close over dependencies from documents it already downloaded.
 */
export function flowCallTargets(document: unknown): { flowId: string; actionType: string }[] {
  if (!isRecord(document)) return []
  const targets = new Map<string, { flowId: string; actionType: string }>()
  for (const { flowId, actionType } of readFlowCalls(readFlowDocument(document))) {
    targets.set(`${flowId}\u0000${actionType}`, { flowId, actionType })
  }
  return [...targets.values()]
}
