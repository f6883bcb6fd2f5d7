// "What changed" end to end: the built Action snapshots an emulated org, a person publishes new versions of
// flows in the emulator (as in Architect), and the next run names every change in the commit, the pull
// request and the job summary; a republish that moved only the layout reads as "layout only".
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator, type EmulatedFlow, type PublishedVersion } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'
import { startFakeGitHub, type FakeGitHub } from '../git/fake-github.js'

const inputsOf = (emulator: Emulator) => ({
  'client-id': emulator.clientId,
  'client-secret': emulator.clientSecret,
  'api-url': emulator.apiUrl,
  'flow-types': 'inboundcall',
  'fail-on': 'never',
})

describe('a changed flow published between two snapshots, delivered as a pull request', () => {
  let emulator: Emulator
  let repo: TempRepo
  let github: FakeGitHub
  let second: ActionRun
  let edited: EmulatedFlow
  let renamed: EmulatedFlow
  let published: PublishedVersion
  let previousName: string
  let commitMessage: string

  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 21, plant: false })
    repo = createRepoWithRemote()
    github = await startFakeGitHub(repo.remote)
    const runner = { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env: { GITHUB_REPOSITORY: 'owner/repo', GITHUB_API_URL: github.url } }
    const first = await runAction(inputsOf(emulator), runner)
    expect(first.exitCode, first.stdout).toBe(0)

    const inbound = emulator.org.flows.filter((flow) => flow.type === 'inboundcall')
    edited = inbound[0]!
    renamed = inbound[1]!
    previousName = renamed.name
    published = emulator.publishFlowVersion(edited.id, [
      { kind: 'add-action', name: 'Holiday notice', sentence: 'We are closed on public holidays.' },
      { kind: 'rewire-decision' },
      { kind: 'swap-queue' },
      { kind: 'change-prompt', action: 'Welcome', sentence: 'Welcome to Contoso, how can we help?' },
    ])
    emulator.publishFlowVersion(renamed.id, { kind: 'rename', name: 'Front Desk Line' })

    second = await runAction({ ...inputsOf(emulator), 'pull-request': 'true', 'github-token': 'test-token' }, runner)
    commitMessage = repo.git(['--git-dir', repo.remote, 'log', '-1', '--format=%B', 'genesys-flow-snapshot'], repo.root)
  })

  afterAll(async () => {
    await emulator?.close()
    await github?.close()
    repo?.cleanup()
  })

  const [add, rewire, queue, prompt] = [0, 1, 2, 3].map((index) => () => published.edits[index]!)

  it('opens the pull request and counts the two flows that changed in more than layout', () => {
    expect(second.exitCode, second.stdout).toBe(0)
    expect(second.outputs['pull-request-number']).toBe('1')
    expect(second.outputs['flows-changed']).toBe('2')
  })

  it('commits with one line per changed flow naming its version step and each change', () => {
    const body = commitMessage.split('\n').slice(2)
    const line = body.find((text) => text.startsWith(`${edited.name} ${published.previousVersion} → ${published.version}:`))
    expect(line, commitMessage).toBeDefined()
    expect(line).toContain('1 action added')
    expect(line).toContain(`Decision "${rewire().detail.split('"')[1]}" rewired`)
    expect(line).toContain('Play Audio "Welcome" changed')
    expect(line).toContain(`queue "${queue().from}" → "${queue().to}"`)
    expect(body.some((text) => text.startsWith('Front Desk Line ') && text.includes(`renamed from "${previousName}"`))).toBe(true)
  })

  it('writes every planted change, with the version step, into the pull request body', () => {
    const body = github.pulls[0]!.body
    expectEveryChange(body)
    expect(body).toContain('Front Desk Line')
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('https://github.com/owner/repo/actions/runs/1001')
  })

  it('shows a What changed section in the job summary with a diagram of the changed task', () => {
    const section = second.summary.slice(second.summary.indexOf('### What changed'))
    expect(section).toContain('Compared with the previous snapshot: 2 flows changed')
    expectEveryChange(section)
    expect(section).toContain(`**${edited.name}** › Main Task`)
    expect(section).toMatch(/```mermaid\nflowchart TD/)
  })

  it('gives report.json each changed flow with its versions and counts by kind', () => {
    const report = JSON.parse(readFileSync(second.outputs['report-path']!, 'utf8'))
    const flow = report.changes.find((change: { id: string }) => change.id === edited.id)
    expect(flow).toMatchObject({ name: edited.name, versionFrom: published.previousVersion, versionTo: published.version, status: 'changed' })
    expect(flow.counts['action-added']).toBe(1)
    expect(flow.changes.length).toBeGreaterThan(0)
  })

  function expectEveryChange(text: string): void {
    expect(text).toContain(`**${edited.name}** ${published.previousVersion} → ${published.version}`)
    expect(text).toContain(`Added Play Audio "${add().to}"`)
    expect(text).toContain(`Decision "${rewire().detail.split('"')[1]}"`)
    expect(text).toContain(`"${prompt().from}" → "${prompt().to}"`)
    expect(text).toContain(`queue "${queue().from}" → "${queue().to}"`)
  }
})

describe('a flow republished with only its layout moved', () => {
  let emulator: Emulator
  let repo: TempRepo
  let second: ActionRun
  let flow: EmulatedFlow

  beforeAll(async () => {
    emulator = await startEmulator({ flows: 6, seed: 5, plant: false })
    repo = createRepoWithRemote()
    const runner = { workspace: repo.workspace, runnerTemp: repo.runnerTemp }
    await runAction(inputsOf(emulator), runner)
    flow = emulator.org.flows.find((candidate) => candidate.type === 'inboundcall')!
    emulator.publishFlowVersion(flow.id, { kind: 'layout-only' })
    second = await runAction(inputsOf(emulator), runner)
  })

  afterAll(async () => {
    await emulator?.close()
    repo?.cleanup()
  })

  it('commits the new files with a review that says layout only', () => {
    expect(second.outputs.changed).toBe('true')
    const message = repo.git(['--git-dir', repo.remote, 'log', '-1', '--format=%B', 'main'], repo.root)
    expect(message).toContain(`${flow.name} `)
    expect(message).toMatch(/: layout only/)
  })

  it('counts no flow as changed', () => {
    expect(second.outputs['flows-changed']).toBe('0')
  })
})
