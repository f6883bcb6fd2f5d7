// What a snapshot changes under output-dir, decided from values alone (no file system here).
import type { ExportedFlow, FailedFlow, Manifest, ManifestEntry, SelectionScope, SnapshotPlan } from '../model.js'
import { canonicalFile } from './canonical.js'
import { compareText } from '../text/compare.js'
import { flowFilePath, MANIFEST_FILE } from './layout.js'
import { nameMatcher } from '../settings/flow-names.js'
import { errorMessage } from '../errors.js'

export interface PlanInput {
  readonly exported: readonly ExportedFlow[]
  readonly previous: Manifest | null
  readonly scope: SelectionScope
  /** Flows that were selected but failed to export: their files stay as they are. */
  readonly failedIds: ReadonlySet<string>
  /** Files already prepared while the export ran, by exported flow (run-steps/change-review.ts); the rest are prepared here. */
  readonly prepared?: ReadonlyMap<ExportedFlow, PreparedFile>
}

export type PreparedFile = ReturnType<typeof prepareFile>

/**
 * One exported flow's file: where it goes, its canonical text and its manifest entry.
 * Throws with a message naming the flow when it cannot be given a file or written as JSON.
 */
export function prepareFile(flow: ExportedFlow) {
  const { id, name, type, version } = flow.ref
  const path = flowFilePath(flow.ref)
  try {
    const { text, sha256, bytes } = canonicalFile(flow.document)
    return { path, content: text, entry: { id, name, type, version, path, sha256, bytes } }
  } catch (error) {
    throw new Error(`Flow '${name}' (${id}) cannot be written as JSON: ${errorMessage(error)}. Its export is not a flow document; export it again or leave it out.`)
  }
}

/**
 * Files to write (every exported flow plus `manifest.json`) and to delete (old paths of renamed or
 * retyped flows, and flows of the previous manifest that are gone from this run's selection).
 * Entries of flows this run did not touch are kept, so a run for one type never drops another's.
 * A flow that cannot be given a file or written as JSON is named in `unwritable` (its previous file,
 * if any, is kept) instead of stopping the snapshot of every other flow.
 */
export function planSnapshot(input: PlanInput): SnapshotPlan {
  const previousById = new Map((input.previous?.flows ?? []).map((entry) => [entry.id, entry]))
  const writes: { path: string; content: string }[] = []
  const entries = new Map<string, ManifestEntry>()
  const deletes = new Set<string>()
  const unwritable: FailedFlow[] = []

  // Last one wins if the exporter ever hands over the same flow twice.
  const exportedById = new Map(input.exported.map((flow) => [flow.ref.id, flow]))
  for (const flow of exportedById.values()) {
    let file: PreparedFile
    try {
      file = input.prepared?.get(flow) ?? prepareFile(flow)
    } catch (error) {
      unwritable.push({ ref: flow.ref, reason: errorMessage(error) })
      continue
    }
    writes.push({ path: file.path, content: file.content })
    entries.set(flow.ref.id, file.entry)
    const before = previousById.get(flow.ref.id)
    if (before && before.path !== file.path) deletes.add(before.path)
  }

  // A flow of the previous snapshot is gone (and its file may go) only when it was inside this run's selection,
  // was not listed, and did not merely fail to export or to be written; otherwise its entry stays.
  const { listedTypes, listedIds, namePatterns } = input.scope
  const matchesNames = nameMatcher(namePatterns)
  const keptIds = new Set([...input.failedIds, ...unwritable.map((flow) => flow.ref.id)])
  for (const entry of previousById.values()) {
    if (entries.has(entry.id)) continue
    const selected = (listedTypes as readonly string[]).includes(entry.type) && matchesNames(entry.name)
    if (selected && !listedIds.has(entry.id) && !keptIds.has(entry.id)) deletes.add(entry.path)
    else entries.set(entry.id, entry)
  }

  // A path still owned by a flow (written or kept) is never deleted, whatever an old manifest said.
  for (const entry of entries.values()) deletes.delete(entry.path)

  // Routing entries are the routing step's (snapshot/routing-files.ts); until it runs, the previous ones stand.
  const routing = input.previous?.routing
  const flows = [...entries.values()].sort((a, b) => compareText(a.id, b.id))
  const manifest: Manifest = { formatVersion: 1, flows, ...(routing ? { routing } : {}) }
  writes.sort((a, b) => compareText(a.path, b.path))
  writes.push({ path: MANIFEST_FILE, content: manifestJson(manifest) })
  return { writes, deletes: [...deletes].sort(compareText), manifest, unwritable }
}

/** The manifest's text: fields in the contract's order (id first reads best), then canonical layout. */
export function manifestJson(manifest: Manifest): string {
  const flows = manifest.flows.map(({ id, name, type, version, path, sha256, bytes }) =>
    ({ id, name, type, version, path, sha256, bytes }))
  // Written only when there is routing, so a repository without it keeps its manifest byte for byte.
  const routing = manifest.routing?.map(({ kind, id, name, path, sha256 }) => ({ kind, id, name, path, sha256 }))
  return JSON.stringify({ formatVersion: manifest.formatVersion, flows, ...(routing && routing.length > 0 ? { routing } : {}) }, null, 2) + '\n'
}
