// mode: check against the emulator and real repositories: one table, every problem on exactly one red
// line that names it and the fix, and nothing written or committed whatever the outcome.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { run } from '../../src/main.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { parseOutputFile, runAction } from '../../scripts/support/runner.js'
import { startFakeGitHub } from '../git/fake-github.js'
import { closedPort } from '../reliability/cases.js'

const ALL_PERMISSIONS = ['architect:flow:view', 'architect:jobExport:create', 'architect:jobExport:view', 'architect:dependencyTracking:view',
  'routing:callRoute:view', 'routing:scheduleGroup:view', 'routing:schedule:view', 'routing:emergencyGroup:view']

let emulator: Emulator
let repo: TempRepo
const saved = { ...process.env }

beforeAll(async () => {
  emulator = await startEmulator({ flows: 8, seed: 4 })
  repo = createRepoWithRemote()
})
afterAll(async () => {
  process.env = saved
  process.exitCode = undefined
  await emulator?.close()
  repo?.cleanup()
})
beforeEach(() => {
  emulator.reset()
  process.exitCode = undefined
})

interface CheckRun {
  readonly status: string
  readonly summary: string
  readonly red: string[]
}

function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'check',
    'client-id': emulator.clientId,
    'client-secret': emulator.clientSecret,
    'api-url': emulator.apiUrl,
    'flow-types': 'inboundcall',
    ...overrides,
  }
}

/** run() in process, as the runner would call it, with the outputs and summary read back. */
async function check(overrides: Record<string, string> = {}, workspace = repo.workspace, runnerEnv: Record<string, string> = {}): Promise<CheckRun> {
  const outputFile = join(repo.runnerTemp, `output-${Math.random().toString(16).slice(2)}`)
  // @actions/core keeps the summary file it first wrote to for the life of the process: one file, emptied.
  const summaryFile = join(repo.runnerTemp, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: repo.runnerTemp, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_REF_NAME: 'main', ...runnerEnv }
  for (const [name, value] of Object.entries(inputs(overrides))) env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(process.env, env)
  await run(env)
  const summary = readFileSync(summaryFile, 'utf8')
  const red = [...summary.matchAll(/<tr><td>❌<\/td><th align="left">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((match) => `${match[1]}: ${match[2]}`)
  return { status: parseOutputFile(readFileSync(outputFile, 'utf8')).status ?? '', summary, red }
}

function expectNothingWritten(): void {
  expect(repo.git(['status', '--porcelain'])).toBe('')
  expect(repo.git(['rev-list', '--count', 'HEAD'])).toBe('1')
  expect(repo.git(['--git-dir', repo.remote, 'rev-list', '--count', 'main'], repo.root)).toBe('1')
}

function clientWith(permissions: string[], extra: { clientCredentialsGrant?: boolean } = {}): Record<string, string> {
  const clientId = `check-${permissions.length}-${Math.random().toString(16).slice(2, 8)}`
  emulator.addClient({ clientId, clientSecret: 'check-secret', permissions, ...extra })
  return { 'client-id': clientId, 'client-secret': 'check-secret' }
}

describe('mode: check', () => {
  it('is all green for a client with every permission, in the built Action, and writes nothing', async () => {
    const action = await runAction(inputs(), { workspace: repo.workspace, runnerTemp: repo.runnerTemp })
    expect(action.exitCode).toBe(0)
    expect(action.outputs.status).toBe('success')
    expect(action.summary).toContain('first-run check passed')
    expect(action.summary).not.toContain('❌')
    for (const name of ['Sign in', 'List flows', 'Start an export job', 'Poll and download the export', 'Dependency tracking', 'Call routing', 'A writable git checkout', 'A remote to push to', 'Push permission']) {
      expect(action.stdout).toContain(`✅ ${name}`)
    }
    // A handful of requests: login, one listing page, register, a poll or two, the download, the build status,
    // and one page of each of the four call-routing listings.
    expect(emulator.requests.length).toBeLessThanOrEqual(14)
    expectNothingWritten()
  })

  it.each([
    ['architect:flow:view', 'List flows'],
    ['architect:jobExport:create', 'Start an export job'],
    ['architect:jobExport:view', 'Poll and download the export'],
    ['architect:dependencyTracking:view', 'Dependency tracking'],
    ['routing:schedule:view', 'Call routing'],
  ])('names a missing %s on exactly one red line, with the fix', async (permission, line) => {
    const result = await check(clientWith(ALL_PERMISSIONS.filter((granted) => granted !== permission)))
    expect(result.status).toBe('failed')
    expect(process.exitCode).toBe(1)
    expect(result.red).toHaveLength(1)
    expect(result.red[0]).toMatch(new RegExp(`^${line}`))
    expect(result.red[0]).toContain(permission)
    expect(result.red[0]).toContain('to a role of the OAuth client')
    expectNothingWritten()
  })

  it('names a wrong client secret on the sign-in line', async () => {
    const result = await check({ 'client-secret': 'not-the-secret' })
    expect(result.red).toHaveLength(1)
    expect(result.red[0]).toMatch(/^Sign in.*Check client-id and client-secret/)
    expect(result.summary).toContain('not checked: needs sign-in')
    expectNothingWritten()
  })

  it('names a client without the client-credentials grant on the sign-in line', async () => {
    const result = await check(clientWith(ALL_PERMISSIONS, { clientCredentialsGrant: false }))
    expect(result.red).toHaveLength(1)
    expect(result.red[0]).toMatch(/^Sign in.*Enable the Client Credentials grant/)
  })

  it('names a login host that cannot be reached, and still checks the git side', async () => {
    const closed = await closedPort()
    const result = await check({ 'api-url': `http://127.0.0.1:${closed}`, 'login-url': `http://127.0.0.1:${closed}` })
    expect(result.red).toHaveLength(1)
    expect(result.red[0]).toMatch(/^Sign in.*Could not reach Genesys Cloud login.*Check region or login-url/)
    expect(result.summary).toMatch(/✅<\/td><th align="left">Push permission/)
  })

  it('checks in pull-request mode that the token reaches the pull requests of the repository', async () => {
    const github = await startFakeGitHub(repo.remote)
    try {
      const prInputs = { 'pull-request': 'true', 'github-token': 'test-token' }
      const reached = await check(prInputs, repo.workspace, { GITHUB_REPOSITORY: 'owner/repo', GITHUB_API_URL: github.url })
      expect(reached.red).toEqual([])
      expect(reached.summary).toMatch(/✅<\/td><th align="left">Pull requests \(github-token\)<\/th><td>The token reaches owner\/repo/)
      const elsewhere = await check(prInputs, repo.workspace, { GITHUB_REPOSITORY: 'owner/not-this-one', GITHUB_API_URL: github.url })
      expect(elsewhere.red).toHaveLength(1)
      expect(elsewhere.red[0]).toMatch(/^Pull requests \(github-token\).*pull-requests: write/)
      expectNothingWritten()
    } finally {
      await github.close()
    }
  })

  it('names a remote that refuses pushes on the push line', async () => {
    const readOnly = createRepoWithRemote('gfs-read-only-')
    const daemon = await serveReadOnly(readOnly.root)
    try {
      readOnly.git(['remote', 'set-url', 'origin', `git://127.0.0.1:${daemon.port}/remote.git`])
      const result = await check({}, readOnly.workspace)
      expect(result.red).toHaveLength(1)
      expect(result.red[0]).toMatch(/^Push permission.*does not accept pushes.*contents: write/)
      expect(readOnly.git(['status', '--porcelain'])).toBe('')
    } finally {
      daemon.process.kill()
      readOnly.cleanup()
    }
  })
})

/** git daemon serving `base` read-only (receive-pack is off by default), as a remote without push rights. */
async function serveReadOnly(base: string): Promise<{ port: number; process: ChildProcess }> {
  const port = await closedPort()
  const child = spawn('git', ['daemon', '--reuseaddr', '--export-all', `--base-path=${base}`, '--listen=127.0.0.1', `--port=${port}`, base], { stdio: ['ignore', 'ignore', 'pipe'] })
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to rumble')) resolve()
    })
    child.on('error', reject)
    setTimeout(() => resolve(), 3000)
  })
  return { port, process: child }
}
