import type { ExportResult, ExportedFlow, FailedFlow, FlowFile, FlowOutcome, RequestStats, RunChanges, RunStatus, SnapshotPlan } from '../model.js'
import type { Settings } from '../settings/types.js'
import { redact } from '../redact.js'

/** The flows one run has in hand, whether exported from Genesys Cloud or read from the repository. */
export interface Collected {
  readonly files: FlowFile[]
  readonly exported: ExportedFlow[]
  readonly failed: FailedFlow[]
  /** Flows in the repository's manifest that this run did not export: they satisfy calls to them. */
  readonly knownFlows: ReadonlyMap<string, string>
  readonly stats: RequestStats
  /** What to write under output-dir (absent in mode validate). */
  readonly plan?: SnapshotPlan
  /** What changed since the previous snapshot (mode validate: since a pull request's base branch); never rejects. */
  readonly changes?: Promise<RunChanges | undefined>
}

/** Pairs each exported flow with the file the plan writes for it, as validation reads it. */
export function collectExported(result: ExportResult, plan: SnapshotPlan, outputDir: string): Collected {
  const contentByPath = new Map(plan.writes.map((write) => [write.path, write.content]))
  const entryById = new Map(plan.manifest.flows.map((entry) => [entry.id, entry]))
  const unwritableIds = new Set(plan.unwritable.map((flow) => flow.ref.id))
  const exported = result.exported.filter((flow) => !unwritableIds.has(flow.ref.id))
  const files: FlowFile[] = exported.map((flow) => {
    const entry = entryById.get(flow.ref.id)
    if (entry === undefined) throw new Error(`Internal error: flow ${flow.ref.id} is missing from the planned manifest.`)
    return flowFileOf(flow, `${outputDir}/${entry.path}`, contentByPath.get(entry.path) ?? '')
  })
  const exportedIds = new Set(exported.map((flow) => flow.ref.id))
  const knownFlows = new Map(
    plan.manifest.flows.filter((entry) => !exportedIds.has(entry.id)).map((entry) => [entry.id, entry.type.toLowerCase()]),
  )
  return { files, exported, failed: [...result.failed, ...plan.unwritable], knownFlows, stats: result.stats, plan }
}

/** `written`: the flow files reached the disk; when they did not, no flow counts as exported. */
/** An exported flow as validation reads it: its repository-relative file and the text written there. */
export function flowFileOf(flow: ExportedFlow, file: string, text: string): FlowFile {
  return { id: flow.ref.id, name: flow.ref.name, type: flow.ref.type, file, text, document: flow.document, bytes: flow.bytes }
}

export function outcomesOf(collected: Collected, settings: Settings, written: boolean): FlowOutcome[] {
  if (settings.mode === 'validate') {
    return collected.files.map((file) => ({
      id: file.id,
      name: file.name,
      type: file.type,
      version: '',
      path: file.file,
      status: 'validated',
      error: file.readError ?? '',
    }))
  }
  const fileById = new Map(collected.files.map((file) => [file.id, file.file]))
  return [
    ...collected.exported.map((flow): FlowOutcome =>
      written
        ? { ...flow.ref, path: fileById.get(flow.ref.id) ?? '', status: 'exported', error: '' }
        : { ...flow.ref, path: '', status: 'failed', error: 'Exported, but the snapshot could not be written (see the run\'s error).' },
    ),
    ...collected.failed.map((flow): FlowOutcome => ({ ...flow.ref, path: '', status: 'failed', error: redact(flow.reason) })),
  ]
}

/** success: every selected flow exported; partial: some failed; failed: none exported, or the run stopped. */
export function statusOf(collected: Collected, fatalError: string | undefined): RunStatus {
  if (fatalError !== undefined) return 'failed'
  if (collected.failed.length === 0) return 'success'
  return collected.exported.length > 0 ? 'partial' : 'failed'
}
