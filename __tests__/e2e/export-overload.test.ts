// The built Action against an export service that runs 2 jobs at once (emulator `exportCapacity`): every flow is
// exported, the log and the job summary say what happened in one plain sentence, and the service's own
// messages (they name the org) reach report.json only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'

let emulator: Emulator
let workspace: string
let run: ActionRun

beforeAll(async () => {
  emulator = await startEmulator({ flows: 12, seed: 'overload', plant: false })
  emulator.setFaults({ exportCapacity: 2, maxFlowsPerJob: { limit: 1, status: 413 } })
  workspace = mkdtempSync(join(tmpdir(), 'gfs-overload-'))
  run = await runAction(
    { 'client-id': emulator.clientId, 'client-secret': emulator.clientSecret, 'api-url': emulator.apiUrl, mode: 'export', 'flow-types': 'all', 'fail-on': 'never' },
    { workspace, runnerTemp: workspace },
  )
}, 120_000)

afterAll(async () => {
  await emulator.close()
  rmSync(workspace, { recursive: true, force: true })
})

const SENTENCE = /Genesys Cloud's export service was overloaded: \d+ jobs? failed with its transient error \(Archy exit 107\).*; jobs in flight settled at \d+\./

describe('an overloaded export service, end to end', () => {
  it('exports every flow', () => {
    expect(run.exitCode).toBe(0)
    expect(run.outputs['flows-exported']).toBe('12')
  })

  it('says what happened in plain words in the log and the job summary, without the service\'s message', () => {
    expect(run.stdout).toMatch(SENTENCE)
    // The summary is HTML-escaped (an apostrophe is an entity there); as rendered, it reads the same.
    expect(run.summary.replaceAll('&#39;', "'")).toMatch(SENTENCE)
    expect(run.stdout).not.toContain('could not find the flow with id')
    expect(run.summary).not.toContain('could not find the flow with id')
  })

  it('keeps the service\'s own messages in report.json for support', () => {
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { exportService?: { summary: string; messages: string[] } }
    expect(report.exportService?.summary).toMatch(SENTENCE)
    expect(report.exportService?.messages.join('\n')).toContain('could not find the flow with id')
  })
})
