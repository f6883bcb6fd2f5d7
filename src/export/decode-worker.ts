// The decoding worker's entry (built on its own into dist/decode-worker/): see decode-pool.ts.
import { parentPort } from 'node:worker_threads'
import { decodeForWorker, type DecodeRequest } from './decode-pool.js'

parentPort?.on('message', (request: DecodeRequest) => parentPort!.postMessage(decodeForWorker(request)))
