// mode: validate — the flow files already in the repository, read without any network.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FlowFile, Manifest } from '../model.js'
import { MANIFEST_FILE, parseFlowFileName } from './layout.js'
import { readManifest } from './manifest.js'
import { resolveOutputDir } from './safe-path.js'
import { errorMessage } from '../errors.js'

/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * Symlinks are skipped (never followed). A missing output-dir gives no flows.
 */
export async function readFlowFiles(workspace: string, outputDir: string): Promise<{ flows: FlowFile[]; manifest: Manifest | null }> {
  const root = await resolveOutputDir(workspace, outputDir, false)
  const manifest = await readManifest(root)
  const byPath = new Map((manifest?.flows ?? []).map((entry) => [entry.path, entry]))
  const relPaths = (await listJsonFiles(root)).filter((p) => p !== MANIFEST_FILE).sort()

  const flows = await mapInOrder(relPaths, READS_IN_FLIGHT, async (rel): Promise<FlowFile> => {
    const file = `${outputDir}/${rel}`
    const buffer = await readFile(join(root, ...rel.split('/'))).catch((error: NodeJS.ErrnoException) => {
      throw new Error(unreadableMessage(file, error))
    })
    const text = buffer.toString('utf8')
    const identity = byPath.get(rel) ?? identityFromPath(rel)
    let document: unknown
    let readError: string | undefined
    try {
      document = JSON.parse(text)
    } catch (error) {
      readError = `${file} is not valid JSON: ${errorMessage(error)}`
    }
    return { ...identity, file, text, document, bytes: buffer.length, ...(readError ? { readError } : {}) }
  })
  return { flows, manifest }
}

/**
 * Files read at once. A repository can hold tens of thousands of flow files; opening them all together
 * runs out of file descriptors (EMFILE) long before memory. Node's file reads run on a pool of four
 * threads, so a few more than that in flight keep it busy without holding descriptors idle.
 */
const READS_IN_FLIGHT = 8

/** `work` over every item with at most `limit` at a time; the results in the items' order. The first failure stops it. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      try {
        results[index] = await work(items[index])
      } catch (error) {
        next = items.length
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function unreadableMessage(file: string, error: NodeJS.ErrnoException): string {
  const fix =
    error.code === 'EMFILE' || error.code === 'ENFILE'
      ? 'The process may open too few files: raise the limit (ulimit -n) for the step.'
      : 'Check that it is a readable file, or remove it from the repository.'
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
