// Rewiring: where an action's outputs, its "next action", a task's start and the jumps between items
// lead, before and after. Adding an action between A and B re-points A at it, and removing it re-points
// A at what followed; those edits are the "added"/"removed" changes themselves, so an edge counts as
// rewired only when it leads elsewhere once the added and removed actions are stepped over.
import { capitalized, ITEM_REFERENCES, type ActionNode, type ChoiceNode, type FlowDocument, type ItemNode } from '../flows/document.js'
import { actionOutputs } from '../flows/edges.js'
import { stringField } from '../flows/json.js'
import { actionText, itemText, placeOf, quoted } from './labels.js'
import type { ChangeDraft, Versions } from './view.js'

/** Both versions of one item, and which of its actions are in both. */
export interface ItemPair {
  readonly before: ItemNode
  readonly after: ItemNode
  readonly kept: ReadonlySet<string>
}

/** Whether an edge now leads elsewhere; one into an added (or moved-in) action is told by its placement, not twice. */
function repointed(pair: ItemPair, from: string, to: string): boolean {
  // An edge to an id the item does not hold is a broken reference: always told.
  if (to !== '' && !pair.after.actionsById.has(to)) return from !== to
  if (to !== '' && !pair.kept.has(to)) return false
  return settle(pair.before, from, pair.kept) !== settle(pair.after, to, pair.kept)
}

/** `B (was A)`; `A (was another A)` when two different things share a name, so the sentence is not "A (was A)". */
export function nowWas(now: string, was: string): string {
  return `${now} ${now.endsWith(was) ? `(was another ${was})` : `(was ${was})`}`
}

/** `target`, or the first kept action its chain of non-kept actions leads to ('' for the branch end). */
function settle(item: ItemNode, target: string, kept: ReadonlySet<string>): string {
  let current = target
  for (let steps = 0; current !== '' && !kept.has(current) && steps <= item.actions.length; steps++) {
    current = item.actionsById.get(current)?.nextAction ?? ''
  }
  return current
}

/** How a sentence (or the outline, with its own `name`s) names where an edge leads. */
export function targetText(item: ItemNode, target: string, name: (action: ActionNode) => string = actionText): string {
  if (target === '') return 'nothing (the branch is empty)'
  const action = item.actionsById.get(target)
  return action === undefined ? missingText('action', target) : name(action)
}

/** The edges of one action kept in its item: `nextAction` and each output present in both versions. */
export function rewiredEdges(pair: ItemPair, before: ActionNode, after: ActionNode): ChangeDraft[] {
  const drafts: ChangeDraft[] = []
  const base = { kind: 'rewired' as const, ...placeOf(pair.after, after) }
  if (repointed(pair, before.nextAction, after.nextAction)) {
    const now = after.nextAction === '' ? 'now has no next action' : `now continues with ${targetText(pair.after, after.nextAction)}`
    const was = before.nextAction === '' ? 'none' : targetText(pair.before, before.nextAction)
    drafts.push({ ...base, text: `${actionText(after)} ${nowWas(now, was)}`, pointer: [...after.pointer, 'nextAction'] })
  }
  const oldOutputs = new Map(actionOutputs(before).map((output) => [output.outputId, output]))
  for (const output of actionOutputs(after)) {
    const old = oldOutputs.get(output.outputId)
    if (old === undefined || !repointed(pair, old.target, output.target)) continue
    const target = nowWas(targetText(pair.after, output.target), targetText(pair.before, old.target))
    const text = `${actionText(after)}: ${quoted(output.label)} now goes to ${target}`
    drafts.push({ ...base, text, pointer: output.pointer })
  }
  return drafts
}

/** Where a task starts (`startAction`). */
export function startChange(pair: ItemPair): ChangeDraft[] {
  const was = stringField(pair.before.raw, 'startAction')
  const now = stringField(pair.after.raw, 'startAction')
  if (!repointed(pair, was, now)) return []
  const text = `${capitalized(itemText(pair.after))} now starts with ${nowWas(targetText(pair.after, now), targetText(pair.before, was))}`
  return [{ kind: 'start-changed', text, pointer: [...pair.after.pointer, 'startAction'], ...placeOf(pair.after) }]
}

/** Where the flow starts (`initialSequence`). */
export function flowStartChange({ before, after }: Versions): ChangeDraft[] {
  const was = stringField(before.raw, 'initialSequence')
  const now = stringField(after.raw, 'initialSequence')
  if (was === now) return []
  const text = `The flow now starts at ${nowWas(itemRefText(after, now), itemRefText(before, was))}`
  return [{ kind: 'start-changed', text, pointer: ['initialSequence'] }]
}

/** The item an action jumps to or calls, as words (`task "Billing"`); '' when it jumps nowhere. */
export function jumpText(flow: FlowDocument, action: ActionNode): string {
  for (const [field, , nameField] of ITEM_REFERENCES) {
    const id = stringField(action.raw, field)
    if (id !== '') return itemRefText(flow, id, stringField(action.raw, nameField))
  }
  return ''
}

/** What a menu choice does: the item it jumps to, else its action. */
export function choiceRuns(flow: FlowDocument, choice: ChoiceNode, name: (action: ActionNode) => string = actionText) {
  if (choice.action === undefined) return 'nothing'
  return jumpText(flow, choice.action) || name(choice.action)
}

/** A jump re-pointed: same action, another task, menu or state. */
export function rewiredJump(flows: Versions, before: ActionNode, after: ActionNode, subject: string): ChangeDraft[] {
  const ids = (action: ActionNode): string => ITEM_REFERENCES.map(([field]) => stringField(action.raw, field)).join('\u0000')
  if (ids(before) === ids(after)) return []
  const field = ITEM_REFERENCES.find(([name]) => stringField(after.raw, name) !== '')?.[0] ?? 'taskReference'
  const text = `${subject} now goes to ${nowWas(jumpText(flows.after, after) || 'nowhere', jumpText(flows.before, before) || 'nowhere')}`
  return [{ kind: 'rewired', text, pointer: [...after.pointer, field], ...placeOf(after.item, after) }]
}

/** `task "Billing"` for an item id of the flow; the recorded name when the item is not there. */
export function itemRefText(flow: FlowDocument, id: string, recordedName = ''): string {
  const item = flow.itemsById.get(id)
  if (item !== undefined) return itemText(item)
  return recordedName !== '' ? `${quoted(recordedName)} (not in the flow)` : missingText('item', id)
}

/** What leads into an action: the task's start (no `from`), another action's next step, or one of its outputs. */
export interface Incoming {
  readonly from?: ActionNode
  /** The output's canvas label; undefined for a "next action" edge or the start. */
  readonly output?: string
}

/** The first edge into each action of an item, in one pass: built once per item, so many additions stay linear. */
export function incomingEdges(item: ItemNode): Map<string, Incoming> {
  const incoming = new Map<string, Incoming>()
  const note = (target: string, from?: ActionNode, output?: string): void => {
    if (target !== '' && !incoming.has(target)) incoming.set(target, { from, output })
  }
  note(stringField(item.raw, 'startAction'))
  for (const other of item.actions) {
    note(other.nextAction, other)
    for (const output of actionOutputs(other)) note(output.target, other, output.label)
  }
  return incoming
}

/** `at the start`, `after Play Audio "Welcome"`, `on "Yes" of Decision "Open?"`. */
export function placementText(source: Incoming | undefined): string {
  if (source === undefined) return 'not connected to any other action'
  if (source.from === undefined) return 'at the start'
  return source.output === undefined ? `after ${actionText(source.from)}` : `on ${quoted(source.output)} of ${actionText(source.from)}`
}

/** `a missing action (id "…")`: a reference to an id the flow does not hold, said as such. */
export function missingText(kind: string, id: string): string {
  return id === '' ? `no ${kind}` : `a missing ${kind} (id ${quoted(id)})`
}
