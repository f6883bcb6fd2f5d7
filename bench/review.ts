// bench:review — what the "What changed" review adds to a snapshot of 2,000 flows. Times the whole
// `node dist/index.js` process, as a runner runs it, in two repositories that hold the same snapshot of one
// emulated org. Each round publishes a new version of every flow in the emulator, then snapshots both:
//   reviewed: the previous snapshot present, so every flow's previous file is read and reviewed;
//   baseline: the previous manifest.json deleted first, so the run writes and commits the very same 2,000
//             changed files but has no previous version to compare with (every flow reads as new, one line).
// The rounds alternate which repository goes first; medians are reported. By default the emulator's rate
// limit is lifted and its answers are instant, so the run is as short as it can be and the review's share
// the largest; BENCH_SERVICE=real uses a real-time service model (300 requests a minute, 2 s export jobs,
// 100 ms answers), BENCH_SERVICE=export bench:export's (the real one scaled 10×). BENCH_FLOWS, BENCH_ROUNDS
// (default 3); BENCH_CPU_PROF=DIR writes a `node --cpu-prof` profile of each reviewed run there. Prints
// figures; asserts nothing.
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { buildExport } from '../emulator/export-files.js'
import { createRepoWithRemote, type TempRepo } from '../scripts/support/repo.js'
import { ACTION_ENTRY, REPO_ROOT, runAction } from '../scripts/support/runner.js'

const FLOWS = Number(process.env.BENCH_FLOWS ?? 2000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const REAL_SERVICE = process.env.BENCH_SERVICE === 'real'
/** bench:export's service model: the real one with its clock scaled 10× (300 requests per 6 s, jobs 300 ms + 5 ms a flow, 10 ms answers). */
const EXPORT_SERVICE = process.env.BENCH_SERVICE === 'export'
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF

interface Timed {
  readonly ms: number
  /** When each `::group::` of the log began, in ms from spawn: where the time went. */
  readonly phases: readonly (readonly [string, number])[]
  readonly flowsChanged: string
  readonly filesChanged: string
}

async function main(): Promise<void> {
  if (!existsSync(ACTION_ENTRY)) execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
  const service = REAL_SERVICE
    ? { requestsPerMinute: 300, jobDoneAfterMs: 2_000, faults: { slowMs: 100 } }
    : EXPORT_SERVICE
      ? { requestsPerMinute: 300, rateWindowMs: 6_000, jobDoneAfterMs: 300, jobDoneAfterMsPerFlow: 5, faults: { slowMs: 10 } }
      : { requestsPerMinute: 1_000_000, tokenRequestsPerMinute: 1_000_000, jobDoneAfterMs: 0 }
  const emulator = await startEmulator({ flows: FLOWS, seed: 42, plant: false, ...service })
  const reviewed = createRepoWithRemote('gfs-bench-review-')
  const baseline = createRepoWithRemote('gfs-bench-baseline-')
  const inputs = {
    'client-id': emulator.clientId,
    'client-secret': emulator.clientSecret,
    'api-url': emulator.apiUrl,
    'flow-types': 'all',
    'fail-on': 'never',
  }
  const timed = async (repo: TempRepo): Promise<Timed> => {
    // Each run starts with the org's rate window empty, as a nightly run a day after the last one would:
    // back to back, a run would otherwise wait for the window the run before it used.
    emulator.reset()
    // reset() clears faults too; the service model's latency is one of them.
    emulator.setFaults(service.faults ?? {})
    const started = performance.now()
    const profile = CPU_PROFILE_DIR !== undefined && repo === reviewed ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : []
    const phases: [string, number][] = []
    const onLine = (line: string): void => {
      if (line.startsWith('::group::')) phases.push([line.slice('::group::'.length), performance.now() - started])
    }
    const run = await runAction(inputs, { workspace: repo.workspace, runnerTemp: repo.runnerTemp, nodeOptions: profile, onLine })
    const ms = performance.now() - started
    if (run.exitCode !== 0 || run.outputs.status !== 'success') throw new Error(`exit ${run.exitCode}, status ${run.outputs.status}\n${run.stdout.slice(-2000)}`)
    return { ms, phases, flowsChanged: run.outputs['flows-changed'] ?? '?', filesChanged: run.outputs['files-changed'] ?? '?' }
  }
  try {
    const first = await timed(reviewed)
    await timed(baseline)
    const rounds: { reviewed: Timed; baseline: Timed }[] = []
    for (let round = 0; round < ROUNDS; round++) {
      publishEveryFlow(emulator)
      await warmExports(emulator)
      rmSync(join(baseline.workspace, 'genesys-flows', 'manifest.json'))
      if (round % 2 === 0) {
        const b = await timed(baseline)
        rounds.push({ baseline: b, reviewed: await timed(reviewed) })
      } else {
        const r = await timed(reviewed)
        rounds.push({ reviewed: r, baseline: await timed(baseline) })
      }
    }
    const model = REAL_SERVICE
      ? '300 requests/min, 2 s jobs, 100 ms answers'
      : EXPORT_SERVICE
        ? "bench:export's (scaled 10×: 300 requests per 6 s, jobs 300 ms + 5 ms a flow, 10 ms answers)"
        : 'rate limit lifted, instant answers'
    console.log(`bench:review — ${FLOWS} flows, ${ROUNDS} rounds, service: ${model}, concurrency 4, node ${process.version}, ${new Date().toISOString()}`)
    console.log('')
    console.log('| run | wall time (median) | each round | flows-changed | files-changed |')
    console.log('|---|---:|---|---:|---:|')
    console.log(`| first snapshot (no previous) | ${seconds(first.ms)} | ${seconds(first.ms)} | ${first.flowsChanged} | ${first.filesChanged} |`)
    for (const side of ['baseline', 'reviewed'] as const) {
      const runs = rounds.map((round) => round[side])
      const label = side === 'reviewed' ? `every flow republished, previous snapshot present (reviewed)` : `every flow republished, previous manifest deleted (baseline)`
      console.log(`| ${label} | ${seconds(median(runs.map((run) => run.ms)))} | ${runs.map((run) => seconds(run.ms)).join(', ')} | ${runs[0]!.flowsChanged} | ${runs[0]!.filesChanged} |`)
    }
    const added = median(rounds.map((round) => round.reviewed.ms - round.baseline.ms))
    const base = median(rounds.map((round) => round.baseline.ms))
    console.log('')
    console.log(`The review adds ${seconds(added)} (median of the rounds' differences) = ${((added / base) * 100).toFixed(1)} % of the baseline run.`)
    console.log('\nWhen each phase of the log began in the last round (s from spawn; the process ended at the wall time):')
    for (const side of ['baseline', 'reviewed'] as const) {
      const run = rounds.at(-1)![side]
      console.log(`- ${side}: ${run.phases.map(([name, at]) => `${name} ${seconds(at)}`).join(' · ')} · exit ${seconds(run.ms)}`)
    }
  } finally {
    await emulator.close()
    reviewed.cleanup()
    baseline.cleanup()
  }
}

/** A new version of every flow: a Play Audio added, and a prompt reworded where the flow has one. */
function publishEveryFlow(emulator: Emulator): void {
  for (const flow of emulator.org.flows.filter((candidate) => !candidate.deleted)) {
    try {
      emulator.publishFlowVersion(flow.id, [{ kind: 'add-action', name: 'Bench notice', sentence: 'A new notice.' }, { kind: 'change-prompt', sentence: `Reworded ${flow.version}.` }])
    } catch {
      emulator.publishFlowVersion(flow.id, { kind: 'add-action', name: 'Bench notice', sentence: 'A new notice.' })
    }
  }
}

/**
 * The emulator keeps each document's compressed export file, so the first run after a publish would pay for
 * compressing 2,000 new documents and the second would not. A real service builds its exports on its own
 * machines; here they are built before either side is timed, so both sides meet the same service.
 */
async function warmExports(emulator: Emulator): Promise<void> {
  const live = emulator.org.flows.filter((flow) => !flow.deleted)
  await buildExport('warm-up', live.map((flow) => ({ flow, fileName: flow.id })))
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

await main()
