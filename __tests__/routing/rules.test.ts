import { describe, expect, test } from 'vitest'
import { routingObjectsOf } from '../../src/routing/objects.js'
import { checkRouting } from '../../src/routing/rules.js'
import { readSettings } from '../../src/settings/read-settings.js'
import type { KnownFlow, RoutingFile } from '../../src/routing/types.js'
import { christmas, lineOf, mainGroup, mainRoute, orgFiles, stormGroup, weekdays, without } from './fixtures.js'

const NOW = new Date('2026-03-04T15:00:00Z')
const ALL_FLOWS: KnownFlow[] = [
  { id: 'flow-open', name: 'Main IVR', published: true },
  { id: 'flow-closed', name: 'After hours', published: true },
  { id: 'flow-holiday', name: 'Holiday message', published: true },
  { id: 'flow-storm', name: 'Storm closure', published: true },
  { id: 'flow-support', name: 'Support IVR', published: true },
]

function check(files: RoutingFile[], options: { flows?: KnownFlow[]; now?: Date; unreadKinds?: ('schedules' | 'schedule-groups')[] } = {}) {
  return checkRouting({
    files,
    objects: routingObjectsOf(files),
    flows: new Map((options.flows ?? ALL_FLOWS).map((flow) => [flow.id, flow])),
    now: options.now ?? NOW,
    ...(options.unreadKinds === undefined ? {} : { unreadKinds: options.unreadKinds }),
  })
}

function fileOf(files: RoutingFile[], id: string): RoutingFile {
  return files.find((file) => file.id === id)!
}

describe('checkRouting', () => {
  test('a healthy org has no finding', () => {
    expect(check(orgFiles())).toEqual([])
  })

  test('route-flow-missing: a route pointing at a flow the org does not have, on the route file and the flow line', () => {
    const files = orgFiles()
    const findings = check(files, { flows: ALL_FLOWS.filter((flow) => flow.id !== 'flow-holiday') })
    const route = fileOf(files, 'r-main')
    expect(findings).toEqual([
      {
        rule: 'route-flow-missing',
        severity: 'error',
        flowId: 'r-main',
        flowName: 'Main line',
        file: route.path,
        line: lineOf(route.text, '"id": "flow-holiday"'),
        nodeId: '',
        message: 'Call route "Main line" (+13175550100, +13175550101): its holiday-hours flow "Holiday message" (id flow-holiday) is not in the org.',
      },
    ])
  })

  test('route-flow-missing: a flow that is in the org but was never published', () => {
    const flows = ALL_FLOWS.map((flow) => (flow.id === 'flow-open' ? { ...flow, published: false } : flow))
    const [finding] = check(orgFiles(), { flows })
    expect(finding?.message).toContain('its open-hours flow "Main IVR" (id flow-open) has no published version')
  })

  test('route-flow-missing: an emergency group whose emergency flow is gone, naming the routes it covers', () => {
    const files = orgFiles()
    const [finding] = check(files, { flows: ALL_FLOWS.filter((flow) => flow.id !== 'flow-storm') })
    const storm = fileOf(files, 'e-storm')
    expect(finding).toMatchObject({ rule: 'route-flow-missing', file: storm.path, line: lineOf(storm.text, '"id": "flow-storm"') })
    expect(finding?.message).toBe(
      'Emergency group "Storm": its emergency flow "Storm closure" (id flow-storm) is not in the org for call route "Main line" (+13175550100, +13175550101).',
    )
  })

  test('route-flow-missing: the line is found in the file as written, past entries that are not objects', () => {
    const storm = stormGroup({ emergencyCallFlows: ['junk', { emergencyFlow: { id: 'flow-gone', name: 'Gone' }, ivrs: [{ id: 'r-main' }] }] })
    const files = orgFiles(['emergency-groups', storm])
    const [finding] = check(files)
    expect(finding?.line).toBe(lineOf(fileOf(files, 'e-storm').text, '"id": "flow-gone"'))
  })

  test('missing-schedule: a route naming a schedule group that does not exist', () => {
    const files = without(orgFiles(), 'schedule-groups', 'g-main')
    const findings = check(files)
    const route = fileOf(files, 'r-main')
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.file, finding.line])).toEqual([
      ['missing-schedule', 'error', route.path, lineOf(route.text, '"id": "g-main"')],
    ])
    expect(findings[0]?.message).toContain('names schedule group "Main hours" (id g-main), which does not exist')
  })

  test('missing-schedule: a schedule group naming a schedule that does not exist, on that list entry', () => {
    const files = without(orgFiles(), 'schedules', 's-christmas')
    const findings = check(files)
    const group = fileOf(files, 'g-main')
    expect(findings.map((finding) => [finding.rule, finding.file, finding.line])).toEqual([['missing-schedule', group.path, lineOf(group.text, '"id": "s-christmas"')]])
    expect(findings[0]?.message).toBe(
      'Schedule group "Main hours", used by call route "Main line" (+13175550100, +13175550101) names holiday schedule "Christmas" (id s-christmas), which does not exist.',
    )
  })

  test('missing-schedule is not reported for a kind this run could not read', () => {
    expect(check(without(orgFiles(), 'schedules', 's-christmas'), { unreadKinds: ['schedules'] })).toEqual([])
  })

  test('schedule-ended: a one-off holiday of a group that is over, a notice on the schedule file', () => {
    const ended = christmas({ id: 's-xmas-2025', name: 'Christmas 2025', start: '2025-12-25T00:00:00.000', end: '2025-12-26T00:00:00.000', rrule: undefined })
    const files = orgFiles(['schedules', ended], ['schedule-groups', mainGroup({ holidaySchedules: [{ id: 's-xmas-2025' }] })])
    const findings = check(files)
    const schedule = fileOf(files, 's-xmas-2025')
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.file, finding.line])).toEqual([
      ['schedule-ended', 'notice', schedule.path, lineOf(schedule.text, '"end"')],
    ])
    expect(findings[0]?.message).toBe(
      'Schedule "Christmas 2025" ended on 2025-12-26 00:00 (America/New_York): it no longer affects routing (holiday schedule of schedule group "Main hours", used by call route "Main line" (+13175550100, +13175550101)).',
    )
  })

  test('schedule-ended: a recurrence whose UNTIL has passed has ended too', () => {
    const files = orgFiles(['schedules', christmas({ rrule: 'FREQ=YEARLY;UNTIL=20251231T000000Z' })])
    expect(check(files).map((finding) => finding.rule)).toEqual(['schedule-ended'])
  })

  test('schedule-ended: a yearly holiday without an end keeps recurring', () => {
    expect(check(orgFiles(), { now: new Date('2030-06-01T00:00:00Z') })).toEqual([])
  })

  test('route-never-open: a group whose open schedule ended, a warning on the route file', () => {
    const files = orgFiles(['schedules', weekdays({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20260101T000000Z' })])
    const findings = check(files)
    const route = fileOf(files, 'r-main')
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.file])).toEqual([
      ['route-never-open', 'warning', route.path],
      ['schedule-ended', 'notice', fileOf(files, 's-weekdays').path],
    ])
    expect(findings[0]?.line).toBe(lineOf(route.text, '"scheduleGroup"'))
    expect(findings[0]?.message).toBe(
      'Call route "Main line" (+13175550100, +13175550101) is open at no time in the next 14 days: the open schedules of group "Main hours" have ended.',
    )
  })

  test('route-never-open: a group with no open schedule', () => {
    const findings = check(orgFiles(['schedule-groups', mainGroup({ openSchedules: [] })]))
    expect(findings.map((finding) => finding.rule)).toEqual(['route-never-open'])
    expect(findings[0]?.message).toContain('schedule group "Main hours" has no open schedule')
  })

  test('route-never-open: a group whose only open schedule does not exist says so, beside the missing-schedule error', () => {
    const findings = check(without(orgFiles(), 'schedules', 's-weekdays'))
    expect(findings.map((finding) => finding.rule)).toEqual(['route-never-open', 'missing-schedule'])
    expect(findings[0]?.message).toContain('the open schedules of group "Main hours" do not exist')
  })

  test('route-never-open: a closure covering the next 14 days', () => {
    const closure = { id: 's-closure', name: 'Refit', start: '2026-03-01T00:00:00.000', end: '2026-03-31T00:00:00.000' }
    const findings = check(orgFiles(['schedules', closure], ['schedule-groups', mainGroup({ closedSchedules: [{ id: 's-closure' }] })]))
    expect(findings.map((finding) => finding.rule)).toEqual(['route-never-open'])
    expect(findings[0]?.message).toContain('the holiday and closed schedules of group "Main hours" cover every open hour')
  })

  test('route-never-open: a route that opens on day 13 is not reported', () => {
    const closure = { id: 's-closure', name: 'Refit', start: '2026-03-01T00:00:00.000', end: '2026-03-17T00:00:00.000' }
    expect(check(orgFiles(['schedules', closure], ['schedule-groups', mainGroup({ closedSchedules: [{ id: 's-closure' }] })]))).toEqual([])
  })

  test('emergency-active: an emergency group switched on, naming the route, its numbers and the flow they hear', () => {
    const files = orgFiles(['emergency-groups', stormGroup({ enabled: true })])
    const findings = check(files)
    const storm = fileOf(files, 'e-storm')
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.file, finding.line])).toEqual([
      ['emergency-active', 'warning', storm.path, lineOf(storm.text, '"enabled"')],
    ])
    expect(findings[0]?.message).toBe(
      'Emergency group "Storm" is on: callers of call route "Main line" (+13175550100, +13175550101) hear "Storm closure" (id flow-storm) instead of the scheduled flows.',
    )
  })

  test('a rule set to off is dropped and an override changes the severity', () => {
    const files = orgFiles(['emergency-groups', stormGroup({ enabled: true })])
    const objects = routingObjectsOf(files)
    const flows = new Map(ALL_FLOWS.map((flow) => [flow.id, flow]))
    expect(checkRouting({ files, objects, flows, now: NOW, severities: { 'emergency-active': 'off' } })).toEqual([])
    expect(checkRouting({ files, objects, flows, now: NOW, severities: { 'emergency-active': 'error' } })[0]?.severity).toBe('error')
  })

  test('a long hostile name is bounded in the message and control characters are escaped', () => {
    const files = orgFiles(['call-routes', mainRoute({ name: `Main\u001b[31m${'x'.repeat(5000)}` })])
    const [finding] = check(files, { flows: ALL_FLOWS.filter((flow) => flow.id !== 'flow-open') })
    expect(finding!.message.length).toBeLessThan(400)
    expect(finding!.message).not.toContain('\u001b')
    expect(finding!.message).toContain('(5,009 characters)')
  })
})

test('rule-severity accepts the routing rules', () => {
  const env = { 'INPUT_CLIENT-ID': 'client-1', 'INPUT_CLIENT-SECRET': 'secret', 'INPUT_FLOW-TYPES': 'inboundcall', GITHUB_WORKSPACE: '/work/repo' }
  const lines = 'route-flow-missing=warning\nmissing-schedule=off\nschedule-ended=warning\nroute-never-open=error\nemergency-active=notice'
  expect(readSettings({ ...env, 'INPUT_RULE-SEVERITY': lines }, () => undefined).ruleSeverity).toEqual({
    'route-flow-missing': 'warning',
    'missing-schedule': 'off',
    'schedule-ended': 'warning',
    'route-never-open': 'error',
    'emergency-active': 'notice',
  })
})
