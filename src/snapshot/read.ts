// mode: validate — the flow files already in the repository, read without any network.
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { FlowFile, Manifest } from '../model.js'
import type { RoutingFile } from '../routing/types.js'
import { MANIFEST_FILE, parseFlowFileName } from './layout.js'
import { isRoutingKind, ROUTING_FOLDER, routingFileOf } from './routing-files.js'
import { readManifest } from './manifest.js'
import { resolveOutputDir } from './safe-path.js'
import { RAISE_OPEN_FILES, errorMessage, isOutOfFileDescriptors } from '../errors.js'

/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * Symlinks are skipped (never followed). A missing output-dir gives no flows.
 */
export async function readFlowFiles(workspace: string, outputDir: string): Promise<{ flows: FlowFile[]; manifest: Manifest | null }> {
  const root = await resolveOutputDir(workspace, outputDir, false)
  const manifest = await readManifest(root)
  const byPath = new Map((manifest?.flows ?? []).map((entry) => [entry.path, entry]))
  const relPaths = (await listJsonFiles(root)).filter((p) => p !== MANIFEST_FILE && !p.startsWith(`${ROUTING_FOLDER}/`)).sort()

  // One file at a time, synchronously: a repository can hold tens of thousands of flow files, and
  // opening them all together runs out of file descriptors (EMFILE). Nothing else runs while mode
  // validate reads, and for 50,000 files one synchronous read after another takes a third of the time
  // that even 8 or 16 asynchronous reads in flight take (each costs four trips to libuv's thread pool).
  const flows = relPaths.map((rel): FlowFile => {
    const file = `${outputDir}/${rel}`
    const absolute = join(root, ...rel.split('/'))
    const buffer = readFlowFile(absolute, file)
    const identity = byPath.get(rel) ?? identityFromPath(rel)
    let document: unknown
    let readError: string | undefined
    try {
      document = JSON.parse(buffer.toString('utf8'))
    } catch (error) {
      readError = `${file} is not valid JSON: ${errorMessage(error)}`
    }
    const flow = { ...identity, file, document, bytes: buffer.length, ...(readError ? { readError } : {}) }
    // The text is only needed to put findings on lines, and few files have findings: it is read again
    // when asked for instead of held (50,000 files of 486 MB: peak RSS 690 MB instead of 1,150 MB).
    return Object.defineProperty(flow, 'text', { enumerable: true, get: () => readFlowFile(absolute, file).toString('utf8') }) as FlowFile
  })
  return { flows, manifest }
}

/**
 * The committed call-routing files, `routing/<kind>/*.json` under output-dir, sorted by path. Identity comes from
 * the manifest's routing entry with the same path, else from the name `<slug>--<id>.json` and its kind folder;
 * a file in a folder that is no routing kind is not routing and is skipped.
 */
export async function readRoutingFiles(workspace: string, outputDir: string, manifest: Manifest | null): Promise<RoutingFile[]> {
  const root = await resolveOutputDir(workspace, outputDir, false)
  const byPath = new Map((manifest?.routing ?? []).map((entry) => [entry.path, entry]))
  const relPaths = (await listJsonFiles(root)).filter((p) => p.startsWith(`${ROUTING_FOLDER}/`)).sort()
  const files: RoutingFile[] = []
  for (const rel of relPaths) {
    const segments = rel.split('/')
    const kind = segments[1] ?? ''
    if (segments.length !== 3 || !isRoutingKind(kind)) continue
    const file = `${outputDir}/${rel}`
    const text = readFlowFile(join(root, ...segments), file).toString('utf8')
    const entry = byPath.get(rel)
    const parsed = parseFlowFileName(segments[2]!)
    const id = entry?.id ?? parsed?.id ?? segments[2]!.replace(/\.json$/, '')
    files.push(routingFileOf(kind, id, entry?.name ?? parsed?.slug ?? id, file, text))
  }
  return files
}

function readFlowFile(absolute: string, file: string): Buffer {
  try {
    return readFileSync(absolute)
  } catch (error) {
    throw new Error(unreadableMessage(file, error))
  }
}

function unreadableMessage(file: string, error: unknown): string {
  const fix = isOutOfFileDescriptors(error) ? RAISE_OPEN_FILES : 'Check that it is a readable file, or remove it from the repository.'
  return `Cannot read flow file ${file}: ${errorMessage(error)}. ${fix}`
}

function identityFromPath(rel: string): { id: string; name: string; type: string } {
  const segments = rel.split('/')
  const fileName = segments[segments.length - 1]
  const parsed = parseFlowFileName(fileName)
  const type = segments.length > 1 ? segments[0] : ''
  if (parsed) return { id: parsed.id, name: parsed.slug, type }
  return { id: fileName.replace(/\.json$/, ''), name: fileName.replace(/\.json$/, ''), type }
}

/** Relative paths (with `/`) of regular `.json` files, walking without following symlinks. */
async function listJsonFiles(root: string): Promise<string[]> {
  const found: string[] = []
  const pending: string[] = ['']
  while (pending.length > 0) {
    const rel = pending.pop() as string
    const entries = await readdir(rel === '' ? root : join(root, ...rel.split('/')), { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' && rel === '') return []
        throw error
      },
    )
    for (const entry of entries) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (entry.name !== '.git') pending.push(child)
      } else if (entry.isFile() && entry.name.endsWith('.json')) {
        found.push(child)
      }
    }
  }
  return found
}
