// mode: validate — the flow files already in the repository, read without any network. In a pull request
// they are whatever its author committed, so every file is read through readWorkspaceFile (safe-read.ts):
// a link, a pipe, a device or an oversized file becomes a finding on its own path, never a read.
import { readdir } from 'node:fs/promises'
import { getHeapStatistics } from 'node:v8'
import { join } from 'node:path'
import type { FlowFile } from '../model.js'
import { compareText } from '../text/compare.js'
import { identityFromPath, MANIFEST_FILE } from './layout.js'
import { ROUTING_FOLDER } from './routing-files.js'
import { readManifest } from './manifest.js'
import { lstatOrNull, resolveOutputDir } from './safe-path.js'
import { decodeText, readWorkspaceFile } from './safe-read.js'
import { errorMessage } from '../errors.js'
import { excerpt } from '../text/excerpt.js'
import { UNREAD_FACTOR } from '../flows/rules/flow-level.js'
import { DEFAULTS } from '../settings/read-settings.js'

/** Memory a run takes per byte of the files it parses, with room to spare (measured: 0.7 to 1.4 times). */
const HEAP_PER_FILE_BYTE = 2
/** Share of the heap limit the parsed flows may take: the review and the report need the rest. */
const HEAP_SHARE_FOR_FLOWS = 0.8

/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * A `.json` entry that is no regular file (a symlink, a FIFO, a device) is a flow that could not be read,
 * and so is a file over UNREAD_FACTOR times max-export-bytes. `emptyFolder` says why no flow was checked;
 * `linksNotFollowed` names, in one warning, the symbolic links to folders that were not followed.
 */
export async function readFlowFiles(
  workspace: string,
  outputDir: string,
  { maxExportBytes = DEFAULTS.maxExportBytes }: { readonly maxExportBytes?: number } = {},
) {
  const root = await resolveOutputDir(workspace, outputDir, false)
  const maxFileBytes = UNREAD_FACTOR * maxExportBytes
  if ((await lstatOrNull(root)) === null) {
    return { flows: [], manifest: null, emptyFolder: `output-dir '${outputDir}' does not exist in the repository, so no flow was checked. Set output-dir to the folder that holds the flow files.` }
  }
  const manifest = await readManifest(root)
  const byPath = new Map((manifest?.flows ?? []).map((entry) => [entry.path, entry]))
  const links: string[] = []
  const entries = (await listJsonEntries(root, links))
    .filter((entry) => entry.rel !== MANIFEST_FILE && !entry.rel.startsWith(`${ROUTING_FOLDER}/`))
  checkHeapFits(entries, maxFileBytes, outputDir)

  // One file at a time, synchronously: opening tens of thousands together runs out of file descriptors
  // (EMFILE), nothing else runs meanwhile, and it takes a third of the time of asynchronous reads (BENCHMARKS.md).
  const flows = entries.map(({ rel }): FlowFile => {
    const file = `${outputDir}/${rel}`
    const absolute = join(root, ...rel.split('/'))
    const identity = byPath.get(rel) ?? identityFromPath(rel)
    const read = readFlowText(absolute, maxFileBytes)
    if (!read.ok) {
      // Nothing of the file is kept or shown: its size (for size-limit) and why it was not read.
      return { ...identity, file, document: undefined, text: '', bytes: read.size ?? 0, ...(read.size === undefined ? { readError: read.problem } : {}) }
    }
    let document: unknown
    let readError: string | undefined
    try {
      document = JSON.parse(read.text)
    } catch (error) {
      // The parser's message quotes a few characters around the fault: bounded, and controls escaped.
      readError = `${file} is not valid JSON: ${excerpt(errorMessage(error), 200)}`
    }
    // The text is only needed to put findings on lines, and few files have findings: it is read again
    // when asked for instead of held in memory.
    return {
      ...identity, file, document, bytes: read.bytes, ...(readError ? { readError } : {}),
      get text(): string {
        const again = readFlowText(absolute, maxFileBytes)
        return again.ok ? again.text : ''
      },
    }
  })
  const emptyFolder = flows.length === 0 ? `output-dir '${outputDir}' holds no flow file (*.json), so no flow was checked. Set output-dir to the folder that holds the flow files.` : undefined
  // A folder of flows replaced by a link would otherwise drop out of validation without a word.
  const shown = links.sort().slice(0, 5).map((rel) => `${outputDir}/${rel}`).join(', ') + (links.length > 5 ? ', …' : '')
  const [link, was, it] = links.length === 1 ? ['symbolic link', 'was', 'it'] : ['symbolic links', 'were', 'them']
  const linksNotFollowed = `output-dir holds ${links.length} ${link} that ${was} not followed, so nothing behind ${it} was ` +
    `checked: ${shown}. Commit the folders and flow files themselves.`
  return { flows, manifest, ...(emptyFolder && { emptyFolder }), ...(links.length > 0 && { linksNotFollowed }) }
}

type FlowText = { ok: true; text: string; bytes: number } | { ok: false; problem: string; size?: number }

/** The text of one flow file, or why it was not read: `size` set when it is over the size it may have. */
export function readFlowText(absolute: string, maxFileBytes: number, what = 'flow file'): FlowText {
  const read = readWorkspaceFile(absolute, maxFileBytes)
  if (!read.ok) {
    if (read.size !== undefined) return { ok: false, problem: '', size: read.size }
    return { ok: false, problem: `${read.reason}. Commit the ${what} itself as a regular file, or remove it` }
  }
  const decoded = decodeText(read.bytes)
  if (!decoded.ok) return { ok: false, problem: decoded.problem }
  return { ok: true, text: decoded.text, bytes: read.bytes.length }
}

/**
 * Stops the run, naming the largest files, when the files to parse would not fit in the heap together: the
 * alternative is V8 aborting the process, with no report and no word on which file did it.
 */
function checkHeapFits(entries: readonly JsonEntry[], maxFileBytes: number, outputDir: string): void {
  const parsed = entries.filter((entry) => entry.size <= maxFileBytes)
  const total = parsed.reduce((sum, entry) => sum + entry.size, 0)
  const available = getHeapStatistics().heap_size_limit * HEAP_SHARE_FOR_FLOWS
  if (total * HEAP_PER_FILE_BYTE <= available) return
  const largest = [...parsed].sort((a, b) => b.size - a.size).slice(0, 5)
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  throw new Error(
    `The flow files under ${outputDir} add up to ${mib(total)}, more than this runner's memory can check at once (about ${mib(available / HEAP_PER_FILE_BYTE)}). ` +
      `The largest: ${largest.map((entry) => `${outputDir}/${entry.rel} (${mib(entry.size)})`).join(', ')}. ` +
      'Remove or shrink those files (an exported flow is at most max-export-bytes), or run on a runner with more memory (NODE_OPTIONS=--max-old-space-size).',
  )
}

/** `rel`: the path with `/`; `size`: bytes by lstat, 0 for what is no regular file (it is never read). */
type JsonEntry = { readonly rel: string; readonly size: number }

/**
 * Every entry named `*.json` that is not a folder, sorted by path, walking folders without following symlinks.
 * Entries that are no regular file are listed too, so that a flow file replaced by a link is a finding.
 */
export async function listJsonEntries(root: string, links: string[]): Promise<JsonEntry[]> {
  const found: JsonEntry[] = []
  const pending: string[] = ['']
  while (pending.length > 0) {
    const rel = pending.pop() as string
    const folder = rel === '' ? root : join(root, ...rel.split('/'))
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && rel === '') return []
      if (error.code === 'ENAMETOOLONG') throw new Error(`Cannot read the folder ${folder}: its path is too long for the file system. Shorten the folder names under output-dir.`)
      throw error
    })
    for (const entry of entries) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name !== '.git') pending.push(child)
      } else if (entry.name.endsWith('.json')) {
        const stat = entry.isFile() ? await lstatOrNull(join(folder, entry.name)).catch(() => null) : null
        found.push({ rel: child, size: stat?.isFile() ? stat.size : 0 })
      } else if (entry.isSymbolicLink()) {
        links.push(child)
      }
    }
  }
  return found.sort((a, b) => compareText(a.rel, b.rel))
}
