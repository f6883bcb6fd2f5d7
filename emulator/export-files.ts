// The bytes of an `Architect` export: each flow is base64(URL-encoded JSON) in `<fileName><ext>`;
// one flow gives that file alone, several give a zip of them (docs/flow-format.md §1, §2.1).
//
// A real service builds exports on its own machines while the job runs; nothing it does there delays its
// other answers, nor costs the client's machine anything. So this emulator compresses on Node's zlib thread
// pool, never on the thread that answers requests, and keeps each flow document's compressed file: a flow
// exported again unchanged is not compressed again (a benchmark then measures the client, not the
// emulator's zipping on the same cores). A document is frozen once exported, so an edit in place, which
// would leave its kept file stale, fails at once: replace `flow.document` (or publish a version) instead.

import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { Zip, zipSync, type ZipInputFile } from 'fflate'
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

export async function buildExport(jobId: string, files: readonly ExportFileSpec[], naming: EntryNaming = 'file-name', rawJson = false): Promise<ExportDownload> {
  if (rawJson) {
    const raw = (spec: ExportFileSpec): Uint8Array => Buffer.from(JSON.stringify(spec.flow.document), 'utf8')
    if (files.length === 1) return { name: `${files[0]!.fileName}.json`, bytes: raw(files[0]!), contentType: 'application/json' }
    return { name: `${jobId}.zip`, bytes: zipSync(Object.fromEntries(files.map((spec) => [`${spec.fileName}.json`, raw(spec)]))), contentType: 'application/zip' }
  }
  if (files.length === 1) {
    const only = files[0]!
    return {
      name: exportFileName(only),
      bytes: Buffer.from(encodeArchitectFile(only.flow.document), 'utf8'),
      contentType: 'application/octet-stream',
    }
  }
  const names = new Set<string>()
  const entries = files.map((spec) => {
    let name = entryName(spec, naming)
    // Two flows asked under one fileName would overwrite each other in the folder; number the later ones.
    for (let n = 2; names.has(name); n++) name = `${spec.fileName}_${n}${EXPORT_EXTENSIONS[spec.flow.type] ?? '.i3Flow'}`
    names.add(name)
    return { name, compressed: compressedFile(spec.flow.document) }
  })
  return { name: `${jobId}.zip`, bytes: zipOf(await Promise.all(entries.map(async (entry) => ({ name: entry.name, ...(await entry.compressed) })))), contentType: 'application/zip' }
}

interface CompressedFile {
  /** The raw deflate stream (zip method 8). */
  readonly deflated: Uint8Array
  readonly crc: number
  /** Bytes before compression. */
  readonly size: number
}

const gzipAsync = promisify(gzip)
/** Each exported document's compressed file; a document that is no longer used is forgotten with it. */
const compressedByDocument = new WeakMap<object, Promise<CompressedFile>>()
/** zlib's gzip framing around the deflate stream: a 10-byte header, then CRC-32 and size (4 bytes each). */
const GZIP_HEADER = 10
const GZIP_TRAILER = 8

function compressedFile(document: Record<string, unknown>): Promise<CompressedFile> {
  let file = compressedByDocument.get(document)
  if (file === undefined) {
    deepFreeze(document)
    const bytes = Buffer.from(encodeArchitectFile(document), 'utf8')
    // gzip, not raw deflate: its trailer carries the CRC-32 a zip entry needs, computed in the same pass.
    file = gzipAsync(bytes, { level: 6 }).then((framed) => ({
      deflated: framed.subarray(GZIP_HEADER, framed.length - GZIP_TRAILER),
      crc: framed.readUInt32LE(framed.length - GZIP_TRAILER),
      size: bytes.length,
    }))
    file.catch(() => compressedByDocument.delete(document))
    compressedByDocument.set(document, file)
  }
  return file
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const item of Object.values(value)) deepFreeze(item)
}

/** A fixed mtime keeps the archive identical between runs of one seed. */
const MTIME = new Date(Date.UTC(2025, 0, 1))

/** A zip of already-deflated entries (fflate writes the headers and the central directory). */
function zipOf(entries: readonly ({ name: string } & CompressedFile)[]): Uint8Array {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  for (const entry of entries) {
    const file: ZipInputFile = { filename: entry.name, size: entry.size, crc: entry.crc, compression: 8, mtime: MTIME }
    zip.add(file)
    // zlib's output never lives in a SharedArrayBuffer, which is all the stricter type rules out.
    file.ondata!(null, entry.deflated as Uint8Array<ArrayBuffer>, true)
  }
  zip.end()
  if (failure) throw failure
  return Buffer.concat(chunks)
}
