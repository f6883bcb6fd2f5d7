// broken-reference: node edges, item references and output references that resolve to nothing
// (docs/flow-format.md §5.2). Every reference checked is counted for the integrity rate.
import { MESSAGE_CHARS, onNode, pastMessageEnd, type DraftFinding, type Emit, type FindingNode, type ReferenceTally } from '../finding-draft.js'
import { allActions, capitalized, ITEM_REFERENCES, itemKind, itemLabel, nodeLabel, type ActionNode, type FlowDocument, type ItemKind, type ItemNode } from '../document.js'
import { actionOutputs } from '../edges.js'
import { arrayField, isRecord, stringField } from '../json.js'

export function checkReferences(flow: FlowDocument, emit: Emit, tally: ReferenceTally): void {
  const check = new Check(tally, emit)
  checkInitialSequence(flow, check)
  for (const item of flow.items) {
    checkItem(item, check)
    for (const action of item.actions) checkAction(flow, action, check)
    for (const choice of item.choices) if (choice.action) checkAction(flow, choice.action, check)
  }
  checkModuleReferences(flow, check)
}

/** Counts each reference checked; the finding is built only when the reference is broken. */
class Check {
  constructor(
    private readonly tally: ReferenceTally,
    private readonly emit: Emit,
  ) {}

  /** Counts the reference; true when it resolved. */
  counts(resolved: boolean): boolean {
    this.tally.checked++
    if (resolved) this.tally.valid++
    return resolved
  }

  report(draft: Omit<DraftFinding, 'rule'>): void {
    this.emit({ rule: 'broken-reference', ...draft })
  }

  /** Counts a reference in the field `field` of `node`; the message is written only when it is broken. */
  verifyField(resolved: boolean, node: FindingNode, field: string | number, message: () => string): void {
    if (!this.counts(resolved)) this.emit(onNode('broken-reference', node, message(), field))
  }
}

function checkInitialSequence(flow: FlowDocument, check: Check): void {
  const start = stringField(flow.raw, 'initialSequence')
  check.verifyField(start !== '' && flow.itemsById.has(start), { id: '', pointer: [] }, 'initialSequence', () =>
    start === ''
      ? 'The flow has no initialSequence, so nothing runs when it starts. Set a starting task, menu or state in Architect and export again.'
      : `initialSequence names item ${start}, which is not in flowSequenceItemList. Set the flow's starting task, menu or state in Architect and export again.`,
  )
}

function checkItem(item: ItemNode, check: Check): void {
  const start = stringField(item.raw, 'startAction')
  if (start !== '') {
    check.verifyField(item.actionsById.has(start), item, 'startAction', () =>
      `${capitalized(itemLabel(item))} starts at action ${start}, which is not in its actionList. Give the ${itemKind(item.type)} a first action in Architect and export again.`)
  }
  const defaultChoice = stringField(item.raw, 'defaultMenuChoice')
  if (defaultChoice !== '') {
    check.verifyField(item.choices.some((choice) => choice.id === defaultChoice), item, 'defaultMenuChoice', () =>
      `${capitalized(itemLabel(item))} has default choice ${defaultChoice}, which is not one of its menu choices. Pick an existing choice as the default in Architect.`)
  }
}

function checkAction(flow: FlowDocument, action: ActionNode, check: Check): void {
  const next = action.nextAction
  // The hot path, once per edge: no closure, no string until something is broken.
  if (next !== '' && !check.counts(action.item.actionsById.has(next))) {
    const message = `${where(action)} continues at action ${next}, which is not in the ${itemKind(action.item.type)}'s actionList. Reconnect what follows the action in Architect and export again.`
    check.report({ nodeId: action.id, pointer: [...action.pointer, 'nextAction'], message })
  }
  for (const output of actionOutputs(action)) {
    if (output.target === '' || check.counts(action.item.actionsById.has(output.target))) continue
    const message = `${where(action)}: its ${output.name} goes to action ${output.target}, which is not in the ${itemKind(action.item.type)}'s actionList. Reconnect that output to an existing action in Architect and export again.`
    check.report({ nodeId: action.id, pointer: output.pointer, message })
  }
  for (const [field, kind] of ITEM_REFERENCES) checkItemReference(flow, action, field, kind, check)
  checkOutputReferences(flow, action, check)
}

function checkItemReference(flow: FlowDocument, action: ActionNode, field: string, wanted: ItemKind, check: Check): void {
  const target = stringField(action.raw, field)
  if (target !== '') {
    const found = flow.itemsById.get(target)
    check.verifyField(found !== undefined && itemKind(found.type) === wanted, action, field, () =>
      found === undefined
        ? `${where(action)}: ${field} names ${wanted} ${target}, which is not in flowSequenceItemList. Point it at an existing ${wanted} in Architect and export again.`
        : `${where(action)}: ${field} names ${itemLabel(found)}, which is not a ${wanted}. Point it at a ${wanted} in Architect and export again.`,
    )
  }
}

/** `pathReference`, `cases[].referenceId`, `outputs[].referenceId` and a called task's outputs. */
function checkOutputReferences(flow: FlowDocument, action: ActionNode, check: Check): void {
  const pathReference = stringField(action.raw, 'pathReference')
  if (pathReference !== '') {
    const taskOutputs = outputIds(arrayField(action.item.raw, 'paths'))
    check.verifyField(taskOutputs.has(pathReference), action, 'pathReference', () =>
      `${where(action)} ends the ${itemKind(action.item.type)} through output ${pathReference}, which is not one of its outputs (${listOf(taskOutputs)}). Choose an existing task output in Architect.`)
  }
  checkListedOutputs(action, 'cases', check)
  checkListedOutputs(action, 'outputs', check)
  if (action.type === 'CallTaskAction') {
    const task = flow.itemsById.get(stringField(action.raw, 'taskReference'))
    // Another kind of item, or none, is reported as a broken taskReference.
    if (task !== undefined && itemKind(task.type) === 'task') checkListedOutputs(action, 'paths', check, task)
  }
}

/**
 * `cases[].referenceId` (SwitchAction) and `outputs[].referenceId` name outputs of the action's own paths; the
 * `paths[].outputId` of a Call Task (`task` given) name outputs of its task.
 */
function checkListedOutputs(action: ActionNode, field: 'cases' | 'outputs' | 'paths', check: Check, task?: ItemNode): void {
  const entries = arrayField(action.raw, field)
  if (entries.length === 0) return
  const known = outputIds(arrayField((task ?? action).raw, 'paths'))
  const idField = task === undefined ? 'referenceId' : 'outputId'
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]
    if (!isRecord(entry)) continue
    const id = stringField(entry, idField)
    if (id === '') continue
    if (check.counts(known.has(id))) continue
    const noun = field === 'cases' ? 'case' : 'output'
    const name = stringField(entry, 'name')
    const message =
      task === undefined
        ? `${where(action)}: ${noun} ${name === '' ? index + 1 : `"${name}"`} names output ${id}, which is not among the action's paths (${listOf(known)}). Recreate the ${noun} in Architect and export again.`
        : `${where(action)} has an output ${id} ("${stringField(entry, 'label')}") that ${itemLabel(task)} does not have (${listOf(known)}). Refresh the Call Task action in Architect so its outputs match the task.`
    check.report({ nodeId: action.id, pointer: [...action.pointer, field, index, idField], message })
  }
}

/** `commonModules[].actionReferences[]` must name `CallCommonModuleAction`s of this flow. */
function checkModuleReferences(flow: FlowDocument, check: Check): void {
  const modules = arrayField(flow.raw, 'commonModules')
  if (modules.length === 0) return
  const moduleCalls = new Set<string>()
  for (const action of allActions(flow)) if (action.type === 'CallCommonModuleAction') moduleCalls.add(action.id)
  for (let moduleIndex = 0; moduleIndex < modules.length; moduleIndex++) {
    const module = modules[moduleIndex]
    if (!isRecord(module)) continue
    const references = arrayField(module, 'actionReferences')
    const name = pastMessageEnd(stringField(module, 'name'))
    for (let index = 0; index < references.length; index++) {
      const reference = references[index]
      if (typeof reference !== 'string' || reference === '') continue
      const list = { id: reference, pointer: ['commonModules', moduleIndex, 'actionReferences'] }
      check.verifyField(moduleCalls.has(reference), list, index, () =>
        `Common module "${name}" lists caller ${reference}, which is not a Call Common Module action of this flow. Open and save the flow in Architect so the module list is rebuilt, then export again.`)
    }
  }
}

/** Each `paths` list's output ids, collected once: every End Task and Call Task of a task asks for its outputs. */
const outputIdsOf = new WeakMap<readonly unknown[], Set<string>>()

function outputIds(paths: readonly unknown[]): Set<string> {
  let ids = outputIdsOf.get(paths)
  if (ids !== undefined) return ids
  ids = new Set<string>()
  for (const path of paths) if (isRecord(path)) ids.add(stringField(path, 'outputId'))
  ids.delete('')
  outputIdsOf.set(paths, ids)
  return ids
}

/** Each list written once, and no longer than a message shows: every broken reference into a task quotes it. */
const listed = new WeakMap<ReadonlySet<string>, string>()

function listOf(ids: ReadonlySet<string>): string {
  let text = listed.get(ids)
  if (text !== undefined) return text
  const shown: string[] = []
  let chars = -2
  for (const id of ids) {
    if (chars > MESSAGE_CHARS) break
    shown.push(id)
    chars += id.length + 2
  }
  text = ids.size === 0 ? 'it has none' : pastMessageEnd(shown.join(', '))
  listed.set(ids, text)
  return text
}

/** How messages introduce an action; built only when a finding needs it. */
function where(action: ActionNode): string {
  return `Action ${nodeLabel(action)} in ${itemLabel(action.item)}`
}
