// What a snapshot changes under output-dir, decided from values alone (no file system here).
import type { CanonicalFile, ExportedFlow, FailedFlow, Manifest, ManifestEntry, SelectionScope, SnapshotPlan } from '../model.js'
import { canonicalFile } from './canonical-file.js'
import { flowFilePath, MANIFEST_FILE } from './layout.js'
import { nameMatcher } from '../settings/flow-names.js'
import { isGoneFromSelection } from './scope.js'
import { errorMessage } from '../errors.js'

export interface PlanInput {
  readonly exported: readonly ExportedFlow[]
  readonly previous: Manifest | null
  readonly scope: SelectionScope
  /** Flows that were selected but failed to export: their files stay as they are. */
  readonly failedIds: ReadonlySet<string>
  /** Files already prepared while the export ran, by exported flow (run-steps/flow-pipeline.ts); the rest are prepared here. */
  readonly prepared?: ReadonlyMap<ExportedFlow, PreparedFile>
}

/** One exported flow's file: where it goes, its canonical text and its manifest entry. */
export interface PreparedFile {
  readonly path: string
  readonly content: string
  readonly entry: ManifestEntry
}

/**
 * Everything about one flow's file that needs no other flow: path, canonical text, hash and size.
 * Throws with a message naming the flow when it cannot be given a file or written as JSON.
 */
export function prepareFile(flow: ExportedFlow): PreparedFile {
  const path = flowFilePath(flow.ref)
  const file = serialise(flow)
  return { path, content: file.text, entry: entryFor(flow, path, file) }
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
    const { path, content } = file
    writes.push({ path, content })
    entries.set(flow.ref.id, file.entry)
    const before = previousById.get(flow.ref.id)
    if (before && before.path !== path) deletes.add(before.path)
  }

  const matchesNames = nameMatcher(input.scope.namePatterns)
  const keptIds = new Set([...input.failedIds, ...unwritable.map((flow) => flow.ref.id)])
  for (const entry of previousById.values()) {
    if (entries.has(entry.id)) continue
    if (isGoneFromSelection(entry, input.scope, keptIds, matchesNames)) deletes.add(entry.path)
    else entries.set(entry.id, entry)
  }

  // A path still owned by a flow (written or kept) is never deleted, whatever an old manifest said.
  for (const entry of entries.values()) deletes.delete(entry.path)

  // Routing entries are the routing step's (snapshot/routing-files.ts); until it runs, the previous ones stand.
  const routing = input.previous?.routing
  const manifest: Manifest = { formatVersion: 1, flows: [...entries.values()].sort(byId), ...(routing ? { routing } : {}) }
  writes.sort((a, b) => compare(a.path, b.path))
  writes.push({ path: MANIFEST_FILE, content: manifestJson(manifest) })
  return { writes, deletes: [...deletes].sort(compare), manifest, unwritable }
}

/** The manifest's text: fields in the contract's order (id first reads best), then canonical layout. */
export function manifestJson(manifest: Manifest): string {
  const flows = manifest.flows.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    version: e.version,
    path: e.path,
    sha256: e.sha256,
    bytes: e.bytes,
  }))
  // Written only when there is routing, so a repository without it keeps its manifest byte for byte.
  const routing = manifest.routing?.map((e) => ({ kind: e.kind, id: e.id, name: e.name, path: e.path, sha256: e.sha256 }))
  return JSON.stringify({ formatVersion: manifest.formatVersion, flows, ...(routing && routing.length > 0 ? { routing } : {}) }, null, 2) + '\n'
}

function serialise(flow: ExportedFlow): CanonicalFile {
  try {
    return canonicalFile(flow.document)
  } catch (error) {
    throw new Error(`Flow '${flow.ref.name}' (${flow.ref.id}) cannot be written as JSON: ${errorMessage(error)}. Its export is not a flow document; export it again or leave it out.`)
  }
}

function entryFor(flow: ExportedFlow, path: string, file: CanonicalFile): ManifestEntry {
  return { id: flow.ref.id, name: flow.ref.name, type: flow.ref.type, version: flow.ref.version, path, sha256: file.sha256, bytes: file.bytes }
}

function byId(a: ManifestEntry, b: ManifestEntry): number {
  return compare(a.id, b.id)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
