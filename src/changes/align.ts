// Things re-created in place: Architect gives a pasted, re-imported or rebuilt action (or task, or menu
// choice) a new id, though it sits where the old one sat and does the same. The review matches by id,
// so before it runs, such pairs are matched by position and content, and the previous document is
// read with the new ids. A flow whose ids were all regenerated then reads as unchanged in what it
// does, not as everything removed and added (README, "Read what changed").
import type { ActionNode, ItemNode } from '../flows/document.js'
import { arrayField, isRecord, stringField, type JsonRecord } from '../flows/json.js'
import { diffFields } from './fields.js'
import { ACTION_LINKS } from './items.js'
import { flowView, type FlowView } from './view.js'
import { addTo } from '../text/lists.js'

/**
 * `oldFlow`, with the ids of items, actions and menu choices that were re-created in `newFlow` replaced by
 * their new ids wherever it names them (edges, starts, jumps, the manifest's users). The same view when
 * nothing was re-created; otherwise the view of a copy (the document is never changed).
 */
export function alignIds(oldFlow: FlowView, newFlow: FlowView): FlowView {
  const renamed = new Map<string, string>()
  const oldIds = idsOf(oldFlow)
  const newIds = idsOf(newFlow)
  const pairs = itemPairs(oldFlow, newFlow, oldIds, newIds, renamed)
  for (const [old, item] of pairs) {
    matchActions(old.actions, item.actions, oldIds, newIds, renamed)
    matchChoices(old, item, oldIds, newIds, renamed)
    const previousOf = byAlignedId(old.actions.filter((action) => action.id !== ''), renamed)
    for (const action of item.actions) {
      const previous = previousOf.get(action.id)
      if (previous !== undefined) matchOutputIds(previous, action, renamed)
    }
  }
  return renamed.size === 0 ? oldFlow : flowView(withIds(oldFlow.raw, renamed))
}

function idsOf(flow: FlowView): Set<string> {
  const itemIds = flow.items.flatMap((item) => [item.id, ...item.choices.map((choice) => choice.id)])
  const ids = new Set([...flow.actions.keys(), ...itemIds])
  ids.delete('')
  return ids
}

/** Items kept by id, then items whose id is new matched by kind and name (one of that name), else by kind and place. */
function itemPairs(oldFlow: FlowView, newFlow: FlowView, oldIds: ReadonlySet<string>, newIds: ReadonlySet<string>, renamed: Map<string, string>): [ItemNode, ItemNode][] {
  const pairs: [ItemNode, ItemNode][] = []
  for (const item of newFlow.items) {
    const old = oldFlow.itemsById.get(item.id)
    if (old !== undefined) pairs.push([old, item])
  }
  const gone = new Set(oldFlow.items.filter((item) => item.id !== '' && !newIds.has(item.id)))
  const kindAndName = (item: ItemNode): string => `${item.type}\u0000${item.name}`
  const goneNamed = groupedBy([...gone], kindAndName)
  const freshNamed = groupedBy(newFlow.items.filter((item) => item.id !== '' && !oldIds.has(item.id)), kindAndName)
  const taken = new Set<ItemNode>()
  for (const [place, item] of newFlow.items.entries()) {
    if (item.id === '' || oldIds.has(item.id)) continue
    const named = goneNamed.get(kindAndName(item)) ?? []
    let old = named.length === 1 && freshNamed.get(kindAndName(item))!.length === 1 ? named[0] : undefined
    if (old === undefined) {
      const there = oldFlow.items[place]
      if (there !== undefined && gone.has(there) && kindAndName(there) === kindAndName(item)) old = there
    }
    if (old === undefined || taken.has(old)) continue
    taken.add(old)
    renamed.set(old.id, item.id)
    pairs.push([old, item])
  }
  return pairs
}

/** Actions of one item whose ids are new, matched to old ones of the same content: at the same place, else the one of that content. */
function matchActions(oldActions: readonly ActionNode[], newActions: readonly ActionNode[], oldIds: ReadonlySet<string>, newIds: ReadonlySet<string>, renamed: Map<string, string>): void {
  const gone = oldActions.filter((action) => action.id !== '' && !newIds.has(action.id))
  const fresh = newActions.filter((action) => action.id !== '' && !oldIds.has(action.id))
  if (gone.length === 0 || fresh.length === 0) return
  const oldContent = new Map(gone.map((action) => [action, content(action)]))
  const newContent = new Map(fresh.map((action) => [action, content(action)]))
  const taken = new Set<ActionNode>()
  const pair = (old: ActionNode, action: ActionNode): void => {
    taken.add(old)
    taken.add(action)
    renamed.set(old.id, action.id)
  }
  // The same place and the same content: re-created in place.
  for (const action of fresh) {
    const old = oldActions[action.index]
    if (old !== undefined && oldContent.get(old) === newContent.get(action) && !taken.has(old)) pair(old, action)
  }
  // Elsewhere in the item, when exactly one old and one new action have that content.
  const unpaired = (contents: Map<ActionNode, string>) =>
    groupedBy([...contents.keys()].filter((action) => !taken.has(action)), (action) => contents.get(action)!)
  const news = unpaired(newContent)
  for (const [text, olds] of unpaired(oldContent)) {
    const same = news.get(text)
    if (olds.length === 1 && same?.length === 1) pair(olds[0]!, same[0]!)
  }
}

/** Menu choices whose ids are new, matched by name and digit; their actions with them. */
function matchChoices(old: ItemNode, menu: ItemNode, oldIds: ReadonlySet<string>, newIds: ReadonlySet<string>, renamed: Map<string, string>): void {
  const nameAndDigit = (choice: ItemNode['choices'][number]): string => `${choice.name}\u0000${typeof choice.raw['digit']}:${String(choice.raw['digit'])}`
  const gone = groupedBy(old.choices.filter((choice) => choice.id !== '' && !newIds.has(choice.id)), nameAndDigit)
  const taken = new Set<unknown>()
  for (const choice of menu.choices) {
    if (choice.id === '' || oldIds.has(choice.id)) continue
    // One old choice of that name and digit, not matched yet (a group of two or more never is).
    const same = gone.get(nameAndDigit(choice))
    if (same?.length !== 1 || taken.has(same[0])) continue
    taken.add(same[0])
    renamed.set(same[0]!.id, choice.id)
  }
  const previousOf = byAlignedId(old.choices, renamed)
  for (const choice of menu.choices) {
    const previous = previousOf.get(choice.id)
    const [was, now] = [previous?.action, choice.action]
    if (was !== undefined && now !== undefined && was.id !== '' && now.id !== '' && !newIds.has(was.id) && !oldIds.has(now.id) && content(was) === content(now)) renamed.set(was.id, now.id)
  }
}

/** Each element by the id it has once aligned (its new id when re-created), the first of an id. */
function byAlignedId<T extends { readonly id: string }>(list: readonly T[], renamed: ReadonlyMap<string, string>): Map<string, T> {
  const byId = new Map<string, T>()
  for (const element of list) {
    const id = renamed.get(element.id) ?? element.id
    if (!byId.has(id)) byId.set(id, element)
  }
  return byId
}

/** Lists keyed once, so that matching a few thousand re-created things is not a scan per thing. */
function groupedBy<T>(list: readonly T[], key: (element: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const element of list) addTo(groups, key(element), element)
  return groups
}

/**
 * The ids of a Switch's cases (`referenceId`, which its outputs carry as `outputId`) and of other
 * outputs, regenerated with the action: matched by position where the case or output keeps its name.
 */
function matchOutputIds(old: ActionNode, action: ActionNode, renamed: Map<string, string>): void {
  for (const [list, idKey, nameKey] of [['cases', 'referenceId', 'name'], ['paths', 'outputId', 'label']] as const) {
    const was = arrayField(old.raw, list)
    const now = arrayField(action.raw, list)
    const current = new Set(now.map((element) => (isRecord(element) ? stringField(element, idKey) : '')))
    for (let index = 0; index < Math.min(was.length, now.length); index++) {
      const [a, b] = [was[index], now[index]]
      if (!isRecord(a) || !isRecord(b) || stringField(a, nameKey) !== stringField(b, nameKey)) continue
      const [wasId, nowId] = [stringField(a, idKey), stringField(b, idKey)]
      // An id still present is a reordered output, not a regenerated one.
      if (wasId !== '' && nowId !== '' && wasId !== nowId && !current.has(wasId) && !renamed.has(wasId)) renamed.set(wasId, nowId)
    }
  }
}

/** What an action does, without its identity or its edges' targets: equal for an action re-created in place. */
function content(action: ActionNode): string {
  const parts = [action.type, action.name]
  for (const change of diffFields({}, action.raw, { skipTop: ACTION_LINKS, label: (key) => key })) {
    // Output and case ids are regenerated with the action; their names and labels say which is which.
    const last = change.path[change.path.length - 1]
    if (last !== 'outputId' && last !== 'referenceId') parts.push(`${change.path.join('/')}=${change.after ?? ''}`)
  }
  return parts.join('\u0000')
}

/** A copy of `document` with every string equal to a renamed id replaced. Its own stack: any depth. */
function withIds(document: JsonRecord, renamed: ReadonlyMap<string, string>): JsonRecord {
  const root: JsonRecord = {}
  const pending: [source: unknown, target: JsonRecord | unknown[]][] = [[document, root]]
  // A string renamed, a scalar as it is, an object or list as an empty container queued to be filled.
  const copy = (value: unknown): unknown => {
    if (typeof value === 'string') return renamed.get(value) ?? value
    if (!Array.isArray(value) && !isRecord(value)) return value
    const container = Array.isArray(value) ? [] : {}
    pending.push([value, container])
    return container
  }
  while (pending.length > 0) {
    const [source, target] = pending.pop()!
    if (Array.isArray(source)) {
      for (const element of source) (target as unknown[]).push(copy(element))
      continue
    }
    for (const [key, original] of Object.entries(source as JsonRecord)) {
      const value = copy(original)
      // Assigning `__proto__` would set the copy's prototype; defining it keeps it an ordinary key.
      const property = { value, enumerable: true, writable: true, configurable: true }
      if (key === '__proto__') Object.defineProperty(target, key, property)
      else (target as JsonRecord)[key] = value
    }
  }
  return root
}
