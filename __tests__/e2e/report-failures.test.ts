// A report part the runner gave no writable place for (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP):
// the built Action still writes every other part, then fails the step with one message naming what
// could not be written, where, and what to do; never a stack trace. Tests run as root, so permissions
// block nothing: the unwritable places are a directory, and paths under a regular file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, visibleOutput, type ActionRun } from '../../scripts/support/runner.js'
import { writeFlowRepository } from '../../scripts/support/flow-repo.js'

let root: string
let workspace: string
let regularFile: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gfs-report-'))
  workspace = join(root, 'workspace')
  writeFlowRepository(workspace, 'genesys-flows', { flows: 3, blocksPerFlow: 2, brokenEvery: 0 })
  regularFile = join(root, 'a-file')
  writeFileSync(regularFile, 'not a folder\n')
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

async function validateWith(name: string, env: Record<string, string>): Promise<{ run: ActionRun; runnerTemp: string }> {
  const runnerTemp = join(root, name)
  mkdirSync(runnerTemp)
  return { run: await runAction({ mode: 'validate' }, { workspace, runnerTemp, env }), runnerTemp }
}

/** The step's error annotations that are not findings on a file. */
function stepErrors(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error' && !a.properties.file).map((a) => a.message)
}

function expectNoStackTrace(run: ActionRun): void {
  expect(visibleOutput(run)).not.toMatch(/\n\s+at .+:\d+:\d+/)
}

describe('the report phase when the runner gave no writable place for a part', () => {
  it('GITHUB_OUTPUT is a directory: one message naming it, and the summary and report.json are still written', async () => {
    const outputDir = join(root, 'output-is-a-directory')
    mkdirSync(outputDir)
    const { run, runnerTemp } = await validateWith('output', { GITHUB_OUTPUT: outputDir })

    expect(run.exitCode).toBe(1)
    expectNoStackTrace(run)
    expect(stepErrors(run)).toEqual([
      expect.stringMatching(/^Could not write the step outputs to GITHUB_OUTPUT \(.*output-is-a-directory\): EISDIR.*GITHUB_OUTPUT must name a writable file/),
    ])
    expect(run.summary).toContain('Integrity rate')
    expect(existsSync(join(runnerTemp, 'genesys-flow-snapshot', 'report.json'))).toBe(true)
  })

  it('GITHUB_STEP_SUMMARY under a regular file: one message naming it, and the outputs are still written', async () => {
    const summaryFile = join(regularFile, 'summary.md')
    const { run } = await validateWith('summary', { GITHUB_STEP_SUMMARY: summaryFile })

    expect(run.exitCode).toBe(1)
    expectNoStackTrace(run)
    expect(stepErrors(run)).toEqual([expect.stringContaining(`Could not write the job summary to GITHUB_STEP_SUMMARY (${summaryFile})`)])
    expect(stepErrors(run)[0]).toContain('GITHUB_STEP_SUMMARY must name a writable file')
    expect(run.outputs.status).toBe('success')
    expect(run.outputs['flows-exported']).toBe('3')
  })

  it('RUNNER_TEMP a regular file: one message for report.json and the audit log, and outputs and summary are still written', async () => {
    const { run } = await validateWith('temp', { RUNNER_TEMP: regularFile })

    expect(run.exitCode).toBe(1)
    expectNoStackTrace(run)
    const errors = stepErrors(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^2 parts of the report could not be written\. \(1\) Could not write the JSON report to .*report\.json: ENOTDIR/)
    expect(errors[0]).toMatch(/\(2\) Could not write the audit record to .*audit\.jsonl: ENOTDIR/)
    expect(errors[0]).toContain(`RUNNER_TEMP (${regularFile}) must be a writable folder`)
    expect(run.outputs['report-path']).toBe(join(regularFile, 'genesys-flow-snapshot', 'report.json'))
    expect(run.summary).toContain('Integrity rate')
  })

  it('a report written in full with no finding passes the step', async () => {
    const { run } = await validateWith('clean', {})
    expect(run.exitCode, visibleOutput(run)).toBe(0)
    expect(stepErrors(run)).toEqual([])
    expect(readFileSync(run.outputs['audit-log']!, 'utf8').trim().split('\n')).toHaveLength(1)
  })
})
