// Reads the node structure of one flow document (docs/flow-format.md §1.2–1.4, §5.2):
// sequence items, their actions and menu choices. JSON pointers are built only when a finding needs
// one (a million-action flow should not allocate a million pointer arrays it never uses).
// `commonModules[].model` is never read: it is a copy of another flow, validated in that flow's own file.
import { arrayField, isRecord, recordField, stringField, type JsonRecord, type Pointer } from './json.js'
import { excerpt } from '../text/excerpt.js'

export class ActionNode {
  readonly id: string
  readonly type: string
  /** Set by the reachability walk. */
  reached = false
  /** `actionOutputs(this)`, kept once read: two rules walk the outputs of every action. */
  outputs: readonly unknown[] | undefined = undefined
  /** Read once: the references and reachability rules both follow it. */
  readonly nextAction: string

  constructor(
    readonly raw: JsonRecord,
    readonly item: ItemNode,
    /** Pointer of the list or field holding the action, shared by its siblings. */
    private readonly container: Pointer,
    /** Index in `actionList`; -1 for a menu choice's `action`. */
    readonly index: number,
  ) {
    this.id = stringField(raw, 'id')
    this.type = stringField(raw, '__type')
    this.nextAction = stringField(raw, 'nextAction')
  }

  get name(): string {
    return stringField(this.raw, 'name')
  }

  get pointer(): Pointer {
    return this.index === -1 ? this.container : [...this.container, this.index]
  }
}

export interface ChoiceNode {
  readonly id: string
  readonly name: string
  readonly raw: JsonRecord
  readonly pointer: Pointer
  readonly item: ItemNode
  readonly action: ActionNode | undefined
}

export interface ItemNode {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly raw: JsonRecord
  readonly pointer: Pointer
  readonly actions: ActionNode[]
  /** Edges resolve against this: the first action of each id in `actionList`. */
  readonly actionsById: Map<string, ActionNode>
  readonly choices: ChoiceNode[]
}

export interface FlowDocument {
  readonly raw: JsonRecord
  readonly items: ItemNode[]
  readonly itemsById: Map<string, ItemNode>
}

export function readFlowDocument(raw: JsonRecord): FlowDocument {
  const itemList = arrayField(raw, 'flowSequenceItemList')
  const items: ItemNode[] = []
  const itemsById = new Map<string, ItemNode>()
  for (let index = 0; index < itemList.length; index++) {
    const value = itemList[index]
    if (!isRecord(value)) continue
    const item = readItem(value, ['flowSequenceItemList', index])
    items.push(item)
    if (item.id !== '' && !itemsById.has(item.id)) itemsById.set(item.id, item)
  }
  return { raw, items, itemsById }
}

function readItem(raw: JsonRecord, pointer: Pointer): ItemNode {
  const item: ItemNode = {
    id: stringField(raw, 'id'),
    name: stringField(raw, 'name'),
    type: stringField(raw, '__type'),
    raw,
    pointer,
    actions: [],
    actionsById: new Map(),
    choices: [],
  }
  const actionList = arrayField(raw, 'actionList')
  const container = [...pointer, 'actionList']
  for (let index = 0; index < actionList.length; index++) {
    const value = actionList[index]
    if (!isRecord(value)) continue
    const action = new ActionNode(value, item, container, index)
    item.actions.push(action)
    if (action.id !== '' && !item.actionsById.has(action.id)) item.actionsById.set(action.id, action)
  }
  const choiceList = arrayField(raw, 'menuChoiceList')
  for (let index = 0; index < choiceList.length; index++) {
    const value = choiceList[index]
    if (!isRecord(value)) continue
    const choicePointer = [...pointer, 'menuChoiceList', index]
    const actionValue = value['action']
    item.choices.push({
      id: stringField(value, 'id'),
      name: stringField(value, 'name'),
      raw: value,
      pointer: choicePointer,
      item,
      action: isRecord(actionValue) ? new ActionNode(actionValue, item, [...choicePointer, 'action'], -1) : undefined,
    })
  }
  return item
}

/** `actionList` entries and menu choice actions, item by item. */
export function* allActions(flow: FlowDocument): Generator<ActionNode> {
  for (const item of flow.items) {
    yield* item.actions
    for (const choice of item.choices) if (choice.action) yield choice.action
  }
}

/** A resource or flow the document's `manifest` lists (docs/flow-format.md §1.4). */
export interface ManifestResource {
  readonly kind: string
  readonly id: string
  readonly name: string
  /** Its `context[].id`s: the actions using it (UI metadata, so only used to place or pair a change). */
  readonly users: readonly string[]
}

/** Each `manifest` entry with an id, with its kind: `manifest.<kind>[] = {id, name, context:[{id}]}`. */
export function* manifestEntries(raw: JsonRecord): Generator<ManifestResource> {
  const manifest = recordField(raw, 'manifest') ?? {}
  for (const kind of Object.keys(manifest)) {
    for (const entry of arrayField(manifest, kind)) {
      const id = isRecord(entry) ? stringField(entry, 'id') : ''
      if (id === '') continue
      const users = arrayField(entry as JsonRecord, 'context').flatMap((context) => (isRecord(context) && stringField(context, 'id') !== '' ? [stringField(context, 'id')] : []))
      yield { kind, id, name: stringField(entry as JsonRecord, 'name'), users }
    }
  }
}

/** `"Name" (id)`, how messages name a node so a person can find it in Architect and in the file. */
export function nodeLabel(node: { readonly name: string; readonly id: string }): string {
  // Both come from the file: bounded and control characters escaped, however long the author made them.
  const id = node.id === '' ? 'no id' : excerpt(node.id, ID_CHARS)
  return node.name === '' ? `(${id})` : `"${excerpt(node.name)}" (${id})`
}

/** Characters of an id a message shows: a GUID is 36. */
export const ID_CHARS = 60

/** `task "Billing" (id)`, `menu …`, `state …`. */
export function itemLabel(item: ItemNode): string {
  return `${itemKind(item.type)} ${nodeLabel(item)}`
}

export type ItemKind = 'task' | 'menu' | 'state' | 'item'

/**
 * The fields by which an action jumps to, calls or changes to an item (§1.3), the kind of item each must name,
 * and the field beside it where Architect records that item's name.
 */
export const ITEM_REFERENCES = [
  ['taskReference', 'task', 'taskName'],
  ['menuReference', 'menu', 'menuName'],
  ['stateReference', 'state', 'stateName'],
] as const

/** Item kinds by `__type` suffix: real documents have `Task`, `LoopTask`, `Menu`, `State`, `BotState`. */
export function itemKind(type: string): ItemKind {
  if (type.endsWith('Task')) return 'task'
  if (type.endsWith('Menu')) return 'menu'
  if (type.endsWith('State')) return 'state'
  return 'item'
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
