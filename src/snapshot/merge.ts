// Two runs that snapshot different flows at the same time both rewrite manifest.json. When this
// run's commit is replayed onto the other's, the manifests are merged by flow id: the other run's
// entries stay, and every entry this run added, changed or removed is applied on top (this run wins).
import type { Manifest, ManifestEntry } from '../model.js'
import { compareText } from '../text/compare.js'

/** `stalePaths`: paths (relative to output-dir) the upstream manifest gave to flows this run moved or removed. */
export function mergeManifests(base: Manifest | null, ours: Manifest | null, upstream: Manifest | null) {
  const [baseById, oursById, upstreamById] = [base, ours, upstream]
    .map((manifest) => new Map((manifest?.flows ?? []).map((entry) => [entry.id, entry])))
  const merged = new Map(upstreamById)

  const touched = new Set<string>()
  for (const [id, entry] of oursById) if (!sameEntry(entry, baseById.get(id))) touched.add(id)
  for (const id of baseById.keys()) if (!oursById.has(id)) touched.add(id)

  for (const id of touched) {
    const entry = oursById.get(id)
    if (entry) merged.set(id, entry)
    else merged.delete(id)
  }

  const owned = new Set([...merged.values()].map((e) => e.path))
  const stalePaths = [...touched]
    .map((id) => upstreamById.get(id)?.path)
    .filter((path): path is string => path !== undefined && !owned.has(path))

  const flows = [...merged.values()].sort((a, b) => compareText(a.id, b.id))
  return { manifest: { formatVersion: 1, flows } satisfies Manifest, stalePaths: [...new Set(stalePaths)].sort() }
}

function sameEntry(a: ManifestEntry, b: ManifestEntry | undefined): boolean {
  return b !== undefined && (Object.keys(a) as (keyof ManifestEntry)[]).every((key) => a[key] === b[key])
}
