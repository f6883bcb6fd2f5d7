// bench:overload — the WHOLE Action process (`node dist/index.js`) exporting 1,000 flows from an emulated org
// whose export service runs 4 jobs at once and fails the jobs beyond that with Archy's exit 107, while 5 % of
// the other jobs fail that way anyway (the overload model of docs/genesys-api.md §4.2a; emulator/README.md
// `exportCapacity`, `jobFailureRate`). It prints the jobs registered and failed, and the run's time ÷ the
// capacity floor: ceil(jobs needed ÷ capacity) × one job's time, the least time any client could take.
//
// Real time by default: the export waits on the service, and a clock scaled down would make the run's own CPU work
// (start-up, validation, writing 1,000 files) weigh ten times what a user feels. BENCH_CLOCK_SCALE=n divides the
// rate window, the job time and the latency by n, as in bench:export. BENCH_REPEAT (default 2) timed runs;
// BENCH_CAPACITY (4), BENCH_FAIL_RATE (0.05) and BENCH_FLOWS (1000) change the model; BENCH_INPUTS='{"concurrency":"8"}'
// adds Action inputs; BENCH_TIMELINE=1 prints each job as the service ran it. Needs `npm run build` first. Prints
// figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../scripts/support/runner.js'
import { exportInputs, startEmulatorThread } from './emulator-thread.js'
import type { ExportJobTrace } from '../emulator/index.js'

const CLOCK_SCALE = Number(process.env.BENCH_CLOCK_SCALE ?? 1)
const FLOWS = Number(process.env.BENCH_FLOWS ?? 1000)
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 4)
const FAIL_RATE = Number(process.env.BENCH_FAIL_RATE ?? 0.05)
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2)
const TIMELINE = process.env.BENCH_TIMELINE === '1'
const EXTRA_INPUTS = JSON.parse(process.env.BENCH_INPUTS ?? '{}') as Record<string, string>
/** The job and latency model of bench:export: 3 s + 50 ms a flow, 100 ms an answer (assumed, not measured). */
const JOB_FIXED_MS = 3_000 / CLOCK_SCALE
const JOB_PER_FLOW_MS = 50 / CLOCK_SCALE
const LATENCY_MS = 100 / CLOCK_SCALE
const WINDOW_MS = 60_000 / CLOCK_SCALE
const PER_JOB = 50

interface Measured {
  readonly wallMs: number
  readonly exported: number
  readonly registered: number
  readonly failedJobs: number
  readonly line: string
  /** From the first export-job registration to the last export-job request: the export alone, as the service saw it. */
  readonly exportSpanMs: number
  /** From spawn to the first export-job request, and from the last one to exit: the run's own work. */
  readonly beforeMs: number
  readonly afterMs: number
  readonly jobs: readonly ExportJobTrace[]
  /** Each export-job poll: the job's id and when it arrived. */
  readonly polls: readonly { readonly id: string; readonly at: number }[]
  /** The requests before the first export job (ms from spawn): sign-in and listing. */
  readonly early: readonly { readonly at: number; readonly what: string }[]
}

const emulator = await startEmulatorThread({
  flows: FLOWS,
  seed: 42,
  plant: false,
  requestsPerMinute: 300,
  rateWindowMs: WINDOW_MS,
  jobStartedAfterMs: 0,
  jobDoneAfterMs: JOB_FIXED_MS,
  jobDoneAfterMsPerFlow: JOB_PER_FLOW_MS,
  faults: { slowMs: LATENCY_MS, exportCapacity: CAPACITY, jobFailureRate: FAIL_RATE },
})

async function runOnce(): Promise<Measured> {
  const workspace = mkdtempSync(join(tmpdir(), 'gfs-overload-'))
  try {
    const started = performance.now()
    const startedAt = Date.now()
    const run = await runAction(exportInputs(emulator, EXTRA_INPUTS), { workspace, runnerTemp: workspace })
    const wallMs = performance.now() - started
    const endedAt = Date.now()
    if (run.exitCode !== 0) throw new Error(`The Action failed (exit ${run.exitCode}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`)
    const { requests } = await emulator.requests()
    const registrations = requests.filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/flows/export/jobs' && entry.status < 300)
    const jobRequests = requests.filter((entry) => entry.path.startsWith('/api/v2/flows/export/jobs')).map((entry) => entry.at)
    const exportSpanMs = Math.max(...jobRequests) - Math.min(...jobRequests)
    const beforeMs = Math.min(...jobRequests) - startedAt
    const afterMs = endedAt - Math.max(...jobRequests)
    // A failed job is one some poll saw in Failure: the emulator's log holds no bodies, so the Action's own line says it.
    const line = /Genesys Cloud's export service[^\n]*/.exec(run.stdout)?.[0] ?? 'no transient failure reported'
    const failedJobs = Number(/: (\d+) jobs? failed/.exec(line)?.[1] ?? /failed (\d+) jobs?/.exec(line)?.[1] ?? 0)
    const jobs = await emulator.exportJobs()
    const polls = requests
      .filter((entry) => entry.method === 'GET' && entry.path.startsWith('/api/v2/flows/export/jobs/'))
      .map((entry) => ({ id: entry.path.slice('/api/v2/flows/export/jobs/'.length), at: entry.at }))
    const firstJobAt = Math.min(...jobRequests)
    const early = requests.filter((entry) => entry.at < firstJobAt).map((entry) => ({ at: entry.at - startedAt, what: `${entry.method} ${entry.path} ${entry.status}` }))
    return { wallMs, exported: Number(run.outputs['flows-exported'] ?? 0), registered: registrations.length, failedJobs, line, exportSpanMs, beforeMs, afterMs, jobs, polls, early }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

/**
 * Each job as the service ran it (s from the first registration), and the capacity the service had idle while
 * any job was still to come: the time a perfect client would not have lost.
 */
function printTimeline(jobs: readonly ExportJobTrace[], polls: Measured['polls']): void {
  const start = Math.min(...jobs.map((job) => job.createdAt))
  const end = Math.max(...jobs.map((job) => job.doneAt))
  const s = (ms: number): string => ((ms - start) / 1000).toFixed(2)
  for (const job of [...jobs].sort((a, b) => a.createdAt - b.createdAt)) {
    const how = job.overCapacity ? 'failed: over capacity' : job.failed ? 'failed anyway' : 'done'
    const mine = polls.filter((poll) => poll.id === job.id)
    const seen = mine.find((poll) => poll.at >= job.doneAt)
    const seenAt = seen ? `${s(seen.at)} s after ${mine.length} polls` : 'never'
    console.log(`  job ${s(job.createdAt)} → ${s(job.doneAt)} s, ${job.flows} flows, ${how}; seen done ${seenAt}`)
  }
  let idleMs = 0
  for (let at = start; at < end; at += 10) {
    const running = jobs.filter((job) => !job.overCapacity && job.createdAt <= at && at < job.doneAt).length
    idleMs += Math.max(0, CAPACITY - running) * 10
  }
  console.log(`  capacity idle before the last job was done: ${(idleMs / CAPACITY / 1000).toFixed(2)} s of all ${CAPACITY} slots`)
}

try {
  const needed = Math.ceil(FLOWS / PER_JOB)
  const oneJobMs = JOB_FIXED_MS + JOB_PER_FLOW_MS * PER_JOB
  const floorMs = Math.ceil(needed / CAPACITY) * oneJobMs
  console.log(`bench:overload — ${FLOWS} flows, capacity ${CAPACITY}, ${FAIL_RATE * 100} % failing anyway, clock ÷${CLOCK_SCALE}, node ${process.version}`)
  console.log(`jobs needed ${needed}; capacity floor ceil(${needed} ÷ ${CAPACITY}) × ${oneJobMs} ms = ${(floorMs / 1000).toFixed(2)} s`)
  await emulator.reset()
  await runOnce() // warm-up, untimed
  const runs: Measured[] = []
  for (let index = 0; index < REPEAT; index++) {
    await emulator.reset()
    const load = loadavg()[0]!.toFixed(2)
    const run = await runOnce()
    runs.push(run)
    const bound = needed + run.failedJobs + Math.ceil(needed * 0.1)
    console.log(
      `run ${index + 1}: exported ${run.exported}/${FLOWS}; jobs registered ${run.registered} (bound ${bound} = ${needed} + ${run.failedJobs} failed + 10 %); ` +
        `jobs failed ${run.failedJobs}; whole process ${(run.wallMs / 1000).toFixed(2)} s = ${(run.wallMs / floorMs).toFixed(2)} × floor; ` +
        `export jobs (first registration to last poll) ${(run.exportSpanMs / 1000).toFixed(2)} s = ${(run.exportSpanMs / floorMs).toFixed(2)} × floor; load average ${load}`,
    )
    console.log(`  before the first export job ${(run.beforeMs / 1000).toFixed(2)} s; after the last ${(run.afterMs / 1000).toFixed(2)} s`)
    console.log(`  the Action said: ${run.line}`)
    if (TIMELINE) {
      for (const request of run.early) console.log(`  before the jobs: ${(request.at / 1000).toFixed(2)} s ${request.what}`)
      printTimeline(run.jobs, run.polls)
    }
  }
  const ratio = (values: number[]): string => {
    const sorted = [...values].sort((a, b) => a - b)
    return `quickest ${(sorted[0]! / floorMs).toFixed(2)} × floor, median ${(sorted[Math.floor(sorted.length / 2)]! / floorMs).toFixed(2)} × floor`
  }
  console.log(`whole process: ${ratio(runs.map((run) => run.wallMs))}; export jobs: ${ratio(runs.map((run) => run.exportSpanMs))}`)
} finally {
  await emulator.close()
}
