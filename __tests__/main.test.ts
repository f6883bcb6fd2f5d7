// run() in process, with the real emulator over loopback HTTP and a real repository with a bare remote:
// the whole path of one run, readable as data (the RunResult) rather than through a child's output.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { run } from '../src/main.js'
import { createRepoWithRemote, type TempRepo } from '../scripts/support/repo.js'
import { parseOutputFile } from '../scripts/support/runner.js'

let emulator: Emulator
let repo: TempRepo
let env: Record<string, string>
const saved = { ...process.env }

beforeAll(async () => {
  emulator = await startEmulator({ flows: 10, seed: 9 })
  repo = createRepoWithRemote()
  const outputFile = join(repo.runnerTemp, 'output')
  const summaryFile = join(repo.runnerTemp, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  env = {
    GITHUB_WORKSPACE: repo.workspace,
    RUNNER_TEMP: repo.runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REF_NAME: 'main',
    'INPUT_CLIENT-ID': emulator.clientId,
    'INPUT_CLIENT-SECRET': emulator.clientSecret,
    'INPUT_API-URL': emulator.apiUrl,
    'INPUT_FLOW-TYPES': 'inboundcall',
    'INPUT_FAIL-ON': 'never',
  }
  // @actions/core writes outputs and the summary to the files named in process.env.
  Object.assign(process.env, env)
})

afterAll(async () => {
  process.env = saved
  process.exitCode = undefined
  await emulator?.close()
  repo?.cleanup()
})

describe('run()', () => {
  it('exports, validates, commits and pushes, and returns what it did', async () => {
    const result = await run(env)
    expect(result?.status).toBe('success')
    expect(result?.fatalError).toBeUndefined()
    expect(result?.git?.changed).toBe(true)
    expect(result?.git?.pushed).toBe(true)
    expect(repo.git(['--git-dir', repo.remote, 'rev-parse', 'main'], repo.root)).toBe(result?.git?.commitSha)
    const exported = result!.flows.filter((f) => f.status === 'exported')
    expect(exported.length).toBeGreaterThan(0)
    for (const flow of exported) expect(readFileSync(join(repo.workspace, flow.path), 'utf8')).toMatch(/^\{\n {2}"/)
    // Every request the run made, login and downloads included, as the emulator logged them.
    expect(result!.stats.requests).toBe(emulator.requests.length)
    expect(parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8')).status).toBe('success')
  })

  it('returns no result and fails the step on a bad input, before any request', async () => {
    emulator.reset()
    const result = await run({ ...env, INPUT_REGION: 'atlantis' })
    expect(result).toBeUndefined()
    expect(process.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
    process.exitCode = undefined
  })

  it('names a never-published flow as skipped in the report and still succeeds', async () => {
    emulator.reset()
    const draft = emulator.org.flows.find((flow) => flow.type === 'inboundcall' && !flow.deleted)!
    draft.published = false
    try {
      const result = await run(env)
      expect(result?.status).toBe('success')
      const outcome = result!.flows.find((flow) => flow.id === draft.id)
      expect(outcome).toEqual({ id: draft.id, name: draft.name, type: 'inboundcall', version: draft.version, path: '', status: 'skipped', error: expect.stringMatching(/^never published/) })
      const report = JSON.parse(readFileSync(parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8'))['report-path']!, 'utf8'))
      expect(report.flows.find((flow: { id: string }) => flow.id === draft.id).status).toBe('skipped')
      expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain('### Skipped flows')
    } finally {
      delete draft.published
    }
  })
})
