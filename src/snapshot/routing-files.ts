// The committed call-routing files: `routing/<kind>/<slug>--<id>.json` under output-dir, each object as the API
// answered it without its save stamps, and the manifest's `routing` entries (action-contract.md "Files in the
// repository"). Decided from values alone; the files are written with the flows' (write.ts).
import type { Manifest, SnapshotPlan } from '../model.js'
import type { RoutingManifestEntry } from '../routing-model.js'
import { ROUTING_KINDS, type RoutingFile, type RoutingKind } from '../routing/types.js'
import { canonicalFile } from './canonical.js'
import { MANIFEST_FILE, slugify } from './layout.js'
import { parseJsonOrUndefined } from '../text/json.js'
import { compareText } from '../text/compare.js'
import { manifestJson } from './plan.js'

export const ROUTING_FOLDER = 'routing'

/**
 * Fields that change on every save and say nothing about where a call goes: left out, so that an unchanged
 * routing gives byte-identical files.
 */
export const SAVE_STAMP_FIELDS = ['dateCreated', 'dateModified', 'createdBy', 'modifiedBy', 'createdByApp', 'modifiedByApp', 'selfUri'] as const

// Genesys ids are UUIDs; anything else could smuggle path syntax in, so such an object is left out, not cleaned.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/

/** `routing/call-routes/main-line--<id>.json`, relative to output-dir. */
export function routingFilePath(kind: RoutingKind, name: string, id: string): string {
  return `${ROUTING_FOLDER}/${kind}/${slugify(name)}--${id}.json`
}

/** The object without its save stamps, at every depth (an embedded reference's `selfUri` only repeats its id). */
export function withoutSaveStamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSaveStamps)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !(SAVE_STAMP_FIELDS as readonly string[]).includes(key))
      .map(([key, child]) => [key, withoutSaveStamps(child)]),
  )
}

export interface RoutingPlan {
  /** Relative to output-dir. */
  readonly writes: { readonly path: string; readonly content: string }[]
  readonly deletes: string[]
  readonly entries: RoutingManifestEntry[]
  /** Every object the manifest lists after this run, as its committed file (paths repository-relative). */
  readonly files: RoutingFile[]
  /** Objects that cannot be given a file (an id that is not an id), named for a warning. */
  readonly unwritable: string[]
}

export interface RoutingPlanInput {
  /** The objects listed this run, by kind; a kind absent here was not read (refused, or routing off). */
  readonly listed: ReadonlyMap<RoutingKind, readonly (Record<string, unknown> & { readonly id: string })[]>
  readonly previous: readonly RoutingManifestEntry[]
  readonly outputDir: string
  /** The text of a previous file whose kind was not read this run, so that it is still checked (null: unreadable). */
  readonly previousText: (entry: RoutingManifestEntry) => string | null
}

/**
 * Files to write and delete for the routing: a listed kind is written in full and its objects gone from the org
 * are deleted (like flows); a kind not read this run keeps its files and entries as they are.
 */
export function planRouting(input: RoutingPlanInput): RoutingPlan {
  const writes: { path: string; content: string }[] = []
  const deletes = new Set<string>()
  const entries: RoutingManifestEntry[] = []
  const files: RoutingFile[] = []
  const unwritable: string[] = []
  const previousByKey = new Map(input.previous.map((entry) => [`${entry.kind}/${entry.id}`, entry]))
  for (const kind of ROUTING_KINDS) {
    const listed = input.listed.get(kind)
    if (listed === undefined) {
      for (const entry of input.previous.filter((candidate) => candidate.kind === kind)) {
        entries.push(entry)
        const text = input.previousText(entry)
        if (text !== null) files.push(routingFileOf(kind, entry.id, entry.name, `${input.outputDir}/${entry.path}`, text))
      }
      continue
    }
    const seen = new Set<string>()
    for (const object of listed) {
      if (!SAFE_ID.test(object.id)) {
        unwritable.push(`${kind} object with id '${object.id.slice(0, 100)}'`)
        continue
      }
      if (seen.has(object.id)) continue
      seen.add(object.id)
      const name = typeof object.name === 'string' ? object.name : ''
      const path = routingFilePath(kind, name, object.id)
      const file = canonicalFile(withoutSaveStamps(object))
      writes.push({ path, content: file.text })
      entries.push({ kind, id: object.id, name, path, sha256: file.sha256 })
      files.push(routingFileOf(kind, object.id, name, `${input.outputDir}/${path}`, file.text))
      const before = previousByKey.get(`${kind}/${object.id}`)
      if (before && before.path !== path) deletes.add(before.path)
    }
    for (const entry of input.previous) if (entry.kind === kind && !seen.has(entry.id)) deletes.add(entry.path)
  }
  for (const entry of entries) deletes.delete(entry.path)
  entries.sort(byKindThenId)
  return { writes, deletes: [...deletes].sort(), entries, files, unwritable }
}

/** The snapshot plan with the routing's files and manifest entries added. */
export function withRouting(plan: SnapshotPlan, routing: RoutingPlan): SnapshotPlan {
  const manifest: Manifest = { ...plan.manifest, routing: routing.entries }
  const writes = [...plan.writes.filter((write) => write.path !== MANIFEST_FILE), ...routing.writes, { path: MANIFEST_FILE, content: manifestJson(manifest) }]
  const deletes = [...new Set([...plan.deletes, ...routing.deletes])].filter((path) => !routing.entries.some((entry) => entry.path === path)).sort()
  return { ...plan, writes, deletes, manifest }
}

/** A committed routing file as the routing checks read it; `path` repository-relative. */
export function routingFileOf(kind: RoutingKind, id: string, name: string, path: string, text: string): RoutingFile {
  return { kind, id, name, path, text, object: parseJsonOrUndefined(text) }
}

export function isRoutingKind(value: string): value is RoutingKind {
  return (ROUTING_KINDS as readonly string[]).includes(value)
}

function byKindThenId(a: RoutingManifestEntry, b: RoutingManifestEntry): number {
  const kinds = ROUTING_KINDS as readonly string[]
  return kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || compareText(a.id, b.id)
}
