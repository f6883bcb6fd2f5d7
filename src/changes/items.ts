// Sequence items (tasks, menus, states, loop tasks), their actions and menu choices, matched by id
// across the two versions: added, removed, renamed, moved, and what changed inside each.
import { capitalized, ITEM_REFERENCES, type ActionNode, type FlowDocument, type ItemNode } from '../flows/document.js'
import { actionOutputs, LITERAL_OUTPUTS } from '../flows/edges.js'
import { isRecord, stringField, type Pointer } from '../flows/json.js'
import { audioWords, diffFields, fieldSentence, isValueObject, type FieldChange } from './fields.js'
import { actionText, choiceText, fieldLabel, itemText, placeOf, quoted, RESOURCE_FIELDS, RESOURCE_VALUE_TYPES } from './labels.js'
import { plural } from '../text/plural.js'
import type { ChangeKind } from '../flow-review.js'
import { append, type ChangeDraft, type Versions } from './view.js'
import { choiceRuns, incomingEdges, jumpText, missingText, placementText, rewiredEdges, rewiredJump, startChange, nowWas, type Incoming, type ItemPair } from './wiring.js'

/** Item keys reported elsewhere: identity, the action and choice lists, the start. */
export const ITEM_SKIP: ReadonlySet<string> = new Set(['id', 'name', '__type', 'actionList', 'menuChoiceList', 'startAction', 'defaultMenuChoice'])
/** An action's id and the ids its edges and jumps lead to: a re-created action may have new ones (align.ts). */
export const ACTION_LINKS: ReadonlySet<string> = new Set(['id', ...LITERAL_OUTPUTS.map(([, field]) => field), ...ITEM_REFERENCES.map(([field]) => field)])
/** Action keys reported elsewhere: identity, name, edges and jumps (`nextAction` is noise to every walk). */
export const ACTION_SKIP: ReadonlySet<string> = new Set([...ACTION_LINKS, 'name', ...ITEM_REFERENCES.map(([, , name]) => name)])
export const CHOICE_SKIP: ReadonlySet<string> = new Set(['id', 'name', 'action'])

export function itemChanges(flows: Versions): ChangeDraft[] {
  const { before, after } = flows
  const drafts: ChangeDraft[] = []
  const seen = new Set<string>()
  for (const item of after.items) {
    if (seen.has(item.id)) continue
    seen.add(item.id)
    const old = before.itemsById.get(item.id)
    append(drafts, old === undefined ? addedItem(item, flows) : changedItem(old, item, flows))
  }
  for (const item of before.items) {
    if (after.itemsById.has(item.id) || seen.has(item.id)) continue
    seen.add(item.id)
    drafts.push({ kind: 'item-removed', text: `Removed ${itemText(item)}${actionCount(item)}`, ...placeOf(item) })
  }
  return drafts
}

function actionCount(item: ItemNode): string {
  return item.actions.length === 0 ? '' : ` (${plural(item.actions.length, 'action')})`
}

/** A new item is one change; only actions brought over from another item are named (as moved). */
function addedItem(item: ItemNode, flows: Versions): ChangeDraft[] {
  const drafts: ChangeDraft[] = [{ kind: 'item-added', text: `Added ${itemText(item)}${actionCount(item)}`, pointer: [...item.pointer, 'name'], ...placeOf(item) }]
  const incoming = incomingEdges(item)
  for (const action of item.actions) {
    const old = flows.before.actions.get(action.id)
    if (old !== undefined) drafts.push(moved(old, action, incoming), ...actionChanges(old, action, flows))
  }
  return drafts
}

function changedItem(old: ItemNode, item: ItemNode, flows: Versions): ChangeDraft[] {
  const where = placeOf(item)
  const drafts: ChangeDraft[] = []
  if (old.name !== item.name) {
    drafts.push({ kind: 'item-renamed', text: `Renamed ${itemText(old)} to ${quoted(item.name)}`, pointer: [...item.pointer, 'name'], ...where })
  }
  for (const change of diffFields(old.raw, item.raw, { skipTop: ITEM_SKIP, label: (key) => fieldLabel(key, 'Item') })) {
    drafts.push({ kind: 'item-changed', text: `${capitalized(itemText(item))}: ${fieldSentence(change)}`, pointer: [...item.pointer, ...change.path], ...where })
  }
  const kept = new Set(item.actions.filter((action) => old.actionsById.has(action.id)).map((action) => action.id))
  const pair: ItemPair = { before: old, after: item, kept }
  append(drafts, startChange(pair))
  const incoming = incomingEdges(item)
  for (const action of item.actions) {
    const previous = flows.before.actions.get(action.id)
    if (previous === undefined) {
      const text = `Added ${actionText(action)} to ${itemText(item)}, ${placementText(incoming.get(action.id))}`
      drafts.push({ kind: 'action-added', text, pointer: [...action.pointer, 'name'], ...where, actionId: action.id })
      continue
    }
    if (!kept.has(action.id)) drafts.push(moved(previous, action, incoming))
    append(drafts, actionChanges(previous, action, flows))
    if (kept.has(action.id)) append(drafts, rewiredEdges(pair, previous, action))
  }
  const wasLeadInto = old.actions.some((action) => !flows.after.actions.has(action.id)) ? incomingEdges(old) : undefined
  for (const action of old.actions) {
    if (flows.after.actions.has(action.id)) continue // kept, or moved: told where it went
    const source = wasLeadInto!.get(action.id)
    const text = `Removed ${actionText(action)} from ${itemText(item)}, ${placementText(source)}${gist(flows.before, action)}`
    drafts.push({ kind: 'action-removed', text, pointer: gapPointer(item, source), ...where, actionId: action.id })
  }
  append(drafts, choiceChanges(old, item, flows))
  return drafts
}

/** Where a removed action's gap is in the new file: the edge into it while still there, else the item's name. */
function gapPointer(item: ItemNode, source: Incoming | undefined): Pointer {
  if (source === undefined) return [...item.pointer, 'name']
  if (source.from === undefined) return [...item.pointer, 'startAction']
  const before = item.actionsById.get(source.from.id)
  if (before === undefined) return [...item.pointer, 'name']
  if (source.output === undefined) return [...before.pointer, before.nextAction === '' ? 'name' : 'nextAction']
  return actionOutputs(before).find((output) => output.label === source.output)?.pointer ?? [...before.pointer, 'name']
}

/** What a removed action did, in a few words: ` (audio "Welcome")`, ` (queue "Sales")`, ` (goes to task "Billing")`. */
function gist(flow: FlowDocument, action: ActionNode): string {
  const jump = jumpText(flow, action)
  if (jump !== '') return ` (goes to ${jump})`
  for (const key of GIST_KEYS) {
    const text = gistText(action.raw[key])
    if (text === '') continue
    const words = key === 'prompts' || key === 'prompt' ? audioWords(text) : text
    return ` (${fieldLabel(key, action.type)} ${quoted(words, 60)})`
  }
  return ''
}

/** The settings that say what an action does, most telling first. */
const GIST_KEYS = ['prompts', 'prompt', 'queues', 'actionName', 'flowName', 'inQueueFlowName', 'datatableName', 'botName', 'expression', 'messageBody', 'communication', 'screenPopName', 'variables']

/** The text of a setting: a string, a value object, a prompt's default audio, or the first of a list (a queue, an assignment's variable). */
function gistText(value: unknown): string {
  if (typeof value === 'string') return value
  if (isValueObject(value)) return stringField(value, 'text')
  if (isRecord(value) && isValueObject(value['defaultAudio'])) return stringField(value['defaultAudio'], 'text')
  if (!Array.isArray(value)) return ''
  const first: unknown = value[0]
  if (isValueObject(first)) return stringField(first, 'text')
  return isRecord(first) && isValueObject(first['variable']) ? stringField(first['variable'], 'text') : ''
}

function moved(old: ActionNode, action: ActionNode, incoming: ReadonlyMap<string, Incoming>): ChangeDraft {
  const placement = placementText(incoming.get(action.id))
  const text = `Moved ${actionText(action)} from ${itemText(old.item)} to ${itemText(action.item)}, ${placement}`
  return { kind: 'action-moved', text, pointer: [...action.pointer, 'name'], ...placeOf(action.item, action) }
}

/** Renamed, settings changed, jump re-pointed: what happened to one action kept by id. */
function actionChanges(old: ActionNode, action: ActionNode, flows: Versions, subject = actionText(action)): ChangeDraft[] {
  const where = placeOf(action.item, action)
  const drafts: ChangeDraft[] = []
  if (old.name !== action.name && action.index !== -1) {
    drafts.push({ kind: 'action-renamed', text: `Renamed ${actionText(old)} to ${quoted(action.name)}`, pointer: [...action.pointer, 'name'], ...where })
  }
  for (const change of diffFields(old.raw, action.raw, { skipTop: ACTION_SKIP, label: (key) => fieldLabel(key, action.type) })) {
    drafts.push({ kind: fieldKind(change), text: `${subject}: ${fieldSentence(change, flows)}`, pointer: [...action.pointer, ...change.path], ...where })
  }
  append(drafts, rewiredJump(flows, old, action, subject))
  return drafts
}

/** A queue, data action, data table or called flow named in an action's settings is a resource or flow call. */
function fieldKind(change: FieldChange): ChangeKind {
  return RESOURCE_FIELDS[change.key] ?? (RESOURCE_VALUE_TYPES.has(change.valueType ?? '') ? 'resource' : 'action-changed')
}

function choiceChanges(old: ItemNode, menu: ItemNode, flows: Versions): ChangeDraft[] {
  if (old.choices.length === 0 && menu.choices.length === 0) return []
  const where = placeOf(menu)
  const subject = capitalized(itemText(menu))
  const drafts: ChangeDraft[] = []
  const oldById = new Map(old.choices.map((choice) => [choice.id, choice]))
  const kept = new Set(menu.choices.map((choice) => choice.id))
  for (const choice of menu.choices) {
    const previous = oldById.get(choice.id)
    const actionId = choice.action?.id
    if (previous === undefined) {
      drafts.push({ kind: 'choice', text: `${subject}: added ${choiceText(choice)}, which runs ${choiceRuns(flows.after, choice)}`, pointer: [...choice.pointer, 'name'], ...where, actionId })
      continue
    }
    const named = `${subject}: choice ${quoted(choice.name || choice.id)}`
    if (previous.name !== choice.name) {
      drafts.push({ kind: 'choice', text: `${subject}: renamed choice ${quoted(previous.name)} to ${quoted(choice.name)}`, pointer: [...choice.pointer, 'name'], ...where, actionId })
    }
    for (const change of diffFields(previous.raw, choice.raw, { skipTop: CHOICE_SKIP, label: (key) => fieldLabel(key, 'MenuChoice') })) {
      drafts.push({ kind: 'choice', text: `${named}: ${fieldSentence(change)}`, pointer: [...choice.pointer, ...change.path], ...where, actionId })
    }
    if (choice.action !== undefined && previous.action !== undefined && choice.action.id === previous.action.id) {
      append(drafts, actionChanges(previous.action, choice.action, flows, named))
    } else if (choice.action?.id !== previous.action?.id) {
      const text = `${named} now runs ${nowWas(choiceRuns(flows.after, choice), choiceRuns(flows.before, previous))}`
      drafts.push({ kind: 'rewired', text, pointer: [...choice.pointer, 'action'], ...where, actionId })
    }
  }
  for (const choice of old.choices) {
    if (!kept.has(choice.id)) drafts.push({ kind: 'choice', text: `${subject}: removed ${choiceText(choice)}`, pointer: [...menu.pointer, 'name'], ...where })
  }
  const wasDefault = stringField(old.raw, 'defaultMenuChoice')
  const nowDefault = stringField(menu.raw, 'defaultMenuChoice')
  if (wasDefault !== nowDefault) {
    const name = (item: ItemNode, id: string): string => {
      if (id === '') return 'none'
      const choice = item.choices.find((candidate) => candidate.id === id)
      return choice === undefined ? missingText('choice', id) : quoted(choice.name || id)
    }
    const text = `${subject}: default choice is now ${name(menu, nowDefault)} (was ${name(old, wasDefault)})`
    drafts.push({ kind: 'choice', text, pointer: [...menu.pointer, 'defaultMenuChoice'], ...where })
  }
  return drafts
}
