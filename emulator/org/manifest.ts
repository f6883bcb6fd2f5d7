// `manifest` and `commonModules`, derived from the actions of a finished document so they always agree with it.

import type { Action } from './actions.js'

type Item = Record<string, unknown>

export function allActions(items: readonly Item[]): Action[] {
  const out: Action[] = []
  for (const item of items) {
    for (const action of (item.actionList as Action[] | undefined) ?? []) out.push(action)
    for (const choice of (item.menuChoiceList as Array<{ action: Action }> | undefined) ?? []) out.push(choice.action)
  }
  return out
}

interface Entry {
  id: string
  name: string
  version?: string
  context: Array<Record<string, string>>
}

function add(manifest: Record<string, Entry[]>, kind: string, id: string, name: string, context: Record<string, string>, version?: string): void {
  const list = (manifest[kind] ??= [])
  let entry = list.find((candidate) => candidate.id === id)
  if (!entry) {
    entry = { name, id, ...(version ? { version } : {}), context: [] }
    list.push(entry)
  }
  entry.context.push(context)
}

/** Manifest kinds as seen in real samples: commonModuleFlow, botFlow, inboundCallFlow, inqueueCallFlow, queue, dataAction. */
export function buildManifest(items: readonly Item[]): Record<string, Entry[]> {
  const manifest: Record<string, Entry[]> = {}
  for (const action of allActions(items)) {
    const context = { actionName: String(action.name), id: action.id, name: String(action.name) }
    const flowId = action.flowId as string | undefined
    const flowName = String(action.flowName ?? '')
    if (flowId && action.__type === 'CallCommonModuleAction') add(manifest, 'commonModuleFlow', flowId, flowName, context, 'published')
    if (flowId && action.__type === 'CallBotFlowAction') add(manifest, 'botFlow', flowId, flowName, context, 'published')
    if (flowId && action.__type === 'TransferFlowAction') add(manifest, 'inboundCallFlow', flowId, flowName, context)
    if (typeof action.inQueueFlowId === 'string') add(manifest, 'inqueueCallFlow', action.inQueueFlowId, String(action.inQueueFlowName ?? ''), context)
    for (const queue of (action.queues as Array<{ text: string; config: { lit: { val: string } } }> | undefined) ?? []) {
      add(manifest, 'queue', queue.config.lit.val, queue.text, context)
    }
    if (action.__type === 'DataAction') add(manifest, 'dataAction', String(action.actionId), String(action.actionName), context)
  }
  manifest.language = [{ id: 'en-US', name: 'en-US', context: [{ id: 'supportedLanguages' }] }]
  return manifest
}

/**
 * Snapshots of the common modules a flow calls, as Architect copies them into the caller. `document` must already
 * be the caller's own copy (see generate.ts), so later changes to the module do not reach it.
 */
export function buildCommonModules(items: readonly Item[], modules: ReadonlyMap<string, { name: string; version: string; document: unknown }>): Item[] {
  const byModule = new Map<string, string[]>()
  for (const action of allActions(items)) {
    if (action.__type !== 'CallCommonModuleAction' || typeof action.flowId !== 'string') continue
    if (!modules.has(action.flowId)) continue // a call to a missing flow has nothing to copy
    byModule.set(action.flowId, [...(byModule.get(action.flowId) ?? []), action.id])
  }
  return [...byModule].map(([id, actionReferences]) => {
    const module = modules.get(id)!
    return { actionReferences, version: module.version, name: module.name, id, model: module.document }
  })
}
