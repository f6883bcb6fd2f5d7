// Publishing a new version of a flow, as a person does in Architect between two snapshots: a copy of the
// published document is edited, the version goes up by one ("1.0" → "2.0"), and from then on listings,
// /versions, configurations and export jobs serve the new version (older versions keep their document).

import { createRandom, type Random } from './random.js'
import { act, Ids, type Action } from './org/actions.js'
import { QUEUES } from './org/names.js'
import { queueValue, tts } from './org/values.js'
import type { EmulatorState } from './state.js'
import type { EmulatedFlow, FlowEdit, PublishedEdit, PublishedVersion } from './types.js'

type Item = Record<string, unknown> & { id: string; name: string; actionList?: Action[] }
type Doc = Record<string, unknown>

/** Applies `edits` to a copy of the flow's document and publishes it as the next version. */
export function publishFlowVersion(state: EmulatorState, flowId: string, edits: FlowEdit | readonly FlowEdit[]): PublishedVersion {
  const flow = state.flowsById.get(flowId)
  if (!flow || flow.deleted) throw new Error(`publishFlowVersion: no live flow has the id '${flowId}'. Pick one of emulator.org.flows.`)
  const list = Array.isArray(edits) ? (edits as readonly FlowEdit[]) : [edits as FlowEdit]
  if (list.length === 0) throw new Error('publishFlowVersion: give at least one edit.')
  const previousVersion = flow.version
  const version = `${Math.max(1, Math.floor(Number(flow.version))) + 1}.0`
  const document = structuredClone(flow.document) as Doc
  const random = createRandom(`${state.settings.seed}:publish:${flowId}:${version}`)
  const applied = list.map((edit) => applyEdit(document, flow, edit, random))
  // The version published so far stays readable under its own id.
  const history = state.versionDocuments.get(flowId) ?? new Map<string, Record<string, unknown>>()
  if (!history.has(previousVersion)) history.set(previousVersion, flow.document)
  history.set(version, document)
  state.versionDocuments.set(flowId, history)
  const rename = list.find((edit): edit is Extract<FlowEdit, { kind: 'rename' }> => edit.kind === 'rename')
  if (rename) flow.name = rename.name
  flow.version = version
  flow.document = document
  return { flowId, previousVersion, version, edits: applied }
}

/** The document of one version: the one it was published with; versions before the first publish share the first document. */
export function documentOfVersion(state: EmulatorState, flow: EmulatedFlow, versionId: string): Record<string, unknown> {
  const history = state.versionDocuments.get(flow.id)
  if (!history) return flow.document
  return history.get(versionId) ?? history.values().next().value ?? flow.document
}

function applyEdit(document: Doc, flow: EmulatedFlow, edit: FlowEdit, random: Random): PublishedEdit {
  switch (edit.kind) {
    case 'add-action':
      return addAction(document, flow, edit, random)
    case 'rewire-decision':
      return rewireDecision(document, flow, edit)
    case 'swap-queue':
      return swapQueue(document, flow, edit)
    case 'change-prompt':
      return changePrompt(document, flow, edit)
    case 'rename':
      document.name = edit.name
      return { kind: 'rename', detail: `flow renamed "${flow.name}" → "${edit.name}"`, from: flow.name, to: edit.name }
    case 'layout-only':
      return moveLayout(document)
  }
}

function items(document: Doc): Item[] {
  return ((document.flowSequenceItemList as Item[] | undefined) ?? []).filter((item) => Array.isArray(item.actionList))
}

function findAction(document: Doc, flow: EmulatedFlow, what: string, match: (action: Action) => boolean): { item: Item; action: Action } {
  for (const item of items(document)) {
    const action = item.actionList!.find(match)
    if (action) return { item, action }
  }
  throw new Error(`publishFlowVersion: flow '${flow.name}' (${flow.id}) has no ${what}. Choose another flow or name an action it has.`)
}

function nextTracking(document: Doc): number {
  const next = Number(document.nextTrackingNumber ?? 1)
  document.nextTrackingNumber = next + 1
  return next
}

function addAction(document: Doc, flow: EmulatedFlow, edit: Extract<FlowEdit, { kind: 'add-action' }>, random: Random): PublishedEdit {
  const { item, action: after } = findAction(document, flow, edit.after ? `action named "${edit.after}" followed by another` : 'action followed by another', (action) =>
    typeof action.nextAction === 'string' && (edit.after === undefined || action.name === edit.after),
  )
  const added = act.playAudio(new Ids(random), edit.name, edit.sentence).action
  added.trackingId = nextTracking(document)
  added.nextAction = after.nextAction
  after.nextAction = added.id
  const list = item.actionList!
  list.splice(list.indexOf(after) + 1, 0, added)
  return { kind: 'add-action', detail: `Play Audio "${edit.name}" added after "${String(after.name)}" in "${item.name}"`, itemName: item.name, actionId: added.id, to: edit.name }
}

function rewireDecision(document: Doc, flow: EmulatedFlow, edit: Extract<FlowEdit, { kind: 'rewire-decision' }>): PublishedEdit {
  const { item, action: decision } = findAction(document, flow, edit.decision ? `Decision named "${edit.decision}"` : 'Decision', (action) =>
    action.__type === 'DecisionAction' && (edit.decision === undefined || action.name === edit.decision),
  )
  const paths = decision.paths as Array<{ outputId: string; label: string; nextActionId?: string }>
  const wanted = edit.output === undefined ? undefined : edit.output === 'yes' ? '__YES__' : '__NO__'
  const path = paths.find((p) => (wanted === undefined ? p.nextActionId === undefined : p.outputId === wanted)) ?? paths.find((p) => p.outputId === '__NO__')!
  const byId = new Map(item.actionList!.map((action) => [action.id, action]))
  const target = edit.to !== undefined ? item.actionList!.find((action) => action.name === edit.to) : lastInChain(decision, byId)
  if (!target || target.id === decision.id || target.id === path.nextActionId) {
    throw new Error(`publishFlowVersion: Decision "${String(decision.name)}" in '${flow.name}' has no other action to point its ${path.label} output at${edit.to ? ` named "${edit.to}"` : ''}.`)
  }
  const from = path.nextActionId === undefined ? String(byId.get(String(decision.nextAction))?.name ?? 'the next action') : String(byId.get(path.nextActionId)?.name)
  path.nextActionId = target.id
  return { kind: 'rewire-decision', detail: `Decision "${String(decision.name)}" ${path.label} now leads to "${String(target.name)}"`, itemName: item.name, actionId: decision.id, from, to: String(target.name) }
}

/** The end of the chain of `nextAction`s that follows an action (where its branches would merge back). */
function lastInChain(action: Action, byId: ReadonlyMap<string, Action>): Action | undefined {
  let current = byId.get(String(action.nextAction))
  for (let guard = 0; current && typeof current.nextAction === 'string' && guard < byId.size; guard++) current = byId.get(current.nextAction) ?? current
  return current
}

function swapQueue(document: Doc, flow: EmulatedFlow, edit: Extract<FlowEdit, { kind: 'swap-queue' }>): PublishedEdit {
  const { item, action } = findAction(document, flow, 'action with a queue (Transfer to ACD)', (candidate) => Array.isArray(candidate.queues) && candidate.queues.length > 0)
  const queues = action.queues as Array<{ text: string; config: { lit: { val: string } } }>
  const old = { id: queues[0]!.config.lit.val, name: queues[0]!.text }
  const next = edit.queue ?? QUEUES.find((queue) => queue.id !== old.id)!
  queues[0] = queueValue(next.name, next.id) as (typeof queues)[number]
  moveManifestContext(document, 'queue', old.id, next, action.id)
  return { kind: 'swap-queue', detail: `queue "${old.name}" → "${next.name}" in "${String(action.name)}"`, itemName: item.name, actionId: action.id, from: old.name, to: next.name }
}

/** The document's `manifest` lists each resource with the actions using it: the action moves to the new one. */
function moveManifestContext(document: Doc, kind: string, oldId: string, next: { id: string; name: string }, actionId: string): void {
  const manifest = (document.manifest ??= {}) as Record<string, Array<{ id: string; name: string; context: Array<Record<string, string>> }>>
  const list = (manifest[kind] ??= [])
  const old = list.find((entry) => entry.id === oldId)
  const context = old?.context.find((entry) => entry.id === actionId) ?? { id: actionId }
  if (old) {
    old.context = old.context.filter((entry) => entry !== context)
    if (old.context.length === 0) list.splice(list.indexOf(old), 1)
  }
  const target = list.find((entry) => entry.id === next.id)
  if (target) target.context.push(context)
  else list.push({ name: next.name, id: next.id, context: [context] })
}

function changePrompt(document: Doc, flow: EmulatedFlow, edit: Extract<FlowEdit, { kind: 'change-prompt' }>): PublishedEdit {
  const { item, action } = findAction(document, flow, edit.action ? `Play Audio named "${edit.action}"` : 'Play Audio action', (candidate) =>
    candidate.__type === 'PlayAudioAction' && (edit.action === undefined || candidate.name === edit.action),
  )
  const prompts = action.prompts as { defaultAudio?: { uiMetaData?: { sequenceItems?: Array<{ parameter?: string }> } } }
  const from = prompts.defaultAudio?.uiMetaData?.sequenceItems?.[0]?.parameter ?? ''
  prompts.defaultAudio = tts(edit.sentence) as typeof prompts.defaultAudio
  return { kind: 'change-prompt', detail: `Play Audio "${String(action.name)}" now says "${edit.sentence}"`, itemName: item.name, actionId: action.id, from, to: edit.sentence }
}

/** What Architect changes when a flow is only opened, rearranged and published again: tracking numbers and UI state. */
function moveLayout(document: Doc): PublishedEdit {
  let tracking = Number(document.nextTrackingNumber ?? 1)
  const touch = (node: Record<string, unknown>): void => {
    if (typeof node.trackingId === 'number') node.trackingId = tracking++
    const ui = node.uiMetaData as { collapsed?: boolean } | undefined
    if (ui && typeof ui === 'object') node.uiMetaData = { ...ui, collapsed: !ui.collapsed }
  }
  for (const item of (document.flowSequenceItemList as Item[] | undefined) ?? []) {
    touch(item)
    for (const action of item.actionList ?? []) touch(action)
    for (const choice of (item.menuChoiceList as Array<{ action: Record<string, unknown> }> | undefined) ?? []) touch(choice.action)
  }
  document.nextTrackingNumber = tracking
  return { kind: 'layout-only', detail: 'tracking numbers and collapsed state changed; nothing the flow does' }
}
