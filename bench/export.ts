// bench:export — the WHOLE Action process (`node dist/index.js`, started as a runner starts it) exporting an
// emulated org, from process start to exit: listing, export jobs, decoding, validation, writing and the report.
//
// The emulator runs in a worker thread of this process, so it does not share the Action's process (nor its
// event loop). BENCH_CLOCK_SCALE=n divides the rate window, the job time and the answer latency by n (default
// 10; 1 = real time). BENCH_SIZES (default 200,2000) chooses the orgs; BENCH_ROWS (default: every row) the rows
// by label; BENCH_REPEAT (default 3) the timed runs per row; BENCH_CPU_PROF=DIR writes a `node --cpu-prof`
// profile of each timed run there; BENCH_NODE=24 runs the Action on the Node GitHub runs it on
// (action.yml `runs.using: node24`, fetched by `npm test` into node_modules/.cache/action-node) instead of this one. The workspaces
// are made under the system temp folder (TMPDIR); the bench first measures what creating a file costs there.
// Prints figures; asserts nothing. Needs `npm run build` first (it runs dist/index.js).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../scripts/support/runner.js'
import { actionRuntimeNode } from '../scripts/support/action-nodes.js'
import type { RequestLogEntry } from '../emulator/index.js'
import { exportInputs, startEmulatorThread, type EmulatorThread } from './emulator-thread.js'

const CLOCK_SCALE = Number(process.env.BENCH_CLOCK_SCALE ?? 10)
const REQUESTS_PER_WINDOW = 300
const WINDOW_MS = 60_000 / CLOCK_SCALE
/** An export job takes 3 s + 50 ms a flow in this model (300 ms + 5 ms scaled 10×); assumed, not measured. */
const JOB_FIXED_MS = 3_000 / CLOCK_SCALE
const JOB_PER_FLOW_MS = 50 / CLOCK_SCALE
/** Each API answer takes 100 ms (10 ms scaled): a round trip plus server time; assumed. */
const LATENCY_MS = 100 / CLOCK_SCALE
const ORG_SIZES = (process.env.BENCH_SIZES ?? '200,2000').split(',').map(Number)
const PER_JOB = 50
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF
/** BENCH_TIMELINE=1: print each request of the quickest run (ms from the first one), to see where time went. */
const TIMELINE = process.env.BENCH_TIMELINE === '1'
/**
 * Timed runs per row; the quickest is shown (and the median beside it). On a machine shared with other
 * work the quickest run is the one least disturbed by it.
 */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3)

/**
 * One row of the table: the inputs it runs the Action with, on top of the common ones (mode export,
 * every flow type). Add a row here to compare a setting (e.g. a check on and off).
 */
interface Scenario {
  readonly label: string
  readonly inputs: Readonly<Record<string, string>>
  /**
   * The workspace already holds the snapshot of this org (a nightly run after an unchanged day): the files
   * exist, as a checkout leaves them, so the run compares and writes nothing. Otherwise each run starts empty
   * (a first snapshot: every file is created).
   */
  readonly previousSnapshot?: boolean
}

const ALL_SCENARIOS: readonly Scenario[] = [
  { label: 'default settings', inputs: {} },
  { label: 'concurrency: 16', inputs: { concurrency: '16' } },
  { label: 'routing: false', inputs: { routing: 'false' } },
  { label: 'nightly (nothing changed)', inputs: {}, previousSnapshot: true },
]
const SCENARIOS = ALL_SCENARIOS.filter((scenario) => process.env.BENCH_ROWS === undefined || process.env.BENCH_ROWS.split(',').includes(scenario.label))

interface Row {
  readonly org: number
  readonly label: string
  readonly exported: number
  readonly wallMs: number
  readonly medianWallMs: number
  readonly floorMs: number
  readonly requests: number
  readonly throttled: number
  readonly settledAt: string
  readonly peakRssMiB: number
  /** The Action process's CPU time (user + system), from /usr/bin/time. */
  readonly actionCpuMs: number
  /** The emulator thread's busy time during the run (mostly zipping each job's download). */
  readonly emulatorBusyMs: number
  readonly phases: Phases
}

/**
 * The floor (as issue 14 defines it): the fewest API requests the export needs (the listing pages this run
 * needed, one registration and one poll per job of 50) sent at the allowed average rate, plus the time of
 * one job of 50 flows, which no client can shorten.
 */
function floorMs(listingPages: number, flows: number): number {
  const jobs = Math.ceil(flows / PER_JOB)
  const fewest = listingPages + 2 * jobs
  return (fewest * WINDOW_MS) / REQUESTS_PER_WINDOW + JOB_FIXED_MS + JOB_PER_FLOW_MS * Math.min(flows, PER_JOB)
}

/** When each `::group::` of the Action's log began, in ms from process start: where the time went. */
type Phases = [name: string, startMs: number][]

const NODE = process.env.BENCH_NODE === '24' ? actionRuntimeNode() : { version: process.version, path: process.execPath }

/**
 * Runs the Action once in `workspace`. Workspaces are removed only after the row's last run: removing
 * thousands of files makes some file systems (online discard) busy for seconds, which would slow the next
 * timed run for a reason that is not the Action's.
 */
async function runOnce(emulator: EmulatorThread, scenario: Scenario, profile: boolean, workspace: string): Promise<{ run: ActionRun; wallMs: number; phases: Phases }> {
  const phases: Phases = []
  const started = performance.now()
  const run = await runAction(
    exportInputs(emulator, scenario.inputs),
    {
      workspace,
      runnerTemp: workspace,
      onLine: (line) => {
        if (line.startsWith('::group::')) phases.push([line.slice('::group::'.length), performance.now() - started])
      },
      wrapper: ['/usr/bin/time', '-v'],
      node: NODE.path,
      nodeOptions: profile && CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [],
    },
  )
  const wallMs = performance.now() - started
  if (run.exitCode !== 0) throw new Error(`The Action failed (exit ${run.exitCode}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`)
  return { run, wallMs, phases }
}

async function measure(size: number, scenario: Scenario): Promise<Row> {
  const emulator = await startEmulatorThread({
    flows: size,
    seed: 42,
    requestsPerMinute: REQUESTS_PER_WINDOW,
    rateWindowMs: WINDOW_MS,
    jobStartedAfterMs: 0,
    jobDoneAfterMs: JOB_FIXED_MS,
    jobDoneAfterMsPerFlow: JOB_PER_FLOW_MS,
    faults: { slowMs: LATENCY_MS },
  })
  try {
    // A real service is warm: one untimed run first; reset() then clears its rate windows and request log.
    // For a nightly row that run also leaves the snapshot the timed runs find in their workspace.
    const workspaces: string[] = []
    const workspace = (): string => {
      if (scenario.previousSnapshot && workspaces.length > 0) return workspaces[0]!
      workspaces.push(mkdtempSync(join(tmpdir(), 'gfs-bench-')))
      return workspaces.at(-1)!
    }
    const runs = []
    try {
      await runOnce(emulator, scenario, false, workspace())
      for (let attempt = 0; attempt < REPEAT; attempt++) {
        await emulator.reset()
        const timed = await runOnce(emulator, scenario, true, workspace())
        runs.push({ ...timed, ...(await emulator.requests()) })
      }
    } finally {
      for (const folder of workspaces) rmSync(folder, { recursive: true, force: true })
    }
    const walls = runs.map((timed) => timed.wallMs).sort((a, b) => a - b)
    const { run, wallMs, phases, requests, busyMs } = runs.find((timed) => timed.wallMs === walls[0])!
    const api = requests.filter((entry) => entry.listener === 'api')
    if (TIMELINE) printTimeline(requests)
    const listingPages = api.filter((entry) => entry.path === '/api/v2/flows' && entry.status === 200).length
    return {
      org: size,
      label: scenario.label,
      exported: Number(run.outputs['flows-exported'] ?? 0),
      wallMs,
      medianWallMs: walls[Math.floor(walls.length / 2)]!,
      floorMs: floorMs(listingPages, size),
      requests: api.length,
      // Over every timed run, not only the quickest.
      throttled: runs.flatMap((timed) => timed.requests).filter((entry) => entry.listener === 'api' && entry.status === 429).length,
      settledAt: /concurrency settled at (\d+)/i.exec(run.stdout)?.[1] ?? /(\d+) at a time/.exec(run.stdout)?.[1] ?? '?',
      emulatorBusyMs: busyMs,
      phases,
      peakRssMiB: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024,
      actionCpuMs: (Number(/User time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN)) * 1000,
    }
  } finally {
    await emulator.close()
  }
}

function printTimeline(requests: readonly RequestLogEntry[]): void {
  const start = Math.min(...requests.map((entry) => entry.at))
  for (const entry of requests) {
    const path = entry.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '…')
    console.log(`${String(entry.at - start).padStart(6)} ms ${entry.listener.padEnd(8)} ${entry.method.padEnd(4)} ${entry.status} ${path}`)
  }
}

function print(rows: readonly Row[]): void {
  const header = ['org', 'settings', 'exported', 'wall s', `median of ${REPEAT} s`, 'floor s', 'wall / floor', 'API requests', '429s', 'concurrency settled at', 'peak RSS MiB', 'Action CPU s', 'emulator busy s']
  const lines = [header, header.map(() => '---')]
  for (const row of rows) {
    lines.push([
      String(row.org),
      row.label,
      String(row.exported),
      (row.wallMs / 1000).toFixed(2),
      (row.medianWallMs / 1000).toFixed(2),
      (row.floorMs / 1000).toFixed(2),
      (row.wallMs / row.floorMs).toFixed(2),
      String(row.requests),
      String(row.throttled),
      row.settledAt,
      row.peakRssMiB.toFixed(0),
      (row.actionCpuMs / 1000).toFixed(2),
      (row.emulatorBusyMs / 1000).toFixed(2),
    ])
  }
  console.log(lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n'))
  console.log('\nWhen each phase of the log began (s from process start; the process ended at wall):')
  for (const row of rows) {
    console.log(`- ${row.org}, ${row.label}: ${row.phases.map(([name, at]) => `${name} ${(at / 1000).toFixed(2)}`).join(' · ')} · exit ${(row.wallMs / 1000).toFixed(2)}`)
  }
}

/**
 * What creating (and removing) one small file costs in the temp folder the workspaces are made in: a first
 * snapshot creates every flow's file, so a file system where creating a file is slow shows in every row.
 */
function fileCreationMicros(): number {
  const folder = mkdtempSync(join(tmpdir(), 'gfs-bench-probe-'))
  try {
    const count = 500
    const started = performance.now()
    for (let index = 0; index < count; index++) writeFileSync(join(folder, `probe-${index}.json`), '{}\n', { flag: 'wx' })
    return ((performance.now() - started) * 1000) / count
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const creationMicros = fileCreationMicros()
const rows: Row[] = []
for (const size of ORG_SIZES) for (const scenario of SCENARIOS) rows.push(await measure(size, scenario))
console.log(
  `Clock scaled ${CLOCK_SCALE}×: ${REQUESTS_PER_WINDOW} requests per ${WINDOW_MS / 1000} s window, export job ${JOB_FIXED_MS} ms + ` +
    `${JOB_PER_FLOW_MS} ms a flow, API answers ${LATENCY_MS} ms. Whole process: \`${NODE.version === process.version ? 'node' : `node ${NODE.version}`} dist/index.js\` ` +
    `(Node ${NODE.version}), mode export, flow-types all.\nWorkspaces under ${tmpdir()}: creating a file there takes ${creationMicros.toFixed(0)} µs.\n`,
)
print(rows)
