import { describe, expect, test } from 'vitest'
import { reviewRoutingChanges } from '../../src/routing/review.js'
import { christmas, lineOf, mainGroup, mainRoute, orgFiles, stormGroup, supportRoute, weekdays, without } from './fixtures.js'

function said(after: ReturnType<typeof orgFiles>, before = orgFiles()) {
  return reviewRoutingChanges(before, after).flatMap((change) => change.lines.map((line) => line.text))
}

describe('reviewRoutingChanges', () => {
  test('the same files say nothing', () => {
    expect(reviewRoutingChanges(orgFiles(), orgFiles())).toEqual([])
  })

  test('a new version number, state or description is no routing change', () => {
    expect(said(orgFiles(['call-routes', mainRoute({ version: 9, description: 'reworded', state: 'inactive' })]))).toEqual([])
  })

  test('a route re-pointed: its hours now go to the new flow, on the flow line', () => {
    const after = orgFiles(['call-routes', mainRoute({ openHoursFlow: { id: 'flow-open-2', name: 'Main IVR v2' } })])
    const [change] = reviewRoutingChanges(orgFiles(), after)
    const file = after.find((entry) => entry.id === 'r-main')!
    expect(change).toEqual({
      kind: 'call-routes',
      id: 'r-main',
      name: 'Main line',
      path: file.path,
      lines: [{ text: 'Main line: open hours now go to "Main IVR v2" (was "Main IVR")', line: lineOf(file.text, '"openHoursFlow"') }],
    })
  })

  test('a holiday flow removed says where holidays go instead', () => {
    expect(said(orgFiles(['call-routes', mainRoute({ holidayHoursFlow: undefined })]))).toEqual([
      'Main line: holiday hours no longer have a flow (was "Holiday message"): holidays go to the closed-hours flow',
    ])
  })

  test('a number added to a route and one removed', () => {
    expect(said(orgFiles(['call-routes', mainRoute({ dnis: ['+13175550100', '+13175550102'] })]))).toEqual([
      'Main line: number +13175550102 added',
      'Main line: number +13175550101 removed',
    ])
  })

  test('a number moved to another route is said on both routes', () => {
    const after = orgFiles(['call-routes', mainRoute({ dnis: ['+13175550100'] })], ['call-routes', supportRoute({ dnis: ['+13175550200', '+13175550101'] })])
    expect(said(after)).toEqual([
      'Main line: number +13175550101 removed (moved to "Support line")',
      'Support line: number +13175550101 added (moved from "Main line")',
    ])
  })

  test("a schedule's closing hour changed says only the hours it was", () => {
    expect(said(orgFiles(['schedules', weekdays({ end: '2025-01-06T18:00:00.000' })]), orgFiles())).toEqual(['Weekdays: Mon–Fri 08:00–18:00 (was 08:00–17:00)'])
    expect(said(orgFiles(), orgFiles(['schedules', weekdays({ end: '2025-01-06T18:00:00.000' })]))).toEqual(['Weekdays: Mon–Fri 08:00–17:00 (was 08:00–18:00)'])
  })

  test("a schedule's days changed says only the days they were", () => {
    expect(said(orgFiles(['schedules', weekdays({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA' })]))).toEqual(['Weekdays: Mon–Sat 08:00–17:00 (was Mon–Fri)'])
  })

  test('a holiday added to a group, and a new schedule object, in words', () => {
    const boxing = { id: 's-boxing', name: 'Boxing Day', start: '2026-12-26T00:00:00.000', end: '2026-12-27T00:00:00.000' }
    const after = orgFiles(['schedules', boxing], ['schedule-groups', mainGroup({ holidaySchedules: [{ id: 's-christmas' }, { id: 's-boxing', name: 'Boxing Day' }] })])
    expect(said(after)).toEqual([
      'Main hours: holiday "Boxing Day" added',
      'Schedule "Boxing Day" added: Dec 26, 2026 00:00 – Dec 27, 2026 00:00',
    ])
  })

  test('a holiday taken out of a group and its schedule deleted', () => {
    const after = without(orgFiles(['schedule-groups', mainGroup({ holidaySchedules: [] })]), 'schedules', 's-christmas')
    const changes = reviewRoutingChanges(orgFiles(), after)
    const group = after.find((entry) => entry.id === 'g-main')!
    expect(changes.flatMap((change) => change.lines)).toEqual([
      { text: 'Main hours: holiday "Christmas" removed', line: lineOf(group.text, '"holidaySchedules"') },
      { text: 'Schedule "Christmas" removed: every year on Dec 25 all day' },
    ])
  })

  test('an emergency group switched on names the routes and the flow their callers hear', () => {
    const after = orgFiles(['emergency-groups', stormGroup({ enabled: true })])
    const file = after.find((entry) => entry.id === 'e-storm')!
    const [change] = reviewRoutingChanges(orgFiles(), after)
    expect(change?.lines).toEqual([{ text: 'Storm: emergency switched on: callers of "Main line" hear "Storm closure"', line: lineOf(file.text, '"enabled"') }])
  })

  test('an emergency group switched off', () => {
    expect(said(orgFiles(), orgFiles(['emergency-groups', stormGroup({ enabled: true })]))).toEqual(['Storm: emergency switched off: calls follow the schedules again'])
  })

  test("a schedule group's time zone changed", () => {
    expect(said(orgFiles(['schedule-groups', mainGroup({ timeZone: 'America/Chicago' })]))).toEqual(['Main hours: time zone now America/Chicago (was America/New_York)'])
  })

  test('a route added and a route removed are one change each', () => {
    const after = without(orgFiles(['call-routes', { id: 'r-sales', name: 'Sales', dnis: ['+13175550300'], openHoursFlow: { id: 'f', name: 'Sales IVR' } }]), 'call-routes', 'r-support')
    const changes = reviewRoutingChanges(orgFiles(), after)
    expect(changes.map((change) => [change.name, change.lines.map((line) => line.text)])).toEqual([
      ['Sales', ['Call route "Sales" added (+13175550300), open hours "Sales IVR"']],
      ['Support line', ['Call route "Support line" removed (+13175550200), open hours "Support IVR"']],
    ])
    expect(changes[1]?.path).toBe('genesys-flows/routing/call-routes/support-line--r-support.json')
  })

  test('a hostile name is bounded and its control characters escaped', () => {
    const after = orgFiles(['call-routes', mainRoute({ openHoursFlow: { id: 'x', name: `\u001b]0;${'y'.repeat(10_000)}` } })])
    const [text] = said(after)
    expect(text!.length).toBeLessThan(300)
    expect(text).not.toContain('\u001b')
  })

  test('many numbers added are cut after 20 lines and counted', () => {
    const dnis = Array.from({ length: 50 }, (_, at) => `+1317555${String(at).padStart(4, '0')}`)
    const lines = said(orgFiles(['call-routes', mainRoute({ dnis: [...dnis, '+13175550100', '+13175550101'] })]))
    expect(lines).toHaveLength(21)
    expect(lines[20]).toBe('Main line: and 30 more changes')
  })

  test('a yearly holiday moved to another day says the days it was', () => {
    expect(said(orgFiles(['schedules', christmas({ start: '2024-12-24T00:00:00.000', end: '2024-12-25T00:00:00.000' })]))).toEqual([
      'Christmas: every year on Dec 24 all day (was every year on Dec 25)',
    ])
  })
})
