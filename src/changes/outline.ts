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
import { append } from './change-draft.js'
import { diffFields, type FieldChange } from './fields.js'
import { FLOW_SKIP } from './flow-level.js'
import { actionText, choiceText, fieldLabel, flowFieldLabel, itemFieldLabel, itemText } from './labels.js'
import { ACTION_SKIP, CHOICE_SKIP, ITEM_SKIP } from './items.js'
import { itemRefText, jumpText } from './wiring.js'

/** The outline writes an action's type in its name and its outputs as edges, not as settings. */
const ACTION_LINE_SKIP = new Set([...ACTION_SKIP, '__type', 'paths', 'path'])

export function flowOutline(original: JsonRecord): string {
  const document = JSON.parse(canonicalJson(original)) as JsonRecord
  const flow = readFlowDocument(document, arrayField(document, 'flowSequenceItemList'))
  const lines = [`flow "${stringField(document, 'name')}" (${stringField(document, 'type') || 'unknown type'})`]
  append(lines, settings(document, FLOW_SKIP, flowFieldLabel, '  '))
  lines.push(`  starts at ${itemRefText(flow, stringField(document, 'initialSequence'))}`)
  for (const item of flow.items) append(lines, itemLines(flow, item))
  const calls = arrayField(document, 'commonModules').length
  if (calls > 0) lines.push(`(${calls} common module snapshot${calls === 1 ? '' : 's'} copied in; not part of this flow)`)
  return `${lines.join('\n')}\n`
}

function itemLines(flow: FlowDocument, item: ItemNode): string[] {
  const lines = ['', itemText(item), ...settings(item.raw, ITEM_SKIP, itemFieldLabel, '  ')]
  const start = item.actionsById.get(stringField(item.raw, 'startAction'))
  if (start !== undefined) lines.push(`  starts with ${named(start)}`)
  const defaultChoice = item.choices.find((choice) => choice.id === stringField(item.raw, 'defaultMenuChoice'))
  if (defaultChoice !== undefined) lines.push(`  default ${choiceText(defaultChoice)}`)
  for (const action of item.actions) append(lines, actionLines(flow, item, action, '  '))
  for (const choice of item.choices) {
    lines.push(`  ${choiceText(choice)} runs ${choice.action === undefined ? 'nothing' : jumpText(flow, choice.action) || named(choice.action)}`)
    lines.push(...settings(choice.raw, CHOICE_SKIP, (key) => fieldLabel(key, 'MenuChoice'), '    '))
    if (choice.action !== undefined) lines.push(...settings(choice.action.raw, ACTION_LINE_SKIP, (key) => fieldLabel(key, choice.action!.type), '    '))
  }
  return lines
}

function actionLines(flow: FlowDocument, item: ItemNode, action: ActionNode, indent: string): string[] {
  const lines = [`${indent}${named(action)}`, ...settings(action.raw, ACTION_LINE_SKIP, (key) => fieldLabel(key, action.type), `${indent}  `)]
  const target = (id: string): string => {
    const next = item.actionsById.get(id)
    return next === undefined ? `a missing action (${id})` : named(next)
  }
  const jump = jumpText(flow, action)
  if (jump !== '') lines.push(`${indent}  goes to ${jump}`)
  for (const output of actionOutputs(action)) {
    lines.push(`${indent}  "${output.label}" → ${output.target === '' ? 'nothing (empty branch)' : target(output.target)}`)
  }
  if (action.nextAction !== '') lines.push(`${indent}  then ${target(action.nextAction)}`)
  return lines
}

function named(action: ActionNode): string {
  return actionText(action, false)
}

/** Each setting with a value, as `label: "value"` (the walk against an empty record lists them all). */
function settings(record: JsonRecord, skip: ReadonlySet<string>, label: (key: string) => string, indent: string): string[] {
  return diffFields({}, record, { skipTop: skip, label }).map((change) => `${indent}${change.label || 'value'}: ${value(change)}`)
}

function value(change: FieldChange): string {
  const text = change.after ?? ''
  return change.literal ? text : JSON.stringify(text)
}
