import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flow, scope, uuid } from '../snapshot/flows.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { git, remoteLog, runSnapshot, sandbox, type RunOptions, type Sandbox } from './repos.js'

let box: Sandbox
let github: FakeGitHub
beforeEach(async () => {
  box = await sandbox()
  github = await startFakeGitHub(box.remote)
})
afterEach(async () => {
  await github.close()
  await box.cleanup()
})

const env = () => ({ GITHUB_REPOSITORY: 'owner/repo', GITHUB_API_URL: github.url })
const pr = (): RunOptions => ({ pullRequest: true, githubToken: 'test-token', env: env() })
const signed = (): RunOptions => ({ signCommits: true, githubToken: 'test-token', env: env() })
const sel = scope(['inboundcall'], [uuid(1), uuid(2)])
const count = (method: string, path: string) => github.requests.filter((r) => r.method === method && r.path.endsWith(path)).length

describe('pull-request: true', () => {
  it('opens one pull request from the snapshot branch, and updates it on the next run', async () => {
    const first = await runSnapshot(await box.clone('run1'), [flow(uuid(1), 'Main IVR')], sel, pr())
    expect(first.pullRequest).toEqual({ number: 1, url: 'https://github.example/owner/repo/pull/1' })
    expect(first).toMatchObject({ changed: true, pushed: true })
    expect(await remoteLog(box.remote)).toEqual(['init'])
    expect((await git(box.remote, 'rev-parse', 'genesys-flow-snapshot')).trim()).toBe(first.commitSha)

    const second = await runSnapshot(await box.clone('run2'), [flow(uuid(1), 'Main IVR', 'inboundcall', { v: 2 }), flow(uuid(2), 'Two')], sel, pr())
    expect(second.pullRequest).toEqual(first.pullRequest)
    expect(github.pulls).toHaveLength(1)
    expect(count('PATCH', '/pulls/1')).toBe(1)
    expect(github.pulls[0]).toMatchObject({ head: 'genesys-flow-snapshot', base: 'main', title: 'chore(genesys): snapshot 2 flow files' })
    // Force-updated from the current base: one commit on top of main, not a growing history.
    expect(await remoteLog(box.remote, 'genesys-flow-snapshot')).toEqual(['chore(genesys): snapshot 2 flow files', 'init'])
  })

  it('leaves the branch alone when it already holds the same snapshot on the same base', async () => {
    const flows = [flow(uuid(1), 'Main IVR')]
    const first = await runSnapshot(await box.clone('run1'), flows, sel, pr())
    const second = await runSnapshot(await box.clone('run2'), flows, sel, pr())
    expect(second).toMatchObject({ changed: true, pushed: false, commitSha: first.commitSha, pullRequest: first.pullRequest })
    expect(second.notes.join()).toMatch(/already holds this snapshot/)
  })

  it('refuses a pull-request-branch equal to the branch being snapshotted', async () => {
    await expect(runSnapshot(await box.clone('ws'), [flow(uuid(1), 'A')], sel, { ...pr(), pullRequestBranch: 'main' })).rejects.toThrow(/choose another pull-request-branch/)
  })
})

describe('sign-commits: true', () => {
  it('lands one API-made, verified commit whose tree equals the plain-git commit\'s tree', async () => {
    const flows = [flow(uuid(1), 'Main IVR', 'inboundcall', { b: [1, 2], a: 'é' }), flow(uuid(2), 'Module', 'commonmodule')]
    const plainBox = await sandbox()
    try {
      await runSnapshot(await plainBox.clone('plain'), flows, sel)
      const result = await runSnapshot(await box.clone('ws'), flows, sel, signed())
      expect(result).toMatchObject({ changed: true, pushed: true })
      expect((await git(box.remote, 'rev-parse', 'main')).trim()).toBe(result.commitSha)
      expect((await git(box.remote, 'rev-parse', 'main^{tree}')).trim()).toBe((await git(plainBox.remote, 'rev-parse', 'main^{tree}')).trim())
      expect(await remoteLog(box.remote)).toEqual(['chore(genesys): snapshot 2 flow files', 'init'])
      const commitRequest = github.requests.find((r) => r.path.endsWith('/git/commits'))
      expect(commitRequest?.body).not.toHaveProperty('author')
      expect(result.notes.join()).toMatch(/token's identity/)
    } finally {
      await plainBox.cleanup()
    }
  })

  it('splits a large change into several tree requests', async () => {
    const many = Array.from({ length: 150 }, (_, i) => flow(uuid(100 + i), `Flow ${i}`))
    const result = await runSnapshot(await box.clone('ws'), many, scope([], []), signed())
    expect(count('POST', '/git/trees')).toBe(2)
    expect((await git(box.remote, 'ls-tree', '-r', '--name-only', 'main', 'genesys-flows')).trim().split('\n')).toHaveLength(151)
    expect((await git(box.remote, 'rev-parse', 'main')).trim()).toBe(result.commitSha)
  })

  it('replays onto a branch another run moved, through the API', async () => {
    const signedWs = await box.clone('signed')
    await runSnapshot(await box.clone('other'), [flow(uuid(2), 'Other Run')], scope([], [uuid(2)]))
    const result = await runSnapshot(signedWs, [flow(uuid(1), 'Signed Run')], scope([], [uuid(1)]), signed())
    expect(result.pushed).toBe(true)
    const manifest = JSON.parse(await git(box.remote, 'show', 'main:genesys-flows/manifest.json'))
    expect(manifest.flows.map((e: { id: string }) => e.id)).toEqual([uuid(1), uuid(2)])
    expect(await remoteLog(box.remote)).toHaveLength(3)
  })

  it('creates the pull request branch through the API, then force-updates it', async () => {
    const first = await runSnapshot(await box.clone('run1'), [flow(uuid(1), 'A')], sel, { ...pr(), ...signed() })
    expect(count('POST', '/git/refs')).toBe(1)
    expect((await git(box.remote, 'rev-parse', 'genesys-flow-snapshot')).trim()).toBe(first.commitSha)
    const second = await runSnapshot(await box.clone('run2'), [flow(uuid(1), 'A', 'inboundcall', { v: 2 })], sel, { ...pr(), ...signed() })
    expect((await git(box.remote, 'rev-parse', 'genesys-flow-snapshot')).trim()).toBe(second.commitSha)
    expect(await remoteLog(box.remote, 'genesys-flow-snapshot')).toHaveLength(2)
    expect(github.pulls).toHaveLength(1)
  })

  it('stops before committing when the API token is missing', async () => {
    const ws = await box.clone('ws')
    await expect(runSnapshot(ws, [flow(uuid(1), 'A')], sel, { ...pr(), githubToken: '' })).rejects.toThrow(/'github-token' is empty/)
    expect((await git(ws, 'log', '--format=%s')).trim()).toBe('init')
  })
})
