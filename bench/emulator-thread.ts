// The bench's handle on an emulator running in a worker thread (see emulator-worker.ts).
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { EmulatorOptions, ExportJobTrace, RequestLogEntry } from '../emulator/index.js'

export interface EmulatorThread {
  readonly apiUrl: string
  readonly loginUrl: string
  readonly clientId: string
  readonly clientSecret: string
  /** Clears tokens, rate windows, jobs and the request log (after a warm-up), keeping the org. */
  reset(): Promise<void>
  /** The request log and the milliseconds the emulator's thread was busy since the last reset. */
  requests(): Promise<{ requests: RequestLogEntry[]; busyMs: number }>
  /** The export jobs registered since the last reset, as the service ran them. */
  exportJobs(): Promise<ExportJobTrace[]>
  close(): Promise<void>
}

export async function startEmulatorThread(options: EmulatorOptions): Promise<EmulatorThread> {
  const worker = new Worker(new URL('./emulator-worker.mjs', import.meta.url), { workerData: options })
  const [ready] = (await once(worker, 'message')) as [{ apiUrl: string; loginUrl: string; clientId: string; clientSecret: string }]
  const ask = async <T>(message: string): Promise<T> => {
    worker.postMessage(message)
    const [answer] = (await once(worker, 'message')) as [T]
    return answer
  }
  return {
    apiUrl: ready.apiUrl,
    loginUrl: ready.loginUrl,
    clientId: ready.clientId,
    clientSecret: ready.clientSecret,
    reset: () => ask<unknown>('reset').then(() => undefined),
    requests: () => ask<{ requests: RequestLogEntry[]; busyMs: number }>('requests'),
    exportJobs: () => ask<{ jobs: ExportJobTrace[] }>('jobs').then((answer) => answer.jobs),
    async close() {
      worker.postMessage('close')
      await once(worker, 'exit')
    },
  }
}

/** The Action's inputs for a whole-org export from this emulator, as both export benches run it. */
export function exportInputs(emulator: EmulatorThread, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'client-id': emulator.clientId,
    'client-secret': emulator.clientSecret,
    'api-url': emulator.apiUrl,
    'login-url': emulator.loginUrl,
    mode: 'export',
    'flow-types': 'all',
    'fail-on': 'never',
    ...extra,
  }
}
