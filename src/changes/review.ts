// One flow's review: the changes between two versions of its configuration JSON, each pinned to
// its line in the new file. Pure: documents in, plain values out.
import { readFlowDocument, type FlowDocument } from '../flows/document.js'
import { isRecord, sameJsonData, type JsonRecord } from '../flows/json.js'
import { resolveLines } from '../flows/lines.js'
import { canonicalJson } from '../snapshot/canonical.js'
import { alignIds } from './align.js'
import { FLOW_SKIP, flowCallChanges, flowSettingChanges, resourceChanges } from './flow-level.js'
import { itemChanges } from './items.js'
import { quoted } from './labels.js'
import { plural } from '../text/plural.js'
import type { ChangeKind, FlowChange, FlowReview, FlowStatus } from '../flow-review.js'
import { append, flowView, type ChangeDraft, type Versions } from './view.js'
import { flowStartChange } from './wiring.js'

/** `before` / `after`: anything that is not a JSON object counts as undefined. */
interface ReviewInput {
  /** The previous configuration JSON; undefined for a flow that is new. */
  readonly before: unknown
  /** The new configuration JSON; undefined for a flow that was removed. */
  readonly after?: unknown
  /** The new file's text, for line numbers; by default the canonical serialisation the Action commits. */
  readonly afterText?: string
  readonly flowId: string
  readonly name: string
  readonly versionFrom?: string
  readonly versionTo?: string
}

/** How many safety-net changes a flow gets when the model itemised nothing but the meaning changed. */
const MAX_UNITEMISED = 5

export function reviewFlowChange(input: ReviewInput): FlowReview {
  const before = isRecord(input.before) ? input.before : undefined
  const after = isRecord(input.after) ? input.after : undefined
  const base = { flowId: input.flowId, name: input.name, versionFrom: input.versionFrom ?? '', versionTo: input.versionTo ?? '' }
  if (after === undefined || before === undefined) {
    if (after === undefined && before === undefined) return { ...base, status: 'unchanged', changes: [], counts: {} }
    const status: FlowStatus = after === undefined ? 'removed' : 'added'
    const text = `${status === 'added' ? 'New flow' : 'Removed flow'} ${quoted(input.name)}${contents(readFlowDocument((after ?? before)!))}`
    const change: FlowChange = { kind: 'flow', text, ...(status === 'added' ? { line: 1 } : {}) }
    return { ...base, status, changes: [change], counts: { flow: 1 } }
  }
  const drafts = collectDrafts(before, after)
  const changes = withLines(drafts, () => input.afterText ?? canonicalJson(after))
  const previousName = typeof before['name'] === 'string' && before['name'] !== after['name'] ? before['name'] : undefined
  const status: FlowStatus = changes.length > 0 ? 'changed' : sameJsonData(before, after) ? 'unchanged' : 'layout-only'
  return { ...base, ...(previousName === undefined ? {} : { previousName }), status, changes, counts: countKinds(changes) }
}

function collectDrafts(before: JsonRecord, after: JsonRecord): ChangeDraft[] {
  const newFlow = flowView(after)
  // Actions, items and choices re-created in place are read as the same ones (align.ts).
  const flows: Versions = { before: alignIds(flowView(before), newFlow), after: newFlow }
  const drafts = [...flowSettingChanges(flows), ...flowStartChange(flows), ...itemChanges(flows)]
  append(drafts, flowCallChanges(flows, actionsWith(drafts, 'flow-call')))
  append(drafts, resourceChanges(flows, actionsWith(drafts, 'resource')))
  if (drafts.length === 0) append(drafts, unitemised(flows))
  return drafts
}

function actionsWith(drafts: readonly ChangeDraft[], kind: ChangeKind): Set<string> {
  return new Set(drafts.flatMap((draft) => (draft.kind === kind && draft.actionId !== undefined ? [draft.actionId] : [])))
}

/** The safety net: when nothing above itemised a change, a walk of the whole document says it (never "layout-only"). */
function unitemised(flows: Versions): ChangeDraft[] {
  const skip = new Set([...FLOW_SKIP].filter((key) => key !== 'flowSequenceItemList' && key !== 'initialSequence'))
  return flowSettingChanges(flows, skip).slice(0, MAX_UNITEMISED)
}

function withLines(drafts: readonly ChangeDraft[], text: () => string): FlowChange[] {
  const pinned = drafts.flatMap((draft) => (draft.pointer === undefined ? [] : [draft.pointer]))
  const lines = pinned.length === 0 ? [] : resolveLines(text(), pinned)
  let next = 0
  const changes = drafts.map(({ pointer, ...change }): FlowChange => (pointer === undefined ? change : { ...change, line: lines[next++]! }))
  // Top to bottom of the new file, then the flow calls and resources those edits brought or dropped; gone things last.
  const group = (change: FlowChange): number => (change.line === undefined ? 2 : change.kind === 'flow-call' || change.kind === 'resource' ? (change.itemId === undefined ? 1 : 0) : 0)
  return changes.sort((a, b) => group(a) - group(b) || (a.line ?? 0) - (b.line ?? 0))
}

function countKinds(changes: readonly FlowChange[]): Partial<Record<ChangeKind, number>> {
  const counts: Partial<Record<ChangeKind, number>> = {}
  for (const change of changes) counts[change.kind] = (counts[change.kind] ?? 0) + 1
  return counts
}

/** ` (2 tasks, 1 menu, 14 actions)`: what a new or removed flow holds. */
function contents(flow: FlowDocument): string {
  const tally = { task: 0, menu: 0, state: 0, action: 0 }
  for (const item of flow.items) {
    tally[item.type.endsWith('Menu') ? 'menu' : item.type.endsWith('State') ? 'state' : 'task']++
    tally.action += item.actions.length + item.choices.length
  }
  const parts = Object.entries(tally).filter(([, count]) => count > 0).map(([kind, count]) => plural(count, kind))
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`
}
