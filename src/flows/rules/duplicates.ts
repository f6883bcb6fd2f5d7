// duplicate-id: two items, choices or actions of one flow sharing an id make every reference to it
// ambiguous. The first holder keeps the id; each later one is reported on its own `id` field.
import type { Emit } from '../draft.js'
import { itemKind, nodeLabel, type FlowDocument } from '../document.js'
import type { Pointer } from '../json.js'

interface Holder {
  readonly kind: string
  readonly name: string
  readonly pointer: Pointer
}

export function checkDuplicateIds(flow: FlowDocument, emit: Emit): void {
  const seen = new Map<string, Holder>()
  const claim = (id: string, holder: Holder): void => {
    if (id === '') return
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, holder)
      return
    }
    emit({
      rule: 'duplicate-id',
      nodeId: id,
      pointer: [...holder.pointer, 'id'],
      message: `${holder.kind} ${nodeLabel({ name: holder.name, id })} has the same id as ${first.kind.toLowerCase()} "${first.name}". Give one of them a new id (copying the node in Architect does this), or remove the copy.`,
    })
  }
  for (const item of flow.items) {
    claim(item.id, { kind: capital(itemKind(item.type)), name: item.name, pointer: item.pointer })
    for (const action of item.actions) claim(action.id, { kind: 'Action', name: action.name, pointer: action.pointer })
    for (const choice of item.choices) {
      claim(choice.id, { kind: 'Menu choice', name: choice.name, pointer: choice.pointer })
      if (choice.action) claim(choice.action.id, { kind: 'Action', name: choice.action.name, pointer: choice.action.pointer })
    }
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
