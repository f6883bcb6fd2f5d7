// What a flow consumes, read from its document the way dependency tracking would index it: flow calls
// (`flowId`, `*FlowId` fields), queues and data actions, with the state the org keeps for each resource.
// The `commonModules` snapshots are not read.

import { dependencyTypeOf } from '../flow-types.js'
import type { EmulatedFlow, EmulatedOrg, EmulatedResource } from '../types.js'

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

/** A queue or data action as the org knows it now (its current name; deleted or updated flags). */
function resource(id: string, name: string, type: string, resources: ReadonlyMap<string, EmulatedResource> | undefined): Dependency {
  const known = resources?.get(id)
  if (!known) return plain(id, name, type)
  return { ...plain(id, known.name, known.type), deleted: known.deleted, updated: known.updated }
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

export function consumedBy(
  flow: EmulatedFlow,
  flowsById: ReadonlyMap<string, EmulatedFlow>,
  resources?: ReadonlyMap<string, EmulatedResource>,
): Dependency[] {
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
      if (id) found.set(`queue:${id}`, resource(id, queue.text ?? '', 'QUEUE', resources))
    }
    if (type === 'DataAction' && typeof action.actionId === 'string') {
      found.set(`data:${action.actionId}`, resource(action.actionId, String(action.actionName ?? ''), 'DATAACTION', resources))
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

/**
 * Deletes or updates a queue or data action of the org. An id the org's list lacks but a flow uses (an org
 * loaded from a folder) is added to the list first; any other id is an error naming what can be changed.
 */
export function changeResource(
  org: EmulatedOrg,
  resources: Map<string, EmulatedResource>,
  flowsById: ReadonlyMap<string, EmulatedFlow>,
  id: string,
  change: 'deleted' | 'updated',
): void {
  let known = resources.get(id)
  if (!known) {
    const used = org.flows
      .flatMap((flow) => consumedBy(flow, flowsById))
      .find((dependency) => dependency.id === id && (dependency.type === 'QUEUE' || dependency.type === 'DATAACTION'))
    if (!used) {
      const ids = [...resources.keys()].join(', ') || 'none'
      throw new Error(`The emulated org has no queue or data action ${id}. Use one of: ${ids}, or an id a flow uses.`)
    }
    known = { id, name: used.name, type: used.type, deleted: false, updated: false }
    resources.set(id, known)
    org.resources.push(known)
  }
  known[change] = true
}
