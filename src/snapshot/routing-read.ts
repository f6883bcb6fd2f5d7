// The committed call-routing files, read as the flow files are (read.ts): through the same safe read, so a link,
// pipe, device or oversized file under `routing/` is never read.
import { join } from 'node:path'
import type { Manifest } from '../model.js'
import type { RoutingFile } from '../routing/types.js'
import { identityFromPath } from './layout.js'
import { listJsonEntries, readFlowText } from './read.js'
import { isRoutingKind, ROUTING_FOLDER, routingFileOf } from './routing-files.js'
import { lstatOrNull, resolveOutputDir } from './safe-path.js'

/** Bytes a committed routing file may have: a routing object is a few kilobytes, never megabytes. */
export const MAX_ROUTING_FILE_BYTES = 4 * 1024 * 1024

/**
 * The committed call-routing files, `routing/<kind>/*.json` under output-dir, sorted by path, read through the
 * same safe read as the flow files (a link, pipe, device or oversized file is left out).
 * Identity comes from the manifest's routing entry with the same path, else from the name `<slug>--<id>.json`
 * and its kind folder; a file in a folder that is no routing kind is not routing and is skipped.
 */
export async function readRoutingFiles(workspace: string, outputDir: string, manifest: Manifest | null): Promise<RoutingFile[]> {
  // An unreadable file is left out: its route then reads as absent, which the checks and the review say.
  return (await readRoutingFilesIn(await resolveOutputDir(workspace, outputDir, false), outputDir, manifest)).files
}

/**
 * The routing files under the folder `root` (absolute), named `<label>/routing/<kind>/<file>`: the Action's
 * output-dir, or the CLI's `--dir`, which may be any folder. `unreadable`: files the safe read refused (a link,
 * pipe, device, oversized or badly encoded file), with why.
 */
export async function readRoutingFilesIn(root: string, label: string, manifest: Manifest | null) {
  const unreadable: { path: string; reason: string }[] = []
  if ((await lstatOrNull(root)) === null) return { files: [], unreadable }
  const byPath = new Map((manifest?.routing ?? []).map((entry) => [entry.path, entry]))
  const entries = (await listJsonEntries(root, [])).filter((entry) => entry.rel.startsWith(`${ROUTING_FOLDER}/`))
  const files: RoutingFile[] = []
  for (const { rel } of entries) {
    const segments = rel.split('/')
    const kind = segments[1] ?? ''
    if (segments.length !== 3 || !isRoutingKind(kind)) continue
    const read = readFlowText(join(root, ...segments), MAX_ROUTING_FILE_BYTES, 'routing file')
    if (!read.ok) {
      unreadable.push({ path: `${label}/${rel}`, reason: read.size === undefined ? read.problem : `${read.size.toLocaleString('en-US')} bytes, more than a routing object can be` })
      continue
    }
    const { id, name } = byPath.get(rel) ?? identityFromPath(rel)
    files.push(routingFileOf(kind, id, name, `${label}/${rel}`, read.text))
  }
  return { files, unreadable }
}
