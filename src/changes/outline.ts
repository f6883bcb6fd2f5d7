// A flow as an outline in Architect's words, one setting or edge a line, in document order and
// without ids, tracking numbers or positions: git's `textconv` turns each version into this text and
// diffs the lines, so `git log -p` and `git show` read as the canvas does (no --ext-diff needed).
// Values are written whole (JSON-quoted), never cut, so every real change shows as a changed line.
// Keys are read in sorted order and actions named without Architect's tracking numbers, so a save
// that only renumbers or reorders reads the same.
import { readFlowDocument, type ActionNode, type FlowDocument, type ItemNode } from '../flows/document.js'
import { actionOutputs } from '../flows/edges.js'
import { arrayField, stringField, type JsonRecord } from '../flows/json.js'
import { canonicalJson } from '../snapshot/canonical.js'
import { append } from './view.js'
import { diffFields, durationText } from './fields.js'
import { FLOW_SKIP } from './flow-level.js'
import { actionText, choiceText, fieldLabel, flowFieldLabel, itemText, quoted } from './labels.js'
import { plural } from '../text/plural.js'
import { ACTION_SKIP, CHOICE_SKIP, ITEM_SKIP } from './items.js'
import { choiceRuns, itemRefText, jumpText, targetText } from './wiring.js'

/** The outline writes an action's type in its name and its outputs as edges, not as settings. */
const ACTION_LINE_SKIP = new Set([...ACTION_SKIP, '__type', 'paths', 'path'])

export function flowOutline(original: JsonRecord): string {
  const document = JSON.parse(canonicalJson(original)) as JsonRecord
  const flow = readFlowDocument(document)
  const { orders, label } = actionLabels(flow)
  const lines = [`flow "${stringField(document, 'name')}" (${stringField(document, 'type') || 'unknown type'})`]
  append(lines, settings(document, FLOW_SKIP, flowFieldLabel, '  '))
  lines.push(`  starts at ${itemRefText(flow, stringField(document, 'initialSequence'))}`)
  for (const item of flow.items) append(lines, itemLines(flow, item, orders.get(item)!, label))
  const calls = arrayField(document, 'commonModules').length
  if (calls > 0) lines.push(`(${plural(calls, 'common module snapshot')} copied in; not part of this flow)`)
  return `${lines.join('\n')}\n`
}

type Labels = (action: ActionNode) => string

/** The name the outline gives each action of the flow (menu choice actions included), by action. */
export function outlineActionLabels(document: JsonRecord): Map<ActionNode, string> {
  const { orders, label } = actionLabels(readFlowDocument(document))
  return new Map([...orders.values()].flat().map((action) => [action, label(action)]))
}

function itemLines(flow: FlowDocument, item: ItemNode, order: readonly ActionNode[], label: Labels): string[] {
  const lines = ['', itemText(item), ...settings(item.raw, ITEM_SKIP, (key) => fieldLabel(key, 'Item'), '  ')]
  const start = item.actionsById.get(stringField(item.raw, 'startAction'))
  if (start !== undefined) lines.push(`  starts with ${label(start)}`)
  const defaultChoice = item.choices.find((choice) => choice.id === stringField(item.raw, 'defaultMenuChoice'))
  if (defaultChoice !== undefined) lines.push(`  default ${choiceText(defaultChoice)}`)
  for (const action of order) append(lines, actionLines(flow, item, action, label, '  '))
  for (const choice of item.choices) {
    lines.push(`  ${choiceText(choice)} runs ${choiceRuns(flow, choice, label)}`)
    append(lines, settings(choice.raw, CHOICE_SKIP, (key) => fieldLabel(key, 'MenuChoice'), '    '))
    if (choice.action !== undefined) append(lines, settings(choice.action.raw, ACTION_LINE_SKIP, (key) => fieldLabel(key, choice.action!.type), '    '))
  }
  return lines
}

function actionLines(flow: FlowDocument, item: ItemNode, action: ActionNode, label: Labels, indent: string): string[] {
  const lines = [`${indent}${label(action)}`, ...settings(action.raw, ACTION_LINE_SKIP, (key) => fieldLabel(key, action.type), `${indent}  `)]
  const jump = jumpText(flow, action)
  if (jump !== '') lines.push(`${indent}  goes to ${jump}`)
  // An empty output goes on after the action, as "then" says: it is left out.
  for (const output of actionOutputs(action)) {
    if (output.target !== '') lines.push(`${indent}  "${output.label}" → ${targetText(item, output.target, label)}`)
  }
  if (action.nextAction !== '') lines.push(`${indent}  then ${targetText(item, action.nextAction, label)}`)
  return lines
}

/**
 * An item's actions in the order a call runs through them: from the start action, each output's
 * branch in turn, then what follows; actions nothing leads to after them, in file order. Its own
 * stack: a chain of thousands of actions cannot overflow the call stack.
 */
function runOrder(item: ItemNode): ActionNode[] {
  const order: ActionNode[] = []
  const seen = new Set<ActionNode>()
  const visit = (first: ActionNode | undefined): void => {
    const pending = first === undefined ? [] : [first]
    while (pending.length > 0) {
      const action = pending.pop()!
      if (seen.has(action)) continue
      seen.add(action)
      order.push(action)
      const next = [...actionOutputs(action).map((output) => output.target), action.nextAction]
      for (let index = next.length - 1; index >= 0; index--) {
        const target = item.actionsById.get(next[index]!)
        if (target !== undefined && !seen.has(target)) pending.push(target)
      }
    }
  }
  visit(item.actionsById.get(stringField(item.raw, 'startAction')))
  for (const action of item.actions) if (!seen.has(action)) visit(action)
  return order
}

/**
 * Each item's run order, and the one name the outline gives each action in the flow: its type and name, without
 * Architect's tracking number (a save may renumber). Actions that would share a name (seven Decisions still
 * called "Decision") add their step in the item's run order, and their item when that is still not enough.
 */
function actionLabels(flow: FlowDocument): { orders: Map<ItemNode, ActionNode[]>; label: Labels } {
  const orders = new Map(flow.items.map((item) => [item, runOrder(item)]))
  const listed: [ActionNode, string][] = []
  for (const item of flow.items) {
    orders.get(item)!.forEach((action, index) => listed.push([action, `step ${index + 1}`]))
    for (const choice of item.choices) if (choice.action !== undefined) listed.push([choice.action, `choice ${quoted(choice.name || choice.id)}`])
  }
  // Each name, or its longer form where another action has the same name.
  const distinct = (names: readonly string[], longer: (index: number) => string): string[] => {
    const counts = new Map<string, number>()
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
    return names.map((name, index) => (counts.get(name)! > 1 ? longer(index) : name))
  }
  const plain = listed.map(([action]) => actionText(action, false))
  const stepped = distinct(plain, (index) => `${plain[index]} (${listed[index]![1]})`)
  const named = distinct(stepped, (index) => `${plain[index]} (${listed[index]![1]} of ${itemText(listed[index]![0].item)})`)
  const labels = new Map(listed.map(([action], index) => [action, named[index]!]))
  return { orders, label: (action) => labels.get(action) ?? actionText(action, false) }
}

/** Each setting with a value, as `label: "value"` (the walk against an empty record lists them all); empty ones are left out. */
function settings(record: JsonRecord, skip: ReadonlySet<string>, label: (key: string) => string, indent: string): string[] {
  return diffFields({}, record, { skipTop: skip, label }).flatMap((change) => {
    if (change.more !== undefined) return [`${indent}(${change.more.toLocaleString('en-US')} more settings)`]
    const text = change.after ?? ''
    if (text === '') return []
    return [`${indent}${change.label || 'value'}: ${change.literal ? text : (durationText(text) ?? JSON.stringify(text))}`]
  })
}
