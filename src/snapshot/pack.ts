// Restore: committed flow files (one file, or a whole output-dir with its manifest.json) written back as
// the files Architect's Import takes, into one folder. Names come from the manifest (the Flow entity's),
// else from the document; whatever a name holds, every file lands directly inside that folder.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, relative, resolve, sep } from 'node:path'
import type { ManifestEntry } from '../model.js'
import { errorMessage } from '../errors.js'
import { isRecord, stringField } from '../flows/json.js'
import { architectFileName, encodeFlowFile } from './architect-file.js'
import { identityFromPath } from './layout.js'
import { readManifest } from './manifest.js'
import { readFlowFiles } from './read.js'
import { prepareTarget } from './safe-path.js'

export interface PackedFlow {
  /** The committed file it came from, as given or under the packed folder. */
  readonly source: string
  readonly name: string
  readonly type: string
  /** The file written, an absolute path inside the output folder. */
  readonly file: string
}

export type PackFailure = { readonly source: string; readonly error: string }
export type PackResult = Awaited<ReturnType<typeof packFlows>>

interface CommittedFlow {
  readonly source: string
  /** The parsed file; undefined when it could not be read, and `readError` says why. */
  readonly document: unknown
  readonly readError?: string
  readonly entry?: ManifestEntry
  /** Folder and file name of the committed file: the identity a file outside the manifest still carries. */
  readonly relPath: string
}

/**
 * Packs `source` (a flow file, or a snapshot folder) into `outDir`, created when missing. A flow that
 * cannot be packed (not JSON, unknown type) is listed in `failed`; the others are still written.
 */
export async function packFlows(source: string, outDir: string) {
  const sourceStat = await stat(source).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`'${source}' does not exist. Give a flow file or the snapshot's output-dir (e.g. genesys-flows).`)
    throw error
  })
  const flows = sourceStat.isDirectory() ? await committedFlowsIn(source) : [await committedFlow(source)]
  if (flows.length === 0) throw new Error(`'${source}' holds no flow files (*.json). Give the snapshot's output-dir or one flow file.`)

  const out = resolve(outDir)
  await mkdir(out, { recursive: true })
  const packed: PackedFlow[] = []
  const failed: PackFailure[] = []
  const taken = new Set<string>()
  for (const flow of [...flows].sort((a, b) => (a.source < b.source ? -1 : 1))) {
    try {
      const { document, name, type } = identify(flow)
      const { file } = await prepareTarget(out, uniqueName(name, type, taken), true)
      await writeFile(file, encodeFlowFile(document))
      packed.push({ source: flow.source, name, type, file })
    } catch (error) {
      failed.push({ source: flow.source, error: errorMessage(error) })
    }
  }
  return { packed, failed }
}

async function committedFlowsIn(folder: string): Promise<CommittedFlow[]> {
  const absolute = resolve(folder)
  const outputDir = basename(absolute)
  const { flows, manifest } = await readFlowFiles(dirname(absolute), outputDir)
  const byPath = new Map((manifest?.flows ?? []).map((entry) => [entry.path, entry]))
  return flows.map((flow) => {
    const relPath = flow.file.slice(outputDir.length + 1)
    const source = `${folder.replace(/[\\/]+$/, '')}/${relPath}`
    // A file too large to read has no document and no readError: its size says why.
    const readError = flow.readError ?? (flow.document === undefined ? `it is ${flow.bytes.toLocaleString('en-US')} bytes, too large to read` : undefined)
    return { source, relPath, document: flow.document, readError, entry: byPath.get(relPath) }
  })
}

/** One file; its manifest entry is looked up in the snapshot folder it sits in (`<output-dir>/<type>/<file>`). */
async function committedFlow(file: string): Promise<CommittedFlow> {
  const absolute = resolve(file)
  const outputPath = dirname(dirname(absolute))
  const relPath = relative(outputPath, absolute).split(sep).join('/')
  // A broken or unreadable manifest next to the file: the document still names its flow.
  const manifest = await readManifest(outputPath).catch(() => null)
  const entry = manifest?.flows.find((candidate) => candidate.path === relPath)
  const text = await readFile(absolute, 'utf8')
  try {
    return { source: file, relPath, document: JSON.parse(text), entry }
  } catch (error) {
    const readError = `not valid JSON (${errorMessage(error)}). Take the file as committed: git show <revision>:<path>`
    return { source: file, relPath, document: undefined, readError, entry }
  }
}

function identify(flow: CommittedFlow): { document: Record<string, unknown>; name: string; type: string } {
  const { document } = flow
  if (document === undefined) throw new Error(flow.readError ?? 'the file could not be read')
  if (!isRecord(document)) throw new Error('not a flow: the file holds no JSON object')
  const fromPath = identityFromPath(flow.relPath)
  const name = flow.entry?.name || stringField(document, 'name') || fromPath.name
  const type = flow.entry?.type || stringField(document, 'type') || fromPath.type
  return { document, name, type }
}

/** The file name for a flow, `_2`, `_3` … added when an earlier flow took it (compared case-blind: macOS and Windows are). */
function uniqueName(name: string, type: string, taken: Set<string>): string {
  for (let count = 1; ; count++) {
    const fileName = architectFileName(name, type, count === 1 ? '' : `_${count}`)
    if (!taken.has(fileName.toLowerCase())) {
      taken.add(fileName.toLowerCase())
      return fileName
    }
  }
}
