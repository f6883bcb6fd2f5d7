// Shared by every part of the model: one version of a flow as a review reads it (read once), and a change
// before its line is known (not a finding: flows/finding-draft.ts); lines are resolved per flow in one pass.
import { allActions, manifestEntries, readFlowDocument, type ActionNode, type FlowDocument, type ManifestResource } from '../flows/document.js'
import type { JsonRecord, Pointer } from '../flows/json.js'
import type { FlowChange } from '../flow-review.js'

export interface FlowView extends FlowDocument {
  /** Every action by id, menu choice actions included; the first of an id that is used twice. */
  readonly actions: ReadonlyMap<string, ActionNode>
  /** The `manifest`'s resources (docs/flow-format.md §1.4). */
  readonly manifest: readonly ManifestResource[]
  /** Each resource id the manifest names, with its name: how a swap under one name is told apart. */
  readonly names: ReadonlyMap<string, string>
}

/** The two versions of the flow under review. */
export interface Versions {
  readonly before: FlowView
  readonly after: FlowView
}

export function flowView(raw: JsonRecord): FlowView {
  const flow = readFlowDocument(raw)
  const actions = new Map<string, ActionNode>()
  for (const action of allActions(flow)) if (action.id !== '' && !actions.has(action.id)) actions.set(action.id, action)
  const manifest = [...manifestEntries(raw)]
  const names = new Map(manifest.filter(({ name }) => name !== '').map(({ id, name }) => [id, name]))
  return { ...flow, actions, manifest, names }
}

export interface ChangeDraft extends Omit<FlowChange, 'line'> {
  /** Where the change shows in the new document; undefined when it has no place there. */
  readonly pointer?: Pointer
}

/** `target.push(...items)` without spreading: a flow can have more changes than a call has argument slots. */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item)
}
