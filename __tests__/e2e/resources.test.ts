// check-resources end to end: the built Action against the emulator, whose queues and data actions are
// deleted between runs, whose dependency tracking is rebuilding, or whose OAuth client lacks the permission.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import type { Finding } from '../../src/model.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'

const TRACKING = '/api/v2/architect/dependencytracking'
let repos: TempRepo[] = []

afterEach(() => {
  for (const repo of repos) repo.cleanup()
  repos = []
})

async function run(emulator: Emulator, inputs: Record<string, string> = {}, client = { id: emulator.clientId, secret: emulator.clientSecret }): Promise<ActionRun & { repo: TempRepo; findings: Finding[] }> {
  const repo = createRepoWithRemote()
  repos.push(repo)
  const result = await runAction(
    { mode: 'export', 'client-id': client.id, 'client-secret': client.secret, 'api-url': emulator.apiUrl, 'flow-types': 'all', 'fail-on': 'never', ...inputs },
    { workspace: repo.workspace, runnerTemp: repo.runnerTemp },
  )
  const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8')) as { findings: Finding[] }
  return { ...result, repo, findings: report.findings }
}

const resourceFindings = (findings: readonly Finding[]) => findings.filter((f) => f.rule === 'deleted-resource' || f.rule === 'stale-resource')
const resourceNotices = (result: ActionRun) => result.annotations.filter((a) => a.level === 'notice' && a.properties.title?.includes('resource check'))

describe('a queue and a data action deleted between two runs', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 'deleted-between-runs', plant: false })
  })
  afterAll(() => emulator.close())

  it('give the flow that uses them two deleted-resource findings, on the lines of the actions that use them', async () => {
    const before = await run(emulator)
    expect(before.outputs['deleted-resources']).toBe('0')
    expect(resourceFindings(before.findings)).toEqual([])

    const flow = emulator.org.flows.find((candidate) => candidate.type === 'inboundcall')!
    const actions = (flow.document.flowSequenceItemList as { actionList?: Record<string, any>[] }[]).flatMap((item) => item.actionList ?? [])
    const transfer = actions.find((action) => action.__type === 'TransferPureMatchAction')!
    const dataAction = actions.find((action) => action.__type === 'DataAction')!
    emulator.deleteResource(transfer.queues[0].config.lit.val)
    emulator.deleteResource(dataAction.actionId)

    const after = await run(emulator)
    expect(after.exitCode).toBe(0)
    const ofFlow = after.findings.filter((f) => f.flowId === flow.id && f.rule === 'deleted-resource')
    expect(ofFlow.map((f) => f.nodeId).sort()).toEqual([transfer.id, dataAction.id].sort())
    const text = readFileSync(join(after.repo.workspace, ofFlow[0]!.file), 'utf8').split('\n')
    for (const finding of ofFlow) {
      expect(finding.severity).toBe('error')
      expect(text[finding.line - 1]).toBe(`${text[finding.line - 1]!.match(/^\s*/)![0]}"id": "${finding.nodeId}",`)
    }
    expect(ofFlow.find((f) => f.nodeId === dataAction.id)!.message).toContain(`Data action "${dataAction.actionName}" (${dataAction.actionId}) was deleted`)
    const annotated = after.annotations.filter((a) => a.properties.title?.startsWith('deleted-resource'))
    expect(annotated.length).toBeGreaterThanOrEqual(2)
    expect(after.outputs['deleted-resources']).toBe(String(after.findings.filter((f) => f.rule === 'deleted-resource').length))
    expect(after.summary).toMatch(/Resource check \(dependency tracking OPERATIONAL\): \d+ deleted, 0 stale/)
  })

  it('give a stale-resource warning to each flow using a queue changed so that it needs republishing', async () => {
    const queue = emulator.org.resources.find((resource) => resource.type === 'QUEUE' && !resource.deleted)!
    emulator.updateResource(queue.id)
    const users = emulator.org.flows.filter((flow) => JSON.stringify(flow.document.manifest).includes(`"${queue.id}"`)).map((flow) => flow.id)
    expect(users.length).toBeGreaterThan(0)
    const result = await run(emulator)
    const stale = result.findings.filter((f) => f.rule === 'stale-resource')
    expect(stale.map((f) => f.flowId).sort()).toEqual(users.sort())
    for (const finding of stale) {
      expect(finding.severity).toBe('warning')
      expect(finding.message).toContain(`Queue "${queue.name}" (${queue.id}) changed in the org`)
    }
  })
})

describe('the planted org', () => {
  it('gives exactly the planted deleted-resource findings: a deleted queue and a deleted data action in use', async () => {
    const emulator = await startEmulator({ flows: 12, seed: 'planted-resources' })
    try {
      const result = await run(emulator)
      const planted = emulator.org.planted.filter((p) => p.rule === 'deleted-resource')
      expect(planted).toHaveLength(2)
      const found = result.findings.filter((f) => f.rule === 'deleted-resource')
      expect(found.map((f) => `${f.flowId}/${f.nodeId}`).sort()).toEqual(planted.map((p) => `${p.flowId}/${p.nodeId}`).sort())
      expect(result.outputs['deleted-resources']).toBe('2')
      expect(resourceFindings(result.findings).filter((f) => f.rule === 'stale-resource')).toEqual([])
    } finally {
      await emulator.close()
    }
  })
})

describe('the resource check when it cannot be complete or cannot run', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 'resource-check', plant: false })
  })
  afterAll(() => emulator.close())
  afterEach(() => {
    emulator.setDependencyBuild('OPERATIONAL')
    emulator.reset()
  })

  it('says with one notice that findings may be incomplete while dependency tracking rebuilds, and reports nothing false', async () => {
    emulator.setDependencyBuild('BUILDINPROGRESS')
    const result = await run(emulator)
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('success')
    expect(resourceFindings(result.findings)).toEqual([])
    const notices = resourceNotices(result)
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toContain('may be incomplete')
    expect(notices[0]!.message).toContain('BUILDINPROGRESS')
    expect(notices[0]!.message).toContain('Force rebuild')
    expect(result.summary).toContain('may be incomplete')
    // It never starts a rebuild itself.
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path.startsWith(TRACKING))).toEqual([])
  })

  it('goes on without the permission: one notice naming it, and an otherwise normal run', async () => {
    emulator.addClient({ clientId: 'no-tracking', clientSecret: 'no-tracking-secret', permissions: ['architect:flow:view', 'architect:jobExport:create', 'architect:jobExport:view'] })
    const result = await run(emulator, {}, { id: 'no-tracking', secret: 'no-tracking-secret' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('success')
    expect(Number(result.outputs['flows-exported'])).toBe(emulator.org.flows.filter((flow) => !flow.deleted).length)
    const notices = resourceNotices(result)
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toContain('architect:dependencyTracking:view')
    expect(result.annotations.filter((a) => a.level !== 'notice' && a.message.includes('dependencyTracking'))).toEqual([])
    expect(result.summary).toContain('Resource check skipped')
  })

  it('makes no dependency-tracking request with check-resources: false', async () => {
    const result = await run(emulator, { 'check-resources': 'false' })
    expect(result.exitCode).toBe(0)
    expect(emulator.requests.filter((r) => r.path.startsWith(TRACKING))).toEqual([])
    expect(emulator.requests.some((r) => r.path.startsWith('/api/v2/flows'))).toBe(true)
    expect(resourceNotices(result)).toEqual([])
    expect(result.summary).toContain('Resource check off')
  })

  it('costs three requests for the whole org: the build status and one page of each listing', async () => {
    await run(emulator)
    expect(emulator.requests.filter((r) => r.path.startsWith(TRACKING)).map((r) => r.path.slice(TRACKING.length)).sort()).toEqual([
      '/build',
      '/deletedresourceconsumers',
      '/updatedresourceconsumers',
    ])
  })

  it('does not run in mode validate, and the summary says so', async () => {
    const exported = await run(emulator, { 'check-resources': 'false' })
    emulator.reset()
    const validated = await runAction({ mode: 'validate', 'fail-on': 'never' }, { workspace: exported.repo.workspace, runnerTemp: exported.repo.runnerTemp })
    expect(validated.exitCode).toBe(0)
    expect(emulator.requests).toEqual([])
    expect(validated.summary).toContain('Resource check not run')
  })
})
