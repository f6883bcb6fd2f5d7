// bench:review — what the "What changed" review costs a snapshot of 2,000 flows. Times the whole
// `node dist/index.js` process, as a runner runs it, three times against one emulated org:
//   1. no previous snapshot (the first run; every flow is new),
//   2. the previous snapshot present and nothing changed (the review reads no previous file),
//   3. the previous snapshot present and a new version of every flow published (every flow reviewed);
// runs 2 and 3 are repeated BENCH_ROUNDS times (default 2) and their medians reported; and, on the data of
// the last run 3, the review alone (reading the previous files and reviewing each flow),
// in this process. Runs 2 and 3 also differ in writing, staging and committing 2,000 files; the review
// alone is the figure to hold against run 3. By default the emulator's rate limit is lifted and its answers
// are instant, so the run is as short as it can be (the review's share is then the largest);
// BENCH_SERVICE=real uses the service model of bench:export instead (300 requests a minute, 2 s export jobs,
// 100 ms answers). Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { startEmulator, type Emulator } from '../emulator/index.js'
import type { ExportedFlow, FlowType } from '../src/model.js'
import { reviewSnapshot } from '../src/run/review.js'
import { readManifest } from '../src/snapshot/manifest.js'
import { planSnapshot } from '../src/snapshot/plan.js'
import { createRepoWithRemote } from '../scripts/support/repo.js'
import { ACTION_ENTRY, REPO_ROOT, runAction } from '../scripts/support/runner.js'

const FLOWS = Number(process.env.BENCH_FLOWS ?? 2000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const REAL_SERVICE = process.env.BENCH_SERVICE === 'real'

async function main(): Promise<void> {
  if (!existsSync(ACTION_ENTRY)) execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
  const service = REAL_SERVICE
    ? { requestsPerMinute: 300, jobDoneAfterMs: 2_000, faults: { slowMs: 100 } }
    : { requestsPerMinute: 1_000_000, tokenRequestsPerMinute: 1_000_000, jobDoneAfterMs: 0 }
  const emulator = await startEmulator({ flows: FLOWS, seed: 42, plant: false, ...service })
  const repo = createRepoWithRemote('gfs-bench-review-')
  const inputs = {
    'client-id': emulator.clientId,
    'client-secret': emulator.clientSecret,
    'api-url': emulator.apiUrl,
    'flow-types': 'all',
    concurrency: '16',
    'fail-on': 'never',
  }
  const runner = { workspace: repo.workspace, runnerTemp: repo.runnerTemp }
  const timed = async (label: string) => {
    const started = performance.now()
    const run = await runAction(inputs, runner)
    const ms = performance.now() - started
    if (run.exitCode !== 0 || run.outputs.status !== 'success') throw new Error(`${label}: exit ${run.exitCode}, status ${run.outputs.status}\n${run.stdout.slice(-2000)}`)
    return { label, ms, flowsChanged: run.outputs['flows-changed'] ?? '?', filesChanged: run.outputs['files-changed'] ?? '?' }
  }
  try {
    const first = await timed('no previous snapshot')
    const unchangedRuns: Awaited<ReturnType<typeof timed>>[] = []
    const changedRuns: Awaited<ReturnType<typeof timed>>[] = []
    let reviewAlone = { ms: 0, reviewed: 0 }
    for (let round = 0; round < ROUNDS; round++) {
      unchangedRuns.push(await timed('previous present, nothing changed'))
      const published = publishEveryFlow(emulator)
      if (round === ROUNDS - 1) reviewAlone = await timeReviewAlone(emulator, repo.workspace)
      changedRuns.push(await timed(`previous present, ${published} flows republished`))
    }
    const unchanged = median(unchangedRuns)
    const changed = median(changedRuns)
    const model = REAL_SERVICE ? '300 requests/min, 2 s jobs, 100 ms answers' : 'rate limit lifted, instant answers'
    console.log(`bench:review — ${FLOWS} flows, ${ROUNDS} rounds, service: ${model}, node ${process.version}, ${new Date().toISOString()}`)
    console.log('')
    console.log('| run | wall time (median) | each run | flows-changed | files-changed |')
    console.log('|---|---:|---|---:|---:|')
    for (const [row, all] of [[first, [first]], [unchanged, unchangedRuns], [changed, changedRuns]] as const) {
      console.log(`| ${row.label} | ${seconds(row.ms)} | ${all.map((run) => seconds(run.ms)).join(', ')} | ${row.flowsChanged} | ${row.filesChanged} |`)
    }
    console.log('')
    console.log(`Review alone on run 3's data: ${seconds(reviewAlone.ms)} for ${reviewAlone.reviewed} flows (${(reviewAlone.ms / reviewAlone.reviewed).toFixed(2)} ms a flow)`)
    console.log(`= ${((reviewAlone.ms / changed.ms) * 100).toFixed(1)} % of run 3's wall time; run 3 − run 2 (review + writing and committing every file): ${seconds(changed.ms - unchanged.ms)}`)
  } finally {
    await emulator.close()
    repo.cleanup()
  }
}

/** A new version of every flow: an action added where the flow has a chain of actions, else a layout-only republish. */
function publishEveryFlow(emulator: Emulator): number {
  let count = 0
  for (const flow of emulator.org.flows.filter((candidate) => !candidate.deleted)) {
    try {
      emulator.publishFlowVersion(flow.id, [{ kind: 'add-action', name: 'Bench notice', sentence: 'A new notice.' }, { kind: 'change-prompt', sentence: 'Reworded.' }])
    } catch {
      emulator.publishFlowVersion(flow.id, { kind: 'add-action', name: 'Bench notice', sentence: 'A new notice.' })
    }
    count++
  }
  return count
}

/** What the run does between planning and writing, on the emulator's new documents and the files on disk. */
async function timeReviewAlone(emulator: Emulator, workspace: string): Promise<{ ms: number; reviewed: number }> {
  const outputPath = `${workspace}/genesys-flows`
  const previous = await readManifest(outputPath)
  const exported: ExportedFlow[] = emulator.org.flows
    .filter((flow) => !flow.deleted)
    .map((flow) => ({ ref: { id: flow.id, name: flow.name, type: flow.type as FlowType, version: flow.version }, document: flow.document, bytes: 0 }))
  const plan = planSnapshot({
    exported,
    previous,
    scope: { listedTypes: [], listedIds: new Set(exported.map((flow) => flow.ref.id)), namePatterns: [] },
    failedIds: new Set(),
  })
  const started = performance.now()
  const { changes } = await reviewSnapshot(outputPath, previous, plan, exported, console.warn)
  const reviewed = (await changes)?.reviews.length ?? 0
  return { ms: performance.now() - started, reviewed }
}

function median<T extends { ms: number }>(runs: readonly T[]): T {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)]!
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

await main()
