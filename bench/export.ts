// bench:export — our export engine against a sequential per-flow baseline, on emulated orgs of 200 and
// 2,000 flows with the real rate limit (300 requests a minute per OAuth client).
//
// Real time by default. BENCH_CLOCK_SCALE=n divides the rate window, the job time, the answer latency
// and so the floor by n, for a quick run; the emulator's own CPU time does not scale (see BENCHMARKS.md).
// Each emulator runs in its own thread and is warmed up (one untimed export) before the timed run, as a
// real service would be. Prints figures; asserts nothing.
import { createGenesysClient } from '../src/genesys/client.js'
import { exportFlows } from '../src/genesys/export.js'
import { httpFetch } from '../src/genesys/http.js'
import { FLOW_TYPES } from '../src/model.js'
import { startEmulatorThread, type EmulatorThread } from './emulator-thread.js'

const CLOCK_SCALE = Number(process.env.BENCH_CLOCK_SCALE ?? 1)
const REQUESTS_PER_MINUTE = 300
const WINDOW_MS = 60_000 / CLOCK_SCALE
/** An export job of up to 50 flows takes 2 s in this model (0.2 s scaled); the reference gives no figure. */
const JOB_DONE_MS = 2_000 / CLOCK_SCALE
/** Each API answer takes 100 ms in this model (a round trip plus server time; assumed, not measured). */
const LATENCY_MS = 100 / CLOCK_SCALE
const ORG_SIZES = (process.env.BENCH_SIZES ?? '200,2000').split(',').map(Number)
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY ?? '4,16').split(',').map(Number)
const LIST_PAGE = 500
const PER_JOB = 50

interface Row {
  readonly org: number
  readonly run: string
  readonly flows: number
  readonly wallMs: number
  /** Fewest requests at the allowed rate + job waits + the emulator's own busy time. */
  readonly floorMs: number
  readonly emulatorBusyMs: number
  readonly requests: number
  readonly throttled: number
}

interface Measured {
  readonly flows: number
  readonly wallMs: number
}

/** Earliest time the last of `requests` can leave under a fixed window of REQUESTS_PER_MINUTE. */
function rateFloorMs(requests: number): number {
  return Math.floor(Math.max(0, requests - 1) / REQUESTS_PER_MINUTE) * WINDOW_MS
}

async function withOrg(size: number, run: (emulator: EmulatorThread) => Promise<Measured>) {
  const emulator = await startEmulatorThread({
    flows: size,
    seed: 42,
    requestsPerMinute: REQUESTS_PER_MINUTE,
    rateWindowMs: WINDOW_MS,
    jobStartedAfterMs: 0,
    jobDoneAfterMs: JOB_DONE_MS,
    faults: { slowMs: LATENCY_MS },
  })
  try {
    await runOurs(emulator, 16)
    await emulator.reset()
    const measured = await run(emulator)
    const { requests, busyMs } = await emulator.requests()
    const api = requests.filter((entry) => entry.listener === 'api')
    return { ...measured, emulatorBusyMs: busyMs, requests: api.length, throttled: api.filter((entry) => entry.status === 429).length }
  } finally {
    await emulator.close()
  }
}

async function runOurs(emulator: EmulatorThread, concurrency: number): Promise<Measured> {
  const started = performance.now()
  const client = createGenesysClient(
    { clientId: emulator.clientId, clientSecret: emulator.clientSecret, apiUrl: emulator.apiUrl, loginUrl: emulator.loginUrl, concurrency },
    { rateWindowMs: WINDOW_MS },
  )
  const result = await exportFlows(
    client,
    { flowIds: [], flowTypes: [...FLOW_TYPES], flowNames: [], includeDependencies: true },
    { maxExportBytes: 52_428_800, concurrency },
  )
  if (result.failed.length > 0) throw new Error(`${result.failed.length} flows failed: ${result.failed[0]!.reason}`)
  return { flows: result.exported.length, wallMs: performance.now() - started }
}

async function ours(size: number, concurrency: number): Promise<Row> {
  const row = await withOrg(size, (emulator) => runOurs(emulator, concurrency))
  // Fewest requests: the listing pages, and per job one registration and one poll that finds it done.
  const jobs = Math.ceil(size / PER_JOB)
  const fewest = Math.ceil(size / LIST_PAGE) + 2 * jobs
  // Answers no client can overlap: token, listing, registration, the poll that finds the job done.
  const chainMs = 4 * LATENCY_MS
  const floorMs = rateFloorMs(fewest) + Math.ceil(jobs / concurrency) * JOB_DONE_MS + row.emulatorBusyMs + chainMs
  return { org: size, run: `ours, concurrency ${concurrency}`, floorMs, ...row }
}

/** What a tutorial would do: list the flows, then fetch each configuration in turn, waiting out 429s. */
async function runBaseline(emulator: EmulatorThread): Promise<Measured> {
  const started = performance.now()
  const basic = Buffer.from(`${emulator.clientId}:${emulator.clientSecret}`).toString('base64')
  const login = await httpFetch(`${emulator.loginUrl}/oauth/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  })
  const token = ((await login.json()) as { access_token: string }).access_token
  const get = async (path: string): Promise<unknown> => {
    for (;;) {
      const response = await httpFetch(emulator.apiUrl + path, { headers: { Authorization: `Bearer ${token}` } })
      if (response.status === 429) {
        await response.text()
        await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000))
        continue
      }
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
      return response.json()
    }
  }
  const ids: string[] = []
  for (let page = 1; ; page++) {
    const listing = (await get(`/api/v2/flows?pageSize=${LIST_PAGE}&pageNumber=${page}`)) as { entities: { id: string }[]; pageCount: number }
    ids.push(...listing.entities.map((flow) => flow.id))
    if (page >= listing.pageCount) break
  }
  for (const id of ids) await get(`/api/v2/flows/${id}/latestconfiguration`)
  return { flows: ids.length, wallMs: performance.now() - started }
}

async function baseline(size: number): Promise<Row> {
  const row = await withOrg(size, runBaseline)
  const floorMs = rateFloorMs(Math.ceil(size / LIST_PAGE) + size) + row.emulatorBusyMs
  return { org: size, run: 'baseline, sequential per flow', floorMs, ...row }
}

function print(rows: readonly Row[]): void {
  const header = ['org', 'run', 'flows', 'wall s', 'floor s', 'of which emulator busy s', 'wall / floor', 'API requests', '429s', '429 %', 'baseline / ours']
  const lines = [header, header.map(() => '---')]
  for (const row of rows) {
    const base = rows.find((other) => other.org === row.org && other.run.startsWith('baseline'))
    lines.push([
      String(row.org),
      row.run,
      String(row.flows),
      (row.wallMs / 1000).toFixed(2),
      (row.floorMs / 1000).toFixed(2),
      (row.emulatorBusyMs / 1000).toFixed(2),
      (row.wallMs / row.floorMs).toFixed(2),
      String(row.requests),
      String(row.throttled),
      ((row.throttled / Math.max(1, row.requests)) * 100).toFixed(2),
      base && base !== row ? `${(base.wallMs / row.wallMs).toFixed(1)}×` : '',
    ])
  }
  console.log(lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n'))
}

const rows: Row[] = []
for (const size of ORG_SIZES) {
  for (const concurrency of CONCURRENCIES) rows.push(await ours(size, concurrency))
  rows.push(await baseline(size))
}
console.log(
  `Clock scaled ${CLOCK_SCALE}×: ${REQUESTS_PER_MINUTE} requests per ${WINDOW_MS / 1000} s window (= per minute), ` +
    `export job ${JOB_DONE_MS} ms (= ${(JOB_DONE_MS * CLOCK_SCALE) / 1000} s), API answers ${LATENCY_MS} ms (= ${LATENCY_MS * CLOCK_SCALE} ms). ` +
    `Multiply seconds by ${CLOCK_SCALE} for real time.\n`,
)
print(rows)
