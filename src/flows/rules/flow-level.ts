// Flow-level rules: invalid-flow, format-version and size-limit. They decide whether the document
// can be read at all, so they run first.
import type { FlowFile } from '../../model.js'
import type { Emit } from '../finding-draft.js'
import { readFlowDocument, type FlowDocument } from '../document.js'
import { isRecord, recordField } from '../json.js'

/** Major versions of `flowMetaData.flowDocumentVersion` this Action reads (every real sample says "1.0"). */
export const SUPPORTED_DOCUMENT_MAJORS: readonly string[] = ['1']

/** The readable document, or undefined after reporting why the flow cannot be read. */
export function readableDocument(flow: FlowFile, emit: Emit): FlowDocument | undefined {
  const { document } = flow
  let problem = ''
  if (flow.readError !== undefined && flow.readError !== '') problem = flow.readError
  else if (!isRecord(document)) problem = 'the file is not a JSON object'
  else if (!Array.isArray(document['flowSequenceItemList'])) problem = 'it has no flowSequenceItemList, so it is not an Architect flow configuration'
  if (problem !== '' || !isRecord(document)) {
    const message = `${flow.file} is not a readable flow definition: ${problem}. Export the flow again, or restore the file from git history if it was edited by hand.`
    emit({ rule: 'invalid-flow', nodeId: '', pointer: [], message })
    return undefined
  }
  return readFlowDocument(document)
}

/**
 * False when the document's format version is one this Action cannot read (its rules are then skipped). A document
 * without a version is reported, and its rules still run.
 */
export function checkFormatVersion(flow: FlowDocument, emit: Emit): boolean {
  const metaData = recordField(flow.raw, 'flowMetaData')
  const version = metaData?.['flowDocumentVersion']
  const stated = typeof version === 'string' || typeof version === 'number'
  if (stated && SUPPORTED_DOCUMENT_MAJORS.includes(String(version).split('.')[0].trim())) return true
  const reads = `this Action reads version ${SUPPORTED_DOCUMENT_MAJORS.join(', ')}.x`
  const pointer = stated ? ['flowMetaData', 'flowDocumentVersion'] : metaData === undefined ? [] : ['flowMetaData']
  const message = stated
    ? `The flow document version is "${String(version)}", but ${reads} only, so its references were not checked. Update genesys-flow-snapshot, or report the new version if no release reads it yet.`
    : `The flow has no flowMetaData.flowDocumentVersion, so its format cannot be confirmed. Export it again from Architect (exports carry the version); ${reads}.`
  emit({ rule: 'format-version', nodeId: '', pointer, message })
  return !stated
}

/**
 * How many times max-export-bytes a flow file may be before it is not even read (mode validate): export mode
 * refuses a download that large, so no snapshot the Action wrote holds one.
 */
export const UNREAD_FACTOR = 4

/** Size-limit; true when the file was too large to be read at all (then no other rule can look at it). */
export function checkSize(flow: FlowFile, maxExportBytes: number, emit: Emit): boolean {
  if (flow.bytes <= maxExportBytes) return false
  const unread = flow.document === undefined && flow.readError === undefined && flow.bytes > UNREAD_FACTOR * maxExportBytes
  const message = unread
    ? `The file is ${bytes(flow.bytes)}, more than ${UNREAD_FACTOR} times max-export-bytes (${bytes(maxExportBytes)}), so it was not read or checked. No export of Genesys Cloud is that large: restore the flow file from git history, or export the flow again.`
    : `The export of this flow is ${bytes(flow.bytes)}, ${bytes(flow.bytes - maxExportBytes)} over max-export-bytes (${bytes(maxExportBytes)}). Raise max-export-bytes, or split the flow (common modules help).`
  emit({ rule: 'size-limit', nodeId: '', pointer: [], message })
  return unread
}

function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`
}
