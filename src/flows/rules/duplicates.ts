// duplicate-id: two items, choices or actions of one flow sharing an id make every reference to it
// ambiguous. The first holder keeps the id; each later one is reported on its own `id` field.
import { onNode, pastMessageEnd, type Emit } from '../finding-draft.js'
import { ActionNode, capitalized, itemKind, nodeLabel, type ChoiceNode, type FlowDocument, type ItemNode } from '../document.js'

/** What can hold an id, and how a message names it. */
type Holder = ItemNode | ActionNode | ChoiceNode

function kindOf(holder: Holder): string {
  if (holder instanceof ActionNode) return 'action'
  if ('actionsById' in holder) return itemKind(holder.type)
  return 'menu choice'
}

export function checkDuplicateIds(flow: FlowDocument, emit: Emit): void {
  const seen = new Map<string, Holder>()
  for (const item of flow.items) {
    claim(seen, item, emit)
    for (const action of item.actions) claim(seen, action, emit)
    for (const choice of item.choices) {
      claim(seen, choice, emit)
      if (choice.action) claim(seen, choice.action, emit)
    }
  }
}

function claim(seen: Map<string, Holder>, holder: Holder, emit: Emit): void {
  const id = holder.id
  if (id === '') return
  const first = seen.get(id)
  if (first === undefined) {
    seen.set(id, holder)
    return
  }
  const message = `${capitalized(kindOf(holder))} ${nodeLabel(holder)} has the same id as ${kindOf(first)} "${pastMessageEnd(first.name)}". Give one of them a new id (copying the node in Architect does this), or remove the copy.`
  emit(onNode('duplicate-id', holder, message))
}
