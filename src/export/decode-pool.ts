// Decoding downloads on the runner's other cores. Each flow's decoding (base64, URL-encoding, JSON) and its
// canonical file text and hash are work on this thread that no other flow needs; with 2,000 flows they
// take over a second, while this thread also keeps polls and downloads moving. A worker thread does them
// and hands back the canonical text; this thread parses that text for the document the rules read.
// Where no worker can run (one core, the sources run without a build, a worker that fails), the
// download is decoded here as before: the result is the same, only where the work happens differs.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CanonicalFile } from '../model.js'
import { errorMessage } from '../errors.js'
import { decodeDownload, UnreadableDownload, type DecodedFile } from './decode.js'

export interface DownloadDecoder {
  /** The download's files, decoded; rejects with UnreadableDownload when the archive cannot be read. */
  decode(bytes: Uint8Array, singleFlowId?: string): Promise<DecodedFile[]>
  /** Where the downloads were decoded so far: on workers, or on this thread (the tests read it to tell which). */
  readonly usage: { readonly onWorkers: number; readonly here: number; readonly workers: number }
  /** Stops the workers; decoding afterwards happens on this thread. */
  close(): Promise<void>
}

export interface DecodePoolOptions {
  /** The worker's script; null: no worker. Default: the one built beside the Action's bundle, if there. */
  readonly script?: string | null
  /** Workers to start; default as many as the cores, at most 4, and no more than `downloads` can keep busy. */
  readonly workers?: number
  /**
   * Downloads the run expects (export jobs): a worker pays only for a download decoded while others still
   * arrive, so one job gets no worker and n jobs at most n - 1.
   */
  readonly downloads?: number
}

/** What a worker is asked. */
export interface DecodeRequest {
  readonly id: number
  readonly bytes: Uint8Array
  readonly singleFlowId?: string
}

/** What a worker answers: each file's canonical text, or why it could not be decoded; or the archive's fault. */
export type DecodeReply =
  | { readonly id: number; readonly files: readonly WireFile[] }
  | { readonly id: number; readonly unreadable: string }

interface WireFile {
  readonly name: string
  readonly size: number
  readonly canonical?: CanonicalFile
  readonly error?: string
}

/**
 * The worker's side: decode and write the canonical text. The writer is handed in by the worker's entry
 * (src/decode-worker.ts), so the export engine does not reach up into the snapshot it feeds.
 */
export function decodeForWorker(request: DecodeRequest, canonicalFile: (document: Record<string, unknown>) => CanonicalFile): DecodeReply {
  let files: DecodedFile[]
  try {
    files = decodeDownload(request.bytes, request.singleFlowId)
  } catch (error) {
    return { id: request.id, unreadable: errorMessage(error) }
  }
  return {
    id: request.id,
    files: files.map((file): WireFile => {
      if ('error' in file.decoded) return { name: file.name, size: file.size, error: file.decoded.error }
      try {
        return { name: file.name, size: file.size, canonical: canonicalFile(file.decoded.document) }
      } catch (error) {
        // Left to the snapshot, which names the flow that cannot be written; here it is only decoded.
        return { name: file.name, size: file.size, error: `the decoded document cannot be written as JSON (${errorMessage(error)})` }
      }
    }),
  }
}

/** A worker's answer as this thread's decoded files: the document parsed back from its canonical text. */
function fromWire(files: readonly WireFile[]): DecodedFile[] {
  return files.map((file) => {
    if (file.canonical === undefined) return { name: file.name, size: file.size, decoded: { error: file.error ?? 'the file could not be decoded' } }
    try {
      return { name: file.name, size: file.size, decoded: { document: JSON.parse(file.canonical.text) as Record<string, unknown>, canonical: file.canonical } }
    } catch (error) {
      return { name: file.name, size: file.size, decoded: { error: `the decoded file could not be read back (${errorMessage(error)})` } }
    }
  })
}

interface PoolWorker {
  readonly worker: Worker
  readonly pending: Map<number, { resolve: (reply: DecodeReply) => void; reject: (error: Error) => void }>
}

export function createDecodePool(options: DecodePoolOptions = {}): DownloadDecoder {
  const script = options.script === undefined ? bundledWorkerScript() : options.script
  const count = script === null ? 0 : Math.max(0, options.workers ?? Math.min(4, availableParallelism(), (options.downloads ?? Infinity) - 1))
  const usage = { onWorkers: 0, here: 0, workers: 0 }
  let nextId = 0
  let workers: PoolWorker[] = []

  const retire = (entry: PoolWorker, error: Error): void => {
    workers = workers.filter((other) => other !== entry)
    for (const { reject } of entry.pending.values()) reject(error)
    entry.pending.clear()
    void entry.worker.terminate()
  }
  const start = (): PoolWorker | undefined => {
    try {
      const worker = new Worker(script!)
      const entry: PoolWorker = { worker, pending: new Map() }
      worker.on('message', (reply: DecodeReply) => {
        const waiting = entry.pending.get(reply.id)
        entry.pending.delete(reply.id)
        if (entry.pending.size === 0) worker.unref()
        waiting?.resolve(reply)
      })
      worker.on('error', (error) => retire(entry, error))
      worker.on('exit', (code) => retire(entry, new Error(`the decoding worker stopped (exit code ${code})`)))
      // Idle workers never keep the process alive; one with work does (see send).
      worker.unref()
      return entry
    } catch {
      return undefined
    }
  }
  for (let index = 0; index < count && script; index++) {
    const entry = start()
    if (entry) workers.push(entry)
  }
  usage.workers = workers.length

  const send = (entry: PoolWorker, bytes: Uint8Array, singleFlowId: string | undefined): Promise<DecodeReply> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      if (entry.pending.size === 0) entry.worker.ref()
      entry.pending.set(id, { resolve, reject })
      // A copy, not a transfer: if the worker fails, this thread still holds the bytes to decode them itself.
      entry.worker.postMessage({ id, bytes, singleFlowId } satisfies DecodeRequest)
    })

  const decodeHere = (bytes: Uint8Array, singleFlowId: string | undefined): DecodedFile[] => {
    usage.here++
    return decodeDownload(bytes, singleFlowId)
  }

  return {
    usage,
    async decode(bytes, singleFlowId) {
      const entry = workers.reduce<PoolWorker | undefined>((least, candidate) => (least === undefined || candidate.pending.size < least.pending.size ? candidate : least), undefined)
      if (entry === undefined) return decodeHere(bytes, singleFlowId)
      let reply: DecodeReply
      try {
        reply = await send(entry, bytes, singleFlowId)
      } catch {
        return decodeHere(bytes, singleFlowId)
      }
      usage.onWorkers++
      if ('unreadable' in reply) throw new UnreadableDownload(reply.unreadable)
      return fromWire(reply.files)
    },
    async close() {
      const stopping = workers
      workers = []
      await Promise.all(stopping.map((entry) => entry.worker.terminate()))
    },
  }
}

/**
 * The worker's script built beside the Action's bundle (dist/decode-worker/index.js), or null where there is
 * none: run from the TypeScript sources, or from a bundle built without it (the library, the CLI).
 */
function bundledWorkerScript(): string | null {
  const here = fileURLToPath(import.meta.url)
  if (!here.endsWith('.js')) return null
  const script = join(dirname(here), WORKER_FOLDER, 'index.js')
  return existsSync(script) ? script : null
}

/** Kept in a constant so the bundler does not try to bundle the worker into the Action's own file. */
const WORKER_FOLDER = 'decode-worker'
