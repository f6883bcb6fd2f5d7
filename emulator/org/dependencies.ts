// What a flow consumes, read from its document the way dependency tracking would index it: flow calls
// (`flowId`, `*FlowId` fields), queues and data actions. The `commonModules` snapshots are not read.

import { dependencyTypeOf } from '../flow-types.js'
import type { EmulatedFlow } from '../types.js'

export interface Dependency {
  id: string
  name: string
  version?: string
  type: string
  deleted: boolean
  updated: boolean
  stateUnknown: boolean
  selfUri: string
}

/** The object type a call names when its target is unknown to the org. */
const CALL_TYPES: Record<string, string> = {
  CallCommonModuleAction: 'COMMONMODULEFLOW',
  CallBotFlowAction: 'BOTFLOW',
  TransferFlowAction: 'INBOUNDCALLFLOW',
  inQueueFlowId: 'INQUEUECALLFLOW',
}

export function dependencyUri(id: string, type: string): string {
  return `/api/v2/architect/dependencytracking/object?id=${encodeURIComponent(id)}&objectType=${type}`
}

export function flowDependency(flow: EmulatedFlow): Dependency {
  const type = dependencyTypeOf(flow.type) ?? flow.type.toUpperCase()
  return { id: flow.id, name: flow.name, version: flow.version, type, deleted: flow.deleted, updated: false, stateUnknown: false, selfUri: dependencyUri(flow.id, type) }
}

function plain(id: string, name: string, type: string): Dependency {
  return { id, name, type, deleted: false, updated: false, stateUnknown: false, selfUri: dependencyUri(id, type) }
}

function actionsOf(flow: EmulatedFlow): Array<Record<string, unknown>> {
  const items = (flow.document.flowSequenceItemList as Array<Record<string, unknown>> | undefined) ?? []
  const out: Array<Record<string, unknown>> = []
  for (const item of items) {
    for (const action of (item.actionList as Array<Record<string, unknown>> | undefined) ?? []) out.push(action)
    for (const choice of (item.menuChoiceList as Array<{ action?: Record<string, unknown> }> | undefined) ?? []) {
      if (choice.action) out.push(choice.action)
    }
  }
  return out
}

export function consumedBy(flow: EmulatedFlow, flowsById: ReadonlyMap<string, EmulatedFlow>): Dependency[] {
  const found = new Map<string, Dependency>()
  const addFlow = (id: string, name: string, fallbackType: string): void => {
    const target = flowsById.get(id)
    if (target) found.set(`flow:${id}`, flowDependency(target))
    // A call to an id the org does not know: dependency tracking cannot resolve it.
    else found.set(`flow:${id}`, { ...plain(id, name, fallbackType), stateUnknown: true })
  }
  for (const action of actionsOf(flow)) {
    const type = String(action.__type)
    if (typeof action.flowId === 'string' && action.flowId !== '') {
      addFlow(action.flowId, String(action.flowName ?? ''), CALL_TYPES[type] ?? 'INBOUNDCALLFLOW')
    }
    if (typeof action.inQueueFlowId === 'string' && action.inQueueFlowId !== '') {
      addFlow(action.inQueueFlowId, String(action.inQueueFlowName ?? ''), CALL_TYPES.inQueueFlowId!)
    }
    for (const queue of (action.queues as Array<{ text?: string; config?: { lit?: { val?: string } } }> | undefined) ?? []) {
      const id = queue.config?.lit?.val
      if (id) found.set(`queue:${id}`, plain(id, queue.text ?? '', 'QUEUE'))
    }
    if (type === 'DataAction' && typeof action.actionId === 'string') {
      found.set(`data:${action.actionId}`, plain(action.actionId, String(action.actionName ?? ''), 'DATAACTION'))
    }
  }
  return [...found.values()].sort((a, b) => (a.type + a.name + a.id).localeCompare(b.type + b.name + b.id))
}

/** Consumers per consumed id, built once per org: the org never changes while the emulator runs. */
const consumerIndexes = new WeakMap<readonly EmulatedFlow[], Map<string, Dependency[]>>()

/** Flows that consume the object `id` (any object type). */
export function consumersOf(id: string, flows: readonly EmulatedFlow[], flowsById: ReadonlyMap<string, EmulatedFlow>): Dependency[] {
  let index = consumerIndexes.get(flows)
  if (!index) {
    index = new Map()
    for (const flow of flows) {
      if (flow.deleted) continue
      for (const dependency of consumedBy(flow, flowsById)) {
        index.set(dependency.id, [...(index.get(dependency.id) ?? []), flowDependency(flow)])
      }
    }
    for (const consumers of index.values()) consumers.sort((a, b) => (a.name + a.id).localeCompare(b.name + b.id))
    consumerIndexes.set(flows, index)
  }
  return [...(index.get(id) ?? [])]
}
