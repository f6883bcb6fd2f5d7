// The decoding worker's entry (built on its own into dist/decode-worker/; see export/decode-pool.ts). An entry
// point, like index.ts: it alone joins the export engine's decoding to the snapshot's canonical file writer.
import { parentPort } from 'node:worker_threads'
import { decodeForWorker, type DecodeRequest } from './export/decode-pool.js'
import { canonicalFile } from './snapshot/canonical-file.js'

parentPort?.on('message', (request: DecodeRequest) => parentPort!.postMessage(decodeForWorker(request, canonicalFile)))
