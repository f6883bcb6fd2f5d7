// mode validate on a pull request that edits a flow file by hand: the edit is reviewed in words against the
// base branch, whether the checkout already has the base branch or must fetch it (one commit deep).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'

let repo: TempRepo
let flowName: string

beforeAll(async () => {
  const emulator = await startEmulator({ flows: 8, seed: 4, plant: false })
  repo = createRepoWithRemote()
  const exported = await runAction(
    { 'client-id': emulator.clientId, 'client-secret': emulator.clientSecret, 'api-url': emulator.apiUrl, 'flow-types': 'inboundcall' },
    { workspace: repo.workspace, runnerTemp: repo.runnerTemp },
  )
  await emulator.close()
  expect(exported.exitCode, exported.stdout).toBe(0)
  const manifest = JSON.parse(readFileSync(join(repo.workspace, 'genesys-flows', 'manifest.json'), 'utf8'))
  const entry = manifest.flows.find((flow: { type: string }) => flow.type === 'inboundcall')
  flowName = entry.name
  const file = join(repo.workspace, 'genesys-flows', entry.path)
  // The pull request: a Decision renamed and a prompt reworded by hand.
  repo.git(['checkout', '-q', '-b', 'reword-greeting'])
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace('"name": "Known caller?"', '"name": "Caller known?"').replaceAll('Thank you for calling.', 'Thanks for calling Contoso.'))
  repo.git(['commit', '-q', '-am', 'Reword the greeting'])
  repo.git(['push', '-q', 'origin', 'reword-greeting'])
})

afterAll(() => repo?.cleanup())

const validate = (workspace = repo.workspace): Promise<ActionRun> =>
  runAction({ mode: 'validate' }, { workspace, runnerTemp: repo.runnerTemp, env: { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'reword-greeting' } })

function expectReviewed(run: ActionRun): void {
  expect(run.exitCode, run.stdout).toBe(0)
  expect(run.outputs['flows-changed']).toBe('1')
  const section = run.summary.slice(run.summary.indexOf('### What changed'))
  expect(section).toContain('Compared with the base branch main: 1 flow changed')
  expect(section).toContain(`**${flowName}**`)
  expect(section).toContain('"Known caller?"')
  expect(section).toContain('"Caller known?"')
  expect(section).toContain('"Thanks for calling Contoso."')
}

describe('mode validate on a pull request that edits a flow file', () => {
  it('reviews the edit against the base branch the checkout has', async () => {
    expectReviewed(await validate())
  })

  it('fetches the base branch one commit deep into a shallow checkout of the pull request, then reviews the edit', async () => {
    // As actions/checkout leaves a pull request: one commit of the head branch, no base branch.
    const shallow = join(repo.root, 'shallow')
    repo.git(['clone', '-q', '--depth=1', '--single-branch', '--branch', 'reword-greeting', `file://${repo.remote}`, shallow], repo.root)
    expect(() => repo.git(['rev-parse', '--verify', '--quiet', 'refs/remotes/origin/main'], shallow)).toThrow()
    expectReviewed(await validate(shallow))
    expect(repo.git(['rev-parse', 'refs/remotes/origin/main'], shallow)).toBe(repo.git(['--git-dir', repo.remote, 'rev-parse', 'main'], repo.root))
    expect(repo.git(['rev-list', '--count', 'refs/remotes/origin/main'], shallow)).toBe('1')
  })

  it('names no change and no base outside a pull request', async () => {
    const run = await runAction({ mode: 'validate' }, { workspace: repo.workspace, runnerTemp: repo.runnerTemp })
    expect(run.outputs['flows-changed']).toBe('0')
    expect(run.summary).not.toContain('### What changed')
  })
})
