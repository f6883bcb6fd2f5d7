// Pure decoding of an Architect export download (docs/flow-format.md §2.1, §5.1): one `.i3*` file
// for a one-flow job, a zip of them otherwise; each file is base64 → URL-encoding → configuration JSON.
import { unzipSync } from 'fflate'
import type { FlowRef } from '../model.js'
import { errorMessage } from '../errors.js'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const WHITESPACE = /\s/
const WHITESPACES = /\s+/g

/** One file of a download: its name without folders, its bytes in the download, decoded (or why it could not be). */
type DecodedFile = ReturnType<typeof decodeDownload>[number]

/** The download as a whole could not be read (not a zip, a damaged archive): worth fetching again. */
export class UnreadableDownload extends Error {
  override readonly name = 'UnreadableDownload'
}

/**
 * Every file of a download, decoded here and now; throws UnreadableDownload when the archive is unreadable.
 * A one-flow job's download is the bare file, whose name the URL does not reliably carry, so it is named
 * after the one flow requested.
 */
export function decodeDownload(bytes: Uint8Array, singleFlowId?: string) {
  let files: [string, Uint8Array][]
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) {
    try {
      files = Object.entries(unzipSync(bytes, { filter: (entry) => !entry.name.endsWith('/') }))
    } catch (error) {
      throw new UnreadableDownload(`the zip archive could not be read (${errorMessage(error)})`)
    }
    files = files.map(([path, content]) => [path.slice(path.lastIndexOf('/') + 1), content])
  } else if (singleFlowId === undefined) {
    throw new UnreadableDownload('the download of a job with several flows is not a zip archive')
  } else {
    files = [[singleFlowId, bytes]]
  }
  return files.map(([name, content]) => ({ name, size: content.byteLength, decoded: decodedOrError(content) }))
}

function decodedOrError(bytes: Uint8Array): { readonly document: Record<string, unknown> } | { readonly error: string } {
  try {
    return { document: decodeFlowFile(bytes) }
  } catch (error) {
    return { error: errorMessage(error) }
  }
}

/** The flow id a file belongs to: the export job names it `<fileName>.<extension>` and fileName is the id. */
export function flowIdOfFile(name: string): string {
  return name.split('.', 1)[0]!
}

/**
 * Decodes one `.i3*` file into its configuration JSON object; throws with the reason when it cannot. A file
 * that is already JSON (bare, or a `.json` entry of a zip) is read as it is: the SDKs hand an export's bytes
 * over untouched, and a service that one day serves plain JSON must not fail every flow.
 */
export function decodeFlowFile(bytes: Uint8Array): Record<string, unknown> {
  // Native string operations throughout: a flow file is tens of kilobytes and an org has thousands.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  // Base64 never holds '{', so a file whose first visible character is one can only be JSON.
  if (text.trimStart().startsWith('{')) return jsonObject(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), 'file')
  if (WHITESPACE.test(text)) text = text.replace(WHITESPACES, '')
  if (text === '') throw new Error('the file is empty')
  // Node's decoder skips characters outside the alphabet, so a file holding any decodes to fewer bytes than
  // its length promises: one comparison instead of a pattern scan over tens of kilobytes. It also takes the
  // URL-safe '-' and '_', which an Architect file never holds, so those are refused by name.
  const raw = text.length % 4 === 1 || text.includes('-') || text.includes('_') ? undefined : Buffer.from(text, 'base64')
  if (raw === undefined || raw.byteLength !== Buffer.byteLength(text, 'base64')) throw new Error('the file is not base64 text')
  const encoded = raw.toString('utf8')
  let json: string
  try {
    json = decodeURIComponent(encoded)
  } catch {
    throw new Error('the decoded file is not URL-encoded text')
  }
  return jsonObject(json, 'decoded file')
}

function jsonObject(json: string, what: string): Record<string, unknown> {
  let document: unknown
  try {
    document = JSON.parse(json)
  } catch (error) {
    throw new Error(`the ${what} is not JSON (${errorMessage(error)})`)
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new Error(`the ${what} is not a JSON object`)
  }
  return document as Record<string, unknown>
}

// Which downloaded file is which flow. Jobs ask for each file to be named by the flow's id (`fileName`),
// but how the service names a zip's entries is unconfirmed (docs/genesys-api.md §4.2: extensions, folders), so
// a file whose name gives no id of the job is matched by what it holds: the decoded document's name and
// type. Only a flow that neither way finds is missing.
export function matchFilesToFlows(files: readonly DecodedFile[], flows: readonly FlowRef[]) {
  const refById = new Map(flows.map((ref) => [ref.id.toLowerCase(), ref]))
  const matched = new Map<string, { ref: FlowRef; file: DecodedFile }>()
  const unnamed: DecodedFile[] = []
  for (const file of files) {
    const ref = refById.get(flowIdOfFile(file.name).toLowerCase())
    if (ref === undefined || matched.has(ref.id)) unnamed.push(file)
    else matched.set(ref.id, { ref, file })
  }
  const unmatchedRefs = (): FlowRef[] => flows.filter((ref) => !matched.has(ref.id))
  const undecodable = unnamed.filter((file) => 'error' in file.decoded)
  for (const file of unnamed) {
    if ('error' in file.decoded) continue
    const ref = flowOfDocument(file.decoded.document, unmatchedRefs())
    if (ref !== undefined) matched.set(ref.id, { ref, file })
  }
  // One flow left and one unreadable file left: that file can only be that flow's, so its reason is kept.
  const left = unmatchedRefs()
  if (left.length === 1 && undecodable.length === 1) {
    matched.set(left[0]!.id, { file: undecodable[0]!, ref: left[0]! })
    return { matched: [...matched.values()], missing: [] }
  }
  return { matched: [...matched.values()], missing: left }
}

/** The one flow among `candidates` whose name and type the document carries; none when zero or several do. */
function flowOfDocument(document: Record<string, unknown>, candidates: readonly FlowRef[]): FlowRef | undefined {
  const name = typeof document.name === 'string' ? document.name : undefined
  const type = typeof document.type === 'string' ? document.type.toLowerCase() : undefined
  if (name === undefined) return undefined
  const byName = candidates.filter((ref) => ref.name === name && (type === undefined || ref.type === type))
  return byName.length === 1 ? byName[0] : undefined
}
