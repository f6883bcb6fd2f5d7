// Every bad input ends the built Action before any request: exit code 1, one ::error:: line naming the
// input, no stack trace, no secret. The emulator's request log proves nothing was sent.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { runAction, visibleOutput, type ActionRun } from '../../scripts/support/runner.js'
import { actionNodes } from '../../scripts/support/action-nodes.js'
import { BAD_INPUTS, inputEnv, type BadInput } from '../settings/bad-inputs.js'

// A NUL cannot travel in an environment variable, so a runner can never pass one: those cases are only
// checked in process (__tests__/settings).
const CASES = BAD_INPUTS.filter((c) => !Object.values(c.inputs).some((v) => v?.includes('\u0000')))

describe.each(actionNodes().map((node) => [node.version, node] as const))('on Node %s', (_version, node) => {
  let emulator: Emulator
  let root: string
  const runs = new Map<BadInput, ActionRun>()

  beforeAll(async () => {
    emulator = await startEmulator({ flows: 3 })
    root = mkdtempSync(join(tmpdir(), 'gfs-bad-'))
    const pending = [...CASES]
    // Four processes at a time: the cases are independent and each takes a node start-up.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let badInput = pending.shift(); badInput; badInput = pending.shift()) {
          const dir = mkdtempSync(join(root, 'case-'))
          mkdirSync(join(dir, 'temp'))
          const env = inputEnv(badInput.inputs, { 'api-url': emulator.apiUrl, 'client-secret': 'catalogue-secret-value' })
          const inputs = Object.fromEntries(Object.entries(env).map(([k, v]) => [k.slice('INPUT_'.length).toLowerCase(), v]))
          runs.set(badInput, await runAction(inputs, { workspace: dir, runnerTemp: join(dir, 'temp'), node: node.path }))
        }
      }),
    )
  }, 120_000)

  afterAll(async () => {
    await emulator?.close()
    rmSync(root, { recursive: true, force: true })
  })

  describe('the built Action stops on a bad input before any request', () => {
    it.each(CASES.map((c) => [c.title, c] as const))('%s', (_title, badInput) => {
      const run = runs.get(badInput)!
      expect(run.exitCode).toBe(1)
      const errors = run.annotations.filter((a) => a.level === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].message).toContain(`Input '${badInput.input}'`)
      expect(visibleOutput(run)).not.toMatch(/\n\s+at .+:\d+:\d+/)
      expect(visibleOutput(run)).not.toContain('catalogue-secret-value')
      expect(run.stderr).toBe('')
    })

    it('sent no request to Genesys Cloud for any of them', () => {
      expect(runs.size).toBe(CASES.length)
      expect(emulator.requests).toEqual([])
    })
  })
})
