// The library API for scripts outside GitHub Actions: the same export and validation the Action runs.
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { exportFlows, validateFlows } from '../src/lib.js'
import { REPO_ROOT } from '../scripts/support/runner.js'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ flows: 10, seed: 13 })
})
afterAll(() => emulator?.close())

describe('library API', () => {
  it('exports flows and validates them, finding what the emulator planted', async () => {
    const result = await exportFlows({ clientId: emulator.clientId, clientSecret: emulator.clientSecret, apiUrl: emulator.apiUrl, flowTypes: 'all' })
    expect(result.failed).toEqual([])
    expect(result.exported.length).toBe(emulator.org.flows.filter((f) => !f.deleted).length)
    const validation = validateFlows(result.exported)
    const planted = emulator.org.planted.filter((p) => p.rule === 'broken-reference')
    expect(validation.findings.filter((f) => f.rule === 'broken-reference').map((f) => f.nodeId).sort()).toEqual(planted.map((p) => p.nodeId).sort())
    expect(validation.findings.every((f) => f.file.startsWith('genesys-flows/') && f.line > 0)).toBe(true)
  })

  it('checks options as the Action checks its inputs, before any request', async () => {
    emulator.reset()
    await expect(exportFlows({ clientId: 'x', clientSecret: 'y', apiUrl: emulator.apiUrl, flowIds: ['not-a-uuid'] })).rejects.toThrow(/Input 'flow-ids'/)
    expect(emulator.requests).toEqual([])
  })

  it('is importable by package name from the committed bundle', () => {
    const script = "import('genesys-flow-snapshot').then((m) => console.log(Object.keys(m).sort().join(',')))"
    const names = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' }).trim()
    expect(names).toBe('ARCHITECT_FILE_EXTENSIONS,architectFileName,canonicalJson,encodeFlowFile,exportFlows,flowFilePath,packFlows,validateDirectory,validateFlows')
  })
})
