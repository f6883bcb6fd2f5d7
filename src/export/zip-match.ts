// Which downloaded file is which flow. Jobs ask for each file to be named by the flow's id (`fileName`),
// but how the service names a zip's entries is unconfirmed (docs/genesys-api.md §4.2: extensions, folders), so
// a file whose name gives no id of the job is matched by what it holds: the decoded document's name and
// type. Only a flow that neither way finds is missing.
import type { FlowRef } from '../model.js'
import { flowIdOfFile, type DecodedFile } from './decode.js'

export interface MatchedFile {
  readonly ref: FlowRef
  /** The file, with its decoded document or why it could not be decoded. */
  readonly file: DecodedFile
}

export interface FileMatch {
  readonly matched: MatchedFile[]
  /** Flows of the job that no file was found for. */
  readonly missing: FlowRef[]
}

export function matchFilesToFlows(files: readonly DecodedFile[], flows: readonly FlowRef[]): FileMatch {
  const refById = new Map(flows.map((ref) => [ref.id.toLowerCase(), ref]))
  const matched: MatchedFile[] = []
  const found = new Set<string>()
  const unnamed: DecodedFile[] = []
  for (const file of files) {
    const ref = refById.get(flowIdOfFile(file.name).toLowerCase())
    if (ref === undefined || found.has(ref.id)) unnamed.push(file)
    else {
      found.add(ref.id)
      matched.push({ ref, file })
    }
  }
  const unmatchedRefs = (): FlowRef[] => flows.filter((ref) => !found.has(ref.id))
  const undecodable: DecodedFile[] = []
  for (const file of unnamed) {
    if ('error' in file.decoded) {
      undecodable.push(file)
      continue
    }
    const ref = flowOfDocument(file.decoded.document, unmatchedRefs())
    if (ref === undefined) continue
    found.add(ref.id)
    matched.push({ ref, file })
  }
  // One flow left and one unreadable file left: that file can only be that flow's, so its reason is kept.
  const left = unmatchedRefs()
  if (left.length === 1 && undecodable.length === 1) {
    matched.push({ file: undecodable[0]!, ref: left[0]! })
    return { matched, missing: [] }
  }
  return { matched, missing: left }
}

/** The one flow among `candidates` whose name and type the document carries; none when zero or several do. */
function flowOfDocument(document: Record<string, unknown>, candidates: readonly FlowRef[]): FlowRef | undefined {
  const name = typeof document.name === 'string' ? document.name : undefined
  const type = typeof document.type === 'string' ? document.type.toLowerCase() : undefined
  if (name === undefined) return undefined
  const byName = candidates.filter((ref) => ref.name === name && (type === undefined || ref.type === type))
  return byName.length === 1 ? byName[0] : undefined
}
