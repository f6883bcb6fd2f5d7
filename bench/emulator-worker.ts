// Runs the emulator in a worker thread, so its CPU work (building export zips) does not stall the
// client's event loop: as with a real service, the client sees only the time the answers take. The
// thread's busy time is measured too: it is the emulator's own processing time, part of the floor.
import { performance } from 'node:perf_hooks'
import { parentPort, workerData } from 'node:worker_threads'
import { startEmulator, type EmulatorOptions } from '../emulator/index.js'

const emulator = await startEmulator(workerData as EmulatorOptions)
let since = performance.eventLoopUtilization()
parentPort!.postMessage({
  kind: 'ready',
  apiUrl: emulator.apiUrl,
  loginUrl: emulator.loginUrl,
  clientId: emulator.clientId,
  clientSecret: emulator.clientSecret,
})
parentPort!.on('message', async (message: string) => {
  if (message === 'reset') {
    emulator.reset()
    // reset() clears faults too; the bench's latency model is one of them.
    emulator.setFaults((workerData as EmulatorOptions).faults ?? {})
    since = performance.eventLoopUtilization()
    parentPort!.postMessage({ kind: 'reset' })
  }
  if (message === 'requests') {
    const busyMs = performance.eventLoopUtilization(since).active
    parentPort!.postMessage({ kind: 'requests', requests: emulator.requests, busyMs })
  }
  if (message === 'jobs') parentPort!.postMessage({ kind: 'jobs', jobs: emulator.exportJobs() })
  if (message === 'close') {
    await emulator.close()
    parentPort!.close()
  }
})
