// bench:validate, whole process: the built Action (`node dist/index.js`, mode validate, as a runner
// starts it) over generated repositories of about 100,000 and 1,000,000 references (5,000 and 50,000
// flow files). Wall time is from spawn to exit, so it holds node's start-up, listing and reading every
// file, parsing, validation and the whole report. One flow in fifty has a dangling branch, so every
// run must end as fail-on: error decides: exit code 1, failed on those broken references.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../scripts/support/runner.js'
import { writeFlowRepository, type WrittenFlowRepository } from '../scripts/support/flow-repo.js'

const BLOCKS_PER_FLOW = 8 // 21 references a flow
const BROKEN_EVERY = 50
const SIZES = (process.env.BENCH_VALIDATE_FLOWS ?? '5000,50000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_VALIDATE_RUNS ?? 3)
const USAGE_HOOK = new URL('./process-usage.mjs', import.meta.url).href

interface SizeFigures {
  readonly repository: WrittenFlowRepository
  readonly medianMs: number
  readonly medianCpuMs: number
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

/** Why the run did not end as fail-on: error decides for this repository; undefined when it did. */
function unexpectedEnd(run: ActionRun, repository: WrittenFlowRepository): string | undefined {
  const stepErrors = run.annotations.filter((a) => a.level === 'error' && !a.properties.file).map((a) => a.message)
  const expected = `broken-reference ${repository.brokenFlows}.`
  if (run.exitCode !== 1) return `exit code ${run.exitCode}, expected 1`
  if (stepErrors.length !== 1 || !stepErrors[0].includes(expected)) return `step errors ${JSON.stringify(stepErrors)}, expected one naming ${expected}`
  if (run.outputs['flows-exported'] !== String(repository.files)) return `flows-exported ${run.outputs['flows-exported']}, expected ${repository.files}`
  return undefined
}

async function benchSize(flows: number): Promise<SizeFigures> {
  const root = mkdtempSync(join(tmpdir(), 'bench-validate-'))
  try {
    const workspace = join(root, 'workspace')
    const generateStart = performance.now()
    const repository = writeFlowRepository(workspace, 'genesys-flows', { flows, blocksPerFlow: BLOCKS_PER_FLOW, brokenEvery: BROKEN_EVERY })
    const generateMs = performance.now() - generateStart
    const walls: number[] = []
    const cpus: number[] = []
    let peakKib = 0
    for (let n = 0; n < RUNS; n++) {
      const runnerTemp = join(root, `temp-${n}`)
      mkdirSync(runnerTemp)
      const start = performance.now()
      const run = await runAction({ mode: 'validate' }, { workspace, runnerTemp, env: { NODE_OPTIONS: `--import=${USAGE_HOOK}` } })
      walls.push(performance.now() - start)
      const usage = /bench-process-usage (\d+) (\d+)/.exec(run.stderr)
      peakKib = Math.max(peakKib, Number(usage?.[1] ?? 0))
      cpus.push(Number(usage?.[2] ?? 0))
      const unexpected = unexpectedEnd(run, repository)
      if (unexpected) {
        console.log(`UNEXPECTED END at ${flows} files: ${unexpected}`)
        process.exitCode = 1
      }
    }
    const medianMs = median(walls)
    console.log(
      [
        `${repository.files.toLocaleString('en-US').padStart(6)} files (${(repository.bytes / 1e6).toFixed(0)} MB, generated in ${(generateMs / 1000).toFixed(1)} s)`,
        `${repository.references.toLocaleString('en-US')} references`,
        `exit 1 on ${repository.brokenFlows.toLocaleString('en-US')} broken references, as fail-on: error decides`,
        `wall ${(medianMs / 1000).toFixed(2)} s (median of ${walls.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`,
        `CPU ${(median(cpus) / 1000).toFixed(2)} s`,
        `peak RSS ${(peakKib / 1024).toFixed(0)} MiB`,
      ].join(' | '),
    )
    return { repository, medianMs, medianCpuMs: median(cpus) }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

export async function benchWholeProcess(): Promise<void> {
  console.log(`whole process: node dist/index.js, mode validate, ${RUNS} runs a size`)
  const figures: SizeFigures[] = []
  for (const flows of SIZES) figures.push(await benchSize(flows))
  if (figures.length < 2) return
  const [small, large] = [figures[0], figures[figures.length - 1]]
  const ratio = large.medianMs / small.medianMs
  console.log(
    `whole process ${large.repository.references.toLocaleString('en-US')} ÷ ${small.repository.references.toLocaleString('en-US')} references: ` +
      `${(large.repository.references / small.repository.references).toFixed(1)}× references, ${ratio.toFixed(1)}× wall time (target ≤ 12×), ` +
      `${(large.medianCpuMs / small.medianCpuMs).toFixed(1)}× CPU time; ` +
      `largest ${(large.medianMs / 1000).toFixed(2)} s (target < 10 s)`,
  )
}
