// bench:resources — what check-resources adds to a run: the export of an emulated org of 2,000 flows
// (every type, with the planted deleted queue and data action), without and with the dependency-tracking
// check, under the real rate limit (300 requests a minute per OAuth client). Prints figures; asserts nothing.
//
// Real time by default; BENCH_CLOCK_SCALE=n divides the rate window, the job time and the answer latency
// by n. BENCH_SIZES=2000 chooses the org sizes. The emulator runs in its own thread and is warmed up first.
import { createGenesysClient, type GenesysClient } from '../src/genesys/client.js'
import { beginResourceCheck } from '../src/genesys/dependency-tracking.js'
import { exportFlows } from '../src/export/export.js'
import { FLOW_TYPES } from '../src/model.js'
import { startEmulatorThread, type EmulatorThread } from './emulator-thread.js'

const CLOCK_SCALE = Number(process.env.BENCH_CLOCK_SCALE ?? 1)
const WINDOW_MS = 60_000 / CLOCK_SCALE
const JOB_DONE_MS = 2_000 / CLOCK_SCALE
const LATENCY_MS = 100 / CLOCK_SCALE
const ORG_SIZES = (process.env.BENCH_SIZES ?? '2000').split(',').map(Number)
const CONCURRENCY = 4

interface Row {
  readonly org: number
  readonly check: boolean
  readonly flows: number
  readonly wallMs: number
  readonly checkMs: number
  readonly requests: number
  readonly trackingRequests: number
  readonly findings: string
}

function clientFor(emulator: EmulatorThread): GenesysClient {
  return createGenesysClient(
    { clientId: emulator.clientId, clientSecret: emulator.clientSecret, apiUrl: emulator.apiUrl, loginUrl: emulator.loginUrl, concurrency: CONCURRENCY },
    { rateWindowMs: WINDOW_MS },
  )
}

/**
 * One run as the Action makes it: with the check, dependency tracking's listings begin beside the export and
 * are read for the exported flows once it ends; "of it the check" is how long the run then still waits for them.
 */
async function runOnce(emulator: EmulatorThread, check: boolean): Promise<Omit<Row, 'org' | 'requests' | 'trackingRequests'>> {
  const client = clientFor(emulator)
  const started = performance.now()
  const pending = check ? beginResourceCheck(client, FLOW_TYPES) : undefined
  const result = await exportFlows(
    client,
    { flowIds: [], flowTypes: [...FLOW_TYPES], flowNames: [], includeDependencies: true },
    { maxExportBytes: 52_428_800, concurrency: CONCURRENCY },
  )
  const exportedAt = performance.now()
  let findings = '-'
  if (pending) {
    const resources = await pending.finish(result.exported.map((flow) => flow.ref))
    const deleted = resources.problems.filter((problem) => problem.state === 'deleted').length
    findings = `${resources.buildStatus}: ${deleted} deleted, ${resources.problems.length - deleted} stale`
  }
  const ended = performance.now()
  return { check, flows: result.exported.length, wallMs: ended - started, checkMs: ended - exportedAt, findings }
}

async function measure(size: number): Promise<Row[]> {
  const emulator = await startEmulatorThread({
    flows: size,
    seed: 42,
    requestsPerMinute: 300,
    rateWindowMs: WINDOW_MS,
    jobDoneAfterMs: JOB_DONE_MS,
    faults: { slowMs: LATENCY_MS },
  })
  try {
    await runOnce(emulator, true) // warm-up, untimed
    const rows: Row[] = []
    for (const check of [false, true]) {
      await emulator.reset()
      const measured = await runOnce(emulator, check)
      const api = (await emulator.requests()).requests.filter((entry) => entry.listener === 'api')
      const tracking = api.filter((entry) => entry.path.startsWith('/api/v2/architect/dependencytracking'))
      rows.push({ org: size, ...measured, requests: api.length, trackingRequests: tracking.length })
    }
    return rows
  } finally {
    await emulator.close()
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
const rows: Row[] = []
for (const size of ORG_SIZES) rows.push(...(await measure(size)))
console.log(`bench:resources, clock scale ${CLOCK_SCALE} (rate window ${WINDOW_MS} ms, job ${JOB_DONE_MS} ms, answer latency ${LATENCY_MS} ms), concurrency ${CONCURRENCY}\n`)
console.log('| org | check-resources | flows exported | API requests | of them dependency tracking | wall time | of it the check | resource findings |')
console.log('|---:|---|---:|---:|---:|---:|---:|---|')
for (const row of rows) {
  console.log(
    `| ${row.org.toLocaleString('en-US')} | ${row.check} | ${row.flows.toLocaleString('en-US')} | ${row.requests} | ${row.trackingRequests} | ${seconds(row.wallMs)} | ${row.check ? seconds(row.checkMs) : '-'} | ${row.findings} |`,
  )
}
for (const size of ORG_SIZES) {
  const [without, withCheck] = rows.filter((row) => row.org === size)
  console.log(`\n${size.toLocaleString('en-US')} flows: the check adds ${withCheck!.requests - without!.requests} requests and ${seconds(withCheck!.checkMs)}.`)
}
