// mode: validate as a pull-request check: no secrets, no network; a broken reference in a flow file fails
// the step with an annotation on that file and line, and the step passes once it is fixed.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'
import { actionNodes } from '../../scripts/support/action-nodes.js'

describe.each(actionNodes().map((node) => [node.version, node] as const))('on Node %s', (_version, node) => {
  let repo: TempRepo
  let flowFile: string
  let original: string

  beforeAll(async () => {
    // A clean org (nothing planted) exported once gives the repository a valid snapshot to start from.
    const emulator = await startEmulator({ flows: 8, seed: 4, plant: false })
    repo = createRepoWithRemote()
    const exported = await runAction(
      { 'client-id': emulator.clientId, 'client-secret': emulator.clientSecret, 'api-url': emulator.apiUrl, 'flow-types': 'all' },
      { workspace: repo.workspace, runnerTemp: repo.runnerTemp, node: node.path },
    )
    await emulator.close()
    expect(exported.exitCode, exported.stdout).toBe(0)
    const manifest = JSON.parse(readFileSync(join(repo.workspace, 'genesys-flows', 'manifest.json'), 'utf8'))
    flowFile = join('genesys-flows', manifest.flows.find((f: { type: string }) => f.type === 'inboundcall').path)
    original = readFileSync(join(repo.workspace, flowFile), 'utf8')
  })

  afterAll(() => repo?.cleanup())

  const runs: ActionRun[] = []
  const validate = async () => {
    const run = await runAction({ mode: 'validate' }, { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env: { HTTPS_PROXY: 'http://127.0.0.1:9' }, node: node.path })
    runs.push(run)
    return run
  }

  describe('mode validate on a pull request', () => {
    it('passes on the snapshot as exported, with no credentials given', async () => {
      const run = await validate()
      expect(run.exitCode, run.stdout).toBe(0)
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
      expect(Number(run.outputs.findings)).toBe(0)
    })

    it('fails the step on a broken nextAction, annotated on its file and line', async () => {
      const lines = original.split('\n')
      // After flowSequenceItemList: the copies of common modules under commonModules[].model are not validated.
      const items = lines.indexOf('  "flowSequenceItemList": [')
      const index = lines.findIndex((line, i) => i > items && /"nextAction": "/.test(line))
      lines[index] = lines[index].replace(/"nextAction": "[^"]+"/, '"nextAction": "00000000-dead-4bad-8bad-000000000000"')
      writeFileSync(join(repo.workspace, flowFile), lines.join('\n'))
      execFileSync('git', ['commit', '-qam', 'Break a reference'], { cwd: repo.workspace, env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' } })

      const run = await validate()
      expect(run.exitCode).toBe(1)
      const broken = run.annotations.find((a) => a.properties.title?.startsWith('broken-reference'))
      expect(broken?.properties.file).toBe(flowFile)
      expect(broken?.properties.line).toBe(String(index + 1))
      expect(broken?.message).toContain('00000000-dead-4bad-8bad-000000000000')
      expect(run.outputs.status).toBe('success')
    })

    it('passes again once the reference is fixed', async () => {
      writeFileSync(join(repo.workspace, flowFile), original)
      const run = await validate()
      expect(run.exitCode).toBe(0)
      expect(run.outputs.errors).toBe('0')
    })

    // A deprecation or experimental-feature warning of this Node version would show here.
    it('wrote nothing on stderr in any of these runs', () => {
      expect(runs).toHaveLength(3)
      for (const run of runs) expect(run.stderr).toBe('')
    })
  })
})
