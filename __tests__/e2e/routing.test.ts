// Call routing end to end: the built Action snapshots an emulated org's call routes, schedule groups, schedules
// and emergency groups into a real repository, checks them, says where each number goes at a pinned moment, and
// on the next run says in words what an admin changed. Also: routing off makes no routing request, and a kind
// the client may not read is one notice.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator, type EmulatedCallRoute } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { REPO_ROOT, runAction, type ActionRun } from '../../scripts/support/runner.js'

/** Thursday 24 December 2026, 15:00 in New York: inside the Christmas holiday (from 12:00 local). */
const CHRISTMAS_EVE_AFTERNOON = '2026-12-24T20:00:00Z'
/** Wednesday 2 December 2026, 10:00 in New York, 15:00 in London: both groups' weekday open hours. */
const WEEKDAY_MORNING = '2026-12-02T15:00:00Z'
/** Wednesday 2 December 2026, 18:30 in New York: after the weekday hours. */
const WEEKDAY_EVENING = '2026-12-02T23:30:00Z'
/** Wednesday 2 December 2026, 12:30 in London: inside the weekly staff training closure. */
const TRAINING = '2026-12-02T12:30:00Z'

const inputsOf = (emulator: Emulator, more: Record<string, string> = {}) => ({
  'client-id': emulator.clientId,
  'client-secret': emulator.clientSecret,
  'api-url': emulator.apiUrl,
  'flow-types': 'inboundcall',
  'fail-on': 'never',
  ...more,
})

interface ReportJson {
  findings: { rule: string; severity: string; file: string; line: number; message: string; flowName: string }[]
  routing: { number: string; route: string; openFlow: string | null; now: { flow: string | null; reason: string } }[]
  changes: { kind?: string; name: string; changes: { text: string }[] }[]
}

const reportOf = (run: ActionRun): ReportJson => JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as ReportJson

/** The summary's Call routing row of a number, as cell texts. */
function routingRow(summary: string, number: string): string[] {
  const section = summary.split('### Call routing')[1] ?? ''
  const row = section.split('\n').find((line) => line.startsWith(`<tr><td><code>${number}</code>`))
  if (!row) throw new Error(`No Call routing row for ${number} in:\n${section}`)
  const unescape = (html: string): string =>
    html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
  return [...row.matchAll(/<td>(.*?)<\/td>/g)].map((cell) => unescape(cell[1]!))
}

describe('call routing snapshotted, checked and explained by the built Action', () => {
  let emulator: Emulator
  let repo: TempRepo
  let runner: { workspace: string; runnerTemp: string; env: Record<string, string> }
  let first: ActionRun
  let main: EmulatedCallRoute

  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 'routing-e2e' })
    repo = createRepoWithRemote()
    runner = { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env: { GENESYS_FLOW_SNAPSHOT_NOW: CHRISTMAS_EVE_AFTERNOON } }
    first = await runAction(inputsOf(emulator), runner)
    main = emulator.org.routing.callRoutes.find((route) => route.name === 'Main line')!
  })
  afterAll(async () => {
    await emulator?.close()
    repo?.cleanup()
  })

  it('commits one file per routing object and lists each in the manifest, by kind then id, with its hash', () => {
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    const committed = repo.git(['ls-tree', '-r', '--name-only', 'HEAD', 'genesys-flows/routing']).split('\n')
    const manifest = JSON.parse(readFileSync(join(repo.workspace, 'genesys-flows', 'manifest.json'), 'utf8')) as { routing: { kind: string; id: string; path: string; sha256: string }[] }
    const { routing } = emulator.org
    const expected = [
      ...routing.callRoutes.map((object) => ['call-routes', object.id]),
      ...routing.scheduleGroups.map((object) => ['schedule-groups', object.id]),
      ...routing.schedules.map((object) => ['schedules', object.id]),
      ...routing.emergencyGroups.map((object) => ['emergency-groups', object.id]),
    ].sort((a, b) => ['call-routes', 'schedule-groups', 'schedules', 'emergency-groups'].indexOf(a[0]!) - ['call-routes', 'schedule-groups', 'schedules', 'emergency-groups'].indexOf(b[0]!) || (a[1]! < b[1]! ? -1 : 1))
    expect(manifest.routing.map((entry) => [entry.kind, entry.id])).toEqual(expected)
    expect(committed.sort()).toEqual(manifest.routing.map((entry) => `genesys-flows/${entry.path}`).sort())
    const text = readFileSync(join(repo.workspace, 'genesys-flows', manifest.routing[0]!.path), 'utf8')
    expect(text).not.toMatch(/dateModified|dateCreated|selfUri|modifiedBy/)
  })

  it('looks up the flows the routes name while the export runs, not after it', () => {
    const requests = emulator.requests.filter((entry) => entry.listener === 'api')
    const routeFlows = new Set(emulator.org.routing.callRoutes.flatMap((route) => [route.openHoursFlow, route.closedHoursFlow, route.holidayHoursFlow]).map((flow) => flow?.id))
    // The export looks up the flows its flows call too: the routing's lookup is the one that asks for the routes' flows.
    const routingLookups = requests.filter((entry) => entry.path === '/api/v2/flows/lookup' && [entry.query.id].flat().some((id) => routeFlows.has(id)))
    const lastExportJobRequest = Math.max(...requests.filter((entry) => entry.path.startsWith('/api/v2/flows/export/jobs')).map((entry) => entry.at))
    expect(routingLookups.length).toBeGreaterThan(0)
    for (const lookup of routingLookups) expect(lookup.at).toBeLessThan(lastExportJobRequest)
  })

  it('puts each planted routing defect on the file and line of the object at fault, naming the route', () => {
    const findings = reportOf(first).findings
    for (const planted of emulator.org.routing.planted) {
      const finding = findings.find((candidate) => candidate.rule === planted.rule)
      expect(finding, planted.detail).toBeDefined()
      expect(finding!.file).toMatch(new RegExp(`^genesys-flows/routing/${planted.kind}/[a-z0-9-]+--${planted.objectId}\\.json$`))
      const line = readFileSync(join(repo.workspace, finding!.file), 'utf8').split('\n')[finding!.line - 1]!
      if (planted.rule === 'route-flow-missing') {
        const legacy = emulator.org.routing.callRoutes.find((route) => route.id === planted.objectId)!
        expect(line).toContain(legacy.openHoursFlow!.id)
        expect(finding!.message).toContain('Legacy line')
        expect(finding!.message).toContain(legacy.dnis[0])
        expect(routingRow(first.summary, legacy.dnis[0]!)[1]).toBe('Legacy line⚠️ names a missing flow')
      }
      if (planted.rule === 'missing-schedule') {
        const group = emulator.org.routing.scheduleGroups.find((candidate) => candidate.id === planted.objectId)!
        const scheduleIds = new Set(emulator.org.routing.schedules.map((schedule) => schedule.id))
        expect(line).toContain(group.closedSchedules.find((ref) => !scheduleIds.has(ref.id))!.id)
        expect(finding!.message).toContain('Support line')
      }
      if (planted.rule === 'schedule-ended') expect(line).toContain('"end"')
    }
  })

  it('shows the holiday flow answering the main line on Christmas Eve afternoon, with the holiday in the coming exceptions', () => {
    const row = routingRow(first.summary, main.dnis[0]!)
    expect(row.slice(1, 4)).toEqual(['Main line', main.holidayHoursFlow!.name, 'holiday schedule'])
    expect(row[8]).toContain('Dec 26 00:00 holiday')
    const reported = reportOf(first).routing.find((entry) => entry.number === main.dnis[0])!
    expect(reported.now).toEqual({ flow: main.holidayHoursFlow!.name, reason: 'holiday' })
  })

  it('answers the same with the built CLI route command, reading the committed files', () => {
    const said = execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'route', main.dnis[0]!, '--at', '2026-12-24T15:00'], { cwd: repo.workspace, encoding: 'utf8' })
    expect(said).toContain(`"${main.holidayHoursFlow!.name}" answers`)
  })

  it.each([
    ['a weekday morning: the open schedule', WEEKDAY_MORNING, '+13175550100', 'openHoursFlow', 'open schedule'],
    ['a weekday evening: outside the open hours', WEEKDAY_EVENING, '+13175550100', 'closedHoursFlow', 'outside open hours'],
    ['a weekly closure in London: the closed schedule', TRAINING, '+442071230200', 'closedHoursFlow', 'closed schedule'],
  ] as const)('answers %s (the committed files read again in mode validate)', async (_, at, number, field, why) => {
    const route = emulator.org.routing.callRoutes.find((candidate) => candidate.dnis.includes(number))!
    const run = await runAction({ mode: 'validate', 'fail-on': 'never' }, { ...runner, env: { GENESYS_FLOW_SNAPSHOT_NOW: at } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(routingRow(run.summary, number).slice(2, 4)).toEqual([route[field]!.name, why])
  })

  it('writes byte-identical routing files and makes no commit when nothing changed in the org', async () => {
    const head = repo.git(['rev-parse', 'HEAD'])
    const again = await runAction(inputsOf(emulator), runner)
    expect([again.outputs.changed, again.outputs['routing-changed'], again.outputs['commit-sha']]).toEqual(['false', '0', ''])
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head)
    expect(repo.git(['status', '--porcelain'])).toBe('')
  })

  describe('after an admin re-points the main line and switches the storm closure on', () => {
    let second: ActionRun
    let previousOpen: string
    let emergencyFlow: string

    let before: string

    beforeAll(async () => {
      before = repo.git(['rev-parse', 'HEAD'])
      previousOpen = main.openHoursFlow!.name
      const storm = emulator.org.routing.emergencyGroups[0]!
      emergencyFlow = storm.emergencyCallFlows[0]!.emergencyFlow.name
      emulator.editRouting({ kind: 'repoint-route', routeId: main.id, hours: 'open', flow: { ...main.closedHoursFlow! } })
      emulator.editRouting({ kind: 'emergency', groupId: storm.id, enabled: true })
      second = await runAction(inputsOf(emulator), runner)
    })

    it('counts the two routing objects that changed', () => {
      expect(second.exitCode, second.stdout).toBe(0)
      expect(second.outputs['routing-changed']).toBe('2')
      expect(second.outputs['flows-changed']).toBe('0')
    })

    it('says both changes in words in the commit message and the summary', () => {
      const message = repo.git(['log', '-1', '--format=%B'])
      const repointed = `Main line: open hours now go to "${main.closedHoursFlow!.name}" (was "${previousOpen}")`
      expect(message).toContain(repointed)
      expect(message).toMatch(/Storm closure: emergency switched on/)
      const whatChanged = second.summary.split('### What changed')[1]!.split('### Findings')[0]!
      expect(whatChanged).toContain('emergency switched on')
      expect(whatChanged).toContain('open hours now go to')
      expect(reportOf(second).changes.map((change) => change.kind)).toEqual(expect.arrayContaining(['call-routes', 'emergency-groups']))
    })

    it('warns emergency-active on the emergency group and shows the emergency flow answering the main line', () => {
      const warning = second.annotations.find((annotation) => annotation.level === 'warning' && annotation.properties.title?.startsWith('emergency-active'))
      expect(warning?.properties.file).toMatch(/^genesys-flows\/routing\/emergency-groups\/storm-closure--/)
      expect(warning?.message).toContain('Main line')
      expect(routingRow(second.summary, main.dnis[0]!).slice(2, 4)).toEqual([emergencyFlow, '🚨 emergency group on'])
    })

    it('reviews the same routing changes in mode validate on a pull request, against the base branch', async () => {
      repo.git(['push', '-q', 'origin', `${before}:refs/heads/before-routing-edit`])
      repo.git(['fetch', '-q', 'origin', 'before-routing-edit:refs/remotes/origin/before-routing-edit'])
      const run = await runAction({ mode: 'validate', 'fail-on': 'never' }, { ...runner, env: { ...runner.env, GITHUB_BASE_REF: 'before-routing-edit' } })
      expect(run.exitCode, run.stdout).toBe(0)
      expect(run.outputs['routing-changed']).toBe('2')
      expect(run.summary).toContain('emergency switched on')
    })
  })
})

describe('call routing switched off or partly refused', () => {
  let emulator: Emulator
  let repo: TempRepo

  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 'routing-e2e-off' })
  })
  afterAll(async () => {
    await emulator?.close()
    repo?.cleanup()
  })

  it('makes no routing request and writes no routing file with routing: false', async () => {
    repo = createRepoWithRemote()
    emulator.reset()
    const run = await runAction(inputsOf(emulator, { routing: 'false' }), { workspace: repo.workspace, runnerTemp: repo.runnerTemp })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(emulator.requests.filter((entry) => /^\/api\/v2\/architect\/(ivrs|schedulegroups|schedules|emergencygroups)/.test(entry.path))).toEqual([])
    expect(repo.git(['ls-tree', '-r', '--name-only', 'HEAD', 'genesys-flows/routing'])).toBe('')
    expect(run.summary).not.toContain('### Call routing')
    repo.cleanup()
  })

  it('skips a kind the client may not read with one notice naming its permission, and snapshots the others', async () => {
    repo = createRepoWithRemote()
    emulator.reset()
    const permissions = ['architect:flow:view', 'architect:jobExport:create', 'architect:jobExport:view', 'architect:dependencyTracking:view', 'routing:callRoute:view', 'routing:scheduleGroup:view', 'routing:emergencyGroup:view']
    emulator.addClient({ clientId: 'no-schedules', clientSecret: 'no-schedules-secret', permissions })
    const run = await runAction(inputsOf(emulator, { 'client-id': 'no-schedules', 'client-secret': 'no-schedules-secret' }), { workspace: repo.workspace, runnerTemp: repo.runnerTemp })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('success')
    const notices = run.annotations.filter((annotation) => annotation.message.includes('routing:schedule:view'))
    expect(notices.map((notice) => notice.level)).toEqual(['notice'])
    const committed = repo.git(['ls-tree', '-r', '--name-only', 'HEAD', 'genesys-flows/routing'])
    expect(committed).toContain('routing/call-routes/')
    expect(committed).not.toContain('routing/schedules/')
  })
})
