// The bytes of an `Architect` export: each flow is base64(URL-encoded JSON) in `<fileName><ext>`;
// one flow gives that file alone, several give a zip of them (architect-flow-format.md §1, §2.1).

import { zipSync } from 'fflate'
import { EXPORT_EXTENSIONS } from './flow-types.js'
import type { ExportFileSpec } from './state.js'
import type { EmulatedFlow } from './types.js'

export function encodeArchitectFile(document: unknown): string {
  return Buffer.from(encodeURIComponent(JSON.stringify(document)), 'utf8').toString('base64')
}

/** Real exports are named like `Inbound Case_v4-0.i3InboundFlow` when no fileName is given. */
export function defaultFileName(flow: EmulatedFlow): string {
  return `${flow.name}_v${flow.version.replace('.', '-')}`
}

export function exportFileName(spec: ExportFileSpec): string {
  return `${spec.fileName}${EXPORT_EXTENSIONS[spec.flow.type] ?? '.i3Flow'}`
}

export interface ExportDownload {
  name: string
  bytes: Uint8Array
  contentType: string
}

/** How zip entries are named (faults.exportEntryNames); the requested fileName by default. */
export type EntryNaming = 'file-name' | 'flow-name' | 'folders' | 'other-extension'

function entryName(spec: ExportFileSpec, naming: EntryNaming): string {
  switch (naming) {
    case 'flow-name':
      return exportFileName({ ...spec, fileName: defaultFileName(spec.flow) })
    case 'folders':
      return `${spec.flow.type}/${exportFileName(spec)}`
    case 'other-extension':
      return `${spec.fileName}.json`
    default:
      return exportFileName(spec)
  }
}

export function buildExport(jobId: string, files: readonly ExportFileSpec[], naming: EntryNaming = 'file-name'): ExportDownload {
  if (files.length === 1) {
    const only = files[0]!
    return {
      name: exportFileName(only),
      bytes: Buffer.from(encodeArchitectFile(only.flow.document), 'utf8'),
      contentType: 'application/octet-stream',
    }
  }
  const entries: Record<string, Uint8Array> = {}
  for (const spec of files) {
    let name = entryName(spec, naming)
    // Two flows asked under one fileName would overwrite each other in the folder; number the later ones.
    for (let n = 2; name in entries; n++) name = `${spec.fileName}_${n}${EXPORT_EXTENSIONS[spec.flow.type] ?? '.i3Flow'}`
    entries[name] = Buffer.from(encodeArchitectFile(spec.flow.document), 'utf8')
  }
  // A fixed mtime keeps the archive identical between runs of one seed.
  return { name: `${jobId}.zip`, bytes: zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2025, 0, 1)) }), contentType: 'application/zip' }
}
