import type { ExportResult, ExportedFlow, FailedFlow, Finding, FlowFile, FlowOutcome, FlowRef, RunChanges, RunResult, SnapshotPlan } from '../model.js'
import { redact } from '../text/redact.js'
import { excerpt } from '../text/excerpt.js'

/** The flows one run has in hand, whether exported from Genesys Cloud or read from the repository. */
export interface FlowsInHand
  extends Pick<ExportResult, 'exported' | 'failed' | 'skipped' | 'stats'>,
    Pick<RunResult, 'resources' | 'routing' | 'warnings' | 'exportService'> {
  readonly files: FlowFile[]
  /** Flows in the repository's manifest that this run did not export: they satisfy calls to them. */
  readonly knownFlows: ReadonlyMap<string, string>
  /** What to write under output-dir (absent in mode validate). */
  readonly plan?: SnapshotPlan
  /** What changed since the previous snapshot (mode validate: since a pull request's base branch); never rejects. */
  readonly changes?: Promise<RunChanges | undefined>
  /** What the call routing's checks found; absent when off. */
  readonly routingFindings?: readonly Finding[]
}

/** Pairs each exported flow with the file the plan writes for it, as validation reads it. */
export function exportedFlowsInHand(result: ExportResult, plan: SnapshotPlan, outputDir: string): FlowsInHand {
  const contentByPath = new Map(plan.writes.map((write) => [write.path, write.content]))
  const entryById = new Map(plan.manifest.flows.map((entry) => [entry.id, entry]))
  const unwritableIds = new Set(plan.unwritable.map((flow) => flow.ref.id))
  const exported = result.exported.filter((flow) => !unwritableIds.has(flow.ref.id))
  const files: FlowFile[] = exported.map((flow) => {
    const entry = entryById.get(flow.ref.id)
    if (entry === undefined) throw new Error(`Internal error: flow ${flow.ref.id} is missing from the planned manifest.`)
    return flowFileOf(flow, outputDir, entry.path, contentByPath.get(entry.path) ?? '')
  })
  const exportedIds = new Set(exported.map((flow) => flow.ref.id))
  const knownFlows = new Map(
    plan.manifest.flows.filter((entry) => !exportedIds.has(entry.id)).map((entry) => [entry.id, entry.type.toLowerCase()]),
  )
  return {
    files,
    exported,
    failed: [...result.failed, ...plan.unwritable],
    skipped: result.skipped,
    knownFlows,
    stats: result.stats,
    plan,
    ...(result.service === undefined ? {} : { exportService: result.service }),
  }
}

/** An exported flow as validation reads it: its repository-relative file (`path` under output-dir) and the text written there. */
export function flowFileOf(flow: ExportedFlow, outputDir: string, path: string, text: string): FlowFile {
  return { id: flow.ref.id, name: flow.ref.name, type: flow.ref.type, file: `${outputDir}/${path}`, text, document: flow.document, bytes: flow.bytes }
}

export function outcomesOf(inHand: FlowsInHand, mode: RunResult['mode'], written: boolean): FlowOutcome[] {
  if (mode === 'validate') {
    // The name is from a file of the repository (a pull request's): bounded like every value taken from one.
    return inHand.files.map((file) => ({
      id: file.id, name: excerpt(file.name), type: file.type, version: '', path: file.file,
      status: 'validated', error: file.readError ?? '',
    }))
  }
  const fileById = new Map(inHand.files.map((file) => [file.id, file.file]))
  return [
    ...inHand.exported.map((flow): FlowOutcome =>
      written
        ? { ...named(flow.ref), path: fileById.get(flow.ref.id) ?? '', status: 'exported', error: '' }
        : { ...named(flow.ref), path: '', status: 'failed', error: 'Exported, but the snapshot could not be written (see the run\'s error).' },
    ),
    ...inHand.failed.map((flow) => notExported(flow, 'failed')),
    ...inHand.skipped.map((flow) => notExported(flow, 'skipped')),
  ]
}

function notExported(flow: FailedFlow, status: 'failed' | 'skipped'): FlowOutcome {
  const serviceMessage = flow.serviceMessage === undefined ? {} : { serviceMessage: redact(flow.serviceMessage) }
  return { ...named(flow.ref), path: '', status, error: redact(flow.reason), ...serviceMessage }
}

/** The reference fields a report shows (not the entity's hold, which the reason already explains). */
function named({ hold, ...shown }: FlowRef): Omit<FlowRef, 'hold'> {
  return shown
}

/** success: every selected flow exported; partial: some failed; failed: none exported, or the run stopped. */
export function statusOf(inHand: FlowsInHand, fatalError: string | undefined): RunResult['status'] {
  if (fatalError !== undefined) return 'failed'
  if (inHand.failed.length === 0) return 'success'
  return inHand.exported.length > 0 ? 'partial' : 'failed'
}
