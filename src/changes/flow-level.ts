// What changed at flow level: the flow's own settings, the flows it calls, and the resources its
// `manifest` (§1.4) lists. A swap made inside one action (a Transfer to ACD's queue, a Call Common
// Module's module) is told once, by that action's change; the flow-level lists only add what no
// action change says.
import type { ManifestResource } from '../flows/document.js'
import { readFlowCalls, type FlowCallSite } from '../flows/calls.js'
import { stringField } from '../flows/json.js'
import { diffFields, fieldSentence, idTail } from './fields.js'
import { actionText, FLOW_CALL_KINDS, flowFieldLabel, itemText, placeOf, quoted, resourceLabel } from './labels.js'
import type { ChangeDraft, FlowView, Versions } from './view.js'

/** Flow keys told elsewhere (items, start, calls, resources) or that are no one's edit (§5.1: snapshot copies, counters, format data). */
export const FLOW_SKIP: ReadonlySet<string> = new Set([
  'flowSequenceItemList',
  'initialSequence',
  'manifest',
  'commonModules',
  'customDefinitions',
  'nextTrackingNumber',
  'flowMetaData',
  'name',
])

export function flowSettingChanges(flows: Versions, skip = FLOW_SKIP): ChangeDraft[] {
  const [before, after] = [flows.before.raw, flows.after.raw]
  const drafts: ChangeDraft[] = []
  const was = stringField(before, 'name')
  const now = stringField(after, 'name')
  if (was !== now) drafts.push({ kind: 'flow', text: `Flow renamed from ${quoted(was)} to ${quoted(now)}`, pointer: ['name'] })
  for (const change of diffFields(before, after, { skipTop: skip, label: flowFieldLabel })) {
    drafts.push({ kind: 'flow', text: `Flow ${fieldSentence(change)}`, pointer: change.path })
  }
  return drafts
}

/** Flows called or no longer called (read as calls.ts reads them); `explained`: actions whose change names the flow. */
export function flowCallChanges({ before, after }: Versions, explained: ReadonlySet<string>): ChangeDraft[] {
  const oldCalls = firstCallByFlow(readFlowCalls(before))
  const newCalls = firstCallByFlow(readFlowCalls(after))
  const drafts: ChangeDraft[] = []
  for (const [flowId, call] of newCalls) {
    if (oldCalls.has(flowId) || explained.has(call.actionId)) continue
    const action = after.actions.get(call.actionId)
    const from = action === undefined ? '' : ` (${actionText(action)} in ${itemText(action.item)})`
    drafts.push({ kind: 'flow-call', text: `Now calls ${callText(call)}${from}`, pointer: call.pointer, actionId: call.actionId })
  }
  for (const [flowId, call] of oldCalls) {
    if (newCalls.has(flowId) || explained.has(call.actionId)) continue
    drafts.push({ kind: 'flow-call', text: `No longer calls ${callText(call)}`, actionId: call.actionId })
  }
  return drafts
}

function firstCallByFlow(calls: readonly FlowCallSite[]): Map<string, FlowCallSite> {
  const byFlow = new Map<string, FlowCallSite>()
  for (const call of calls) if (!byFlow.has(call.flowId)) byFlow.set(call.flowId, call)
  return byFlow
}

function callText(call: FlowCallSite): string {
  const kind = call.field === 'inQueueFlowId' ? 'in-queue flow' : (FLOW_CALL_KINDS[call.actionType] ?? 'flow')
  return `${kind} ${call.flowName === '' ? `(${call.flowId})` : quoted(call.flowName)}`
}

/**
 * Resources the flow started or stopped using, by `manifest` kind and id. Flow kinds are flow calls
 * (above) and `language` is the supported languages (a flow setting). `explained` holds the actions
 * whose own resource change already tells it.
 */
export function resourceChanges({ before, after }: Versions, explained: ReadonlySet<string>): ChangeDraft[] {
  const oldResources = readResources(before)
  const newResources = readResources(after)
  const added = [...newResources.values()].filter((resource) => !oldResources.has(key(resource)) && !resource.users.some((id) => explained.has(id)))
  const removed = [...oldResources.values()].filter((resource) => !newResources.has(key(resource)) && !resource.users.some((id) => explained.has(id)))
  const drafts: ChangeDraft[] = []
  const swapped = new Set<ManifestResource>()
  // The removed resources of each kind and user, in order, with a cursor past those already swapped: the first
  // removed resource that shares a user is found without a scan of every removed one per added one.
  const removedByUser = new Map<string, { readonly at: number[]; next: number }>()
  removed.forEach((old, index) => {
    for (const id of new Set(old.users)) {
      const entry = removedByUser.get(`${old.kind}\u0000${id}`) ?? { at: [], next: 0 }
      removedByUser.set(`${old.kind}\u0000${id}`, entry)
      entry.at.push(index)
    }
  })
  const replacedBy = (resource: ManifestResource): ManifestResource | undefined => {
    let first = Infinity
    for (const id of resource.users) {
      const entry = removedByUser.get(`${resource.kind}\u0000${id}`)
      if (entry === undefined) continue
      while (entry.next < entry.at.length && swapped.has(removed[entry.at[entry.next]!]!)) entry.next++
      if (entry.next < entry.at.length) first = Math.min(first, entry.at[entry.next]!)
    }
    return removed[first]
  }
  for (const resource of added) {
    // One replaced another of its kind in the same action: "queue "Sales" → "Support"".
    const replaced = replacedBy(resource)
    // Told on the line of the action that uses it, never on the manifest's own lines (they are Architect's index).
    const user = resource.users.map((id) => after.actions.get(id)).find((action) => action !== undefined)
    const where = user === undefined ? {} : { pointer: [...user.pointer, 'name'], ...placeOf(user.item, user) }
    const subject = user === undefined ? '' : `${actionText(user)}: `
    if (replaced !== undefined) {
      swapped.add(replaced)
      const ids = replaced.name === resource.name ? [` (${idTail(replaced.id, resource.id)})`, ` (${idTail(resource.id, replaced.id)})`] : ['', '']
      drafts.push({ kind: 'resource', text: `${subject}${resourceLabel(resource.kind)} ${nameOf(replaced)}${ids[0]} → ${nameOf(resource)}${ids[1]}`, actionId: resource.users[0], ...where })
    } else {
      drafts.push({ kind: 'resource', text: `${subject}${subject === '' ? 'Now uses' : 'now uses'} ${resourceLabel(resource.kind)} ${nameOf(resource)}`, ...where })
    }
  }
  for (const resource of removed) {
    if (!swapped.has(resource)) drafts.push({ kind: 'resource', text: `No longer uses ${resourceLabel(resource.kind)} ${nameOf(resource)}` })
  }
  return drafts
}

function readResources(flow: FlowView): Map<string, ManifestResource> {
  const resources = new Map<string, ManifestResource>()
  for (const resource of flow.manifest) {
    if (resource.kind === 'language' || /flows?$/i.test(resource.kind)) continue
    if (!resources.has(key(resource))) resources.set(key(resource), resource)
  }
  return resources
}

function key(resource: ManifestResource): string {
  return `${resource.kind}\u0000${resource.id}`
}

function nameOf(resource: ManifestResource): string {
  return resource.name === '' ? `(${resource.id})` : quoted(resource.name)
}
