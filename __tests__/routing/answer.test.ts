import { describe, expect, test } from 'vitest'
import { answerCall, answerChanges } from '../../src/routing/answer.js'
import type { CallRoute, EmergencyGroup, RoutingObjects, Schedule, ScheduleGroup } from '../../src/routing/types.js'

const OPEN_FLOW = { id: 'flow-open', name: 'Main IVR' }
const CLOSED_FLOW = { id: 'flow-closed', name: 'After hours' }
const HOLIDAY_FLOW = { id: 'flow-holiday', name: 'Holiday message' }
const STORM_FLOW = { id: 'flow-storm', name: 'Storm closure' }

const weekdays: Schedule = {
  id: 's-weekdays',
  name: 'Weekdays',
  start: '2025-01-06T08:00:00.000',
  end: '2025-01-06T17:00:00.000',
  rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR',
}
const christmas: Schedule = { id: 's-christmas', name: 'Christmas', start: '2024-12-25T00:00:00.000', end: '2024-12-26T00:00:00.000', rrule: 'FREQ=YEARLY;INTERVAL=1' }

function route(overrides: Partial<CallRoute> = {}): CallRoute {
  return {
    id: 'r-main',
    name: 'Main line',
    dnis: ['+13175550100'],
    openHoursFlow: OPEN_FLOW,
    closedHoursFlow: CLOSED_FLOW,
    holidayHoursFlow: HOLIDAY_FLOW,
    scheduleGroup: { id: 'g-main', name: 'Main hours' },
    ...overrides,
  }
}

function group(overrides: Partial<ScheduleGroup> = {}): ScheduleGroup {
  return {
    id: 'g-main',
    name: 'Main hours',
    timeZone: 'America/New_York',
    openSchedules: [{ id: weekdays.id }],
    closedSchedules: [],
    holidaySchedules: [{ id: christmas.id }],
    ...overrides,
  }
}

function org(parts: Partial<RoutingObjects> = {}): RoutingObjects {
  return { callRoutes: [route()], scheduleGroups: [group()], schedules: [weekdays, christmas], emergencyGroups: [], ...parts }
}

function answerAt(objects: RoutingObjects, iso: string) {
  const answer = answerCall(objects, { number: '+13175550100' }, new Date(iso))
  return { reason: answer?.reason, flow: answer?.flow?.name, schedule: answer?.schedule?.name }
}

describe('answerCall', () => {
  test('a weekday inside the open schedule is answered by the open flow', () => {
    expect(answerAt(org(), '2026-03-04T15:00:00Z')).toEqual({ reason: 'open', flow: 'Main IVR', schedule: 'Weekdays' })
  })

  test('the end of an open span is excluded: 17:00 local is outside open hours', () => {
    expect(answerAt(org(), '2026-03-06T22:00:00Z')).toEqual({ reason: 'outside-open', flow: 'After hours', schedule: undefined })
    expect(answerAt(org(), '2026-03-06T21:59:00Z').reason).toBe('open')
  })

  test('New York in March: opening stays 08:00 local after the clocks go forward (13:00Z before, 12:00Z after)', () => {
    // Clocks go forward on Sunday 8 March 2026.
    expect(answerAt(org(), '2026-03-06T12:59:00Z').reason).toBe('outside-open')
    expect(answerAt(org(), '2026-03-06T13:00:00Z').reason).toBe('open')
    expect(answerAt(org(), '2026-03-09T11:59:00Z').reason).toBe('outside-open')
    expect(answerAt(org(), '2026-03-09T12:00:00Z').reason).toBe('open')
  })

  test('New York in November: opening stays 08:00 local after the clocks go back (12:00Z before, 13:00Z after)', () => {
    // Clocks go back on Sunday 1 November 2026.
    expect(answerAt(org(), '2026-10-30T12:00:00Z').reason).toBe('open')
    expect(answerAt(org(), '2026-11-02T12:30:00Z').reason).toBe('outside-open')
    expect(answerAt(org(), '2026-11-02T13:00:00Z').reason).toBe('open')
  })

  test('Europe/London: a night span across the spring change lasts an hour less', () => {
    const night: Schedule = { id: 's-night', name: 'Night', start: '2026-03-29T00:00:00.000', end: '2026-03-29T04:00:00.000' }
    const objects = org({
      scheduleGroups: [group({ timeZone: 'Europe/London', openSchedules: [], closedSchedules: [{ id: night.id }] })],
      schedules: [night, christmas],
    })
    // 00:00 GMT is 00:00Z; 04:00 BST is 03:00Z.
    expect(answerAt(objects, '2026-03-29T00:00:00Z').reason).toBe('closed')
    expect(answerAt(objects, '2026-03-29T02:59:00Z').reason).toBe('closed')
    expect(answerAt(objects, '2026-03-29T03:00:00Z').reason).toBe('outside-open')
  })

  test('Europe/London: weekday hours follow British Summer Time', () => {
    const objects = org({ scheduleGroups: [group({ timeZone: 'Europe/London' })] })
    expect(answerAt(objects, '2026-03-27T08:00:00Z').reason).toBe('open') // Friday, GMT
    expect(answerAt(objects, '2026-03-30T06:59:00Z').reason).toBe('outside-open') // Monday 07:59 BST
    expect(answerAt(objects, '2026-03-30T07:00:00Z').reason).toBe('open') // Monday 08:00 BST
  })

  test('a yearly holiday recurs every year from its first date', () => {
    expect(answerAt(org(), '2026-12-25T17:00:00Z')).toEqual({ reason: 'holiday', flow: 'Holiday message', schedule: 'Christmas' })
    expect(answerAt(org(), '2026-12-24T17:00:00Z').reason).toBe('open')
  })

  test('a holiday in force wins over a closed schedule in force at the same time', () => {
    const closure: Schedule = { id: 's-closure', name: 'Year-end closure', start: '2026-12-20T00:00:00.000', end: '2027-01-02T00:00:00.000' }
    const objects = org({
      scheduleGroups: [group({ closedSchedules: [{ id: closure.id }] })],
      schedules: [weekdays, christmas, closure],
    })
    expect(answerAt(objects, '2026-12-25T15:00:00Z')).toEqual({ reason: 'holiday', flow: 'Holiday message', schedule: 'Christmas' })
    expect(answerAt(objects, '2026-12-23T15:00:00Z')).toEqual({ reason: 'closed', flow: 'After hours', schedule: 'Year-end closure' })
  })

  test('a holiday on a route without a holiday flow is answered by its closed flow', () => {
    const objects = org({ callRoutes: [route({ holidayHoursFlow: undefined })] })
    expect(answerAt(objects, '2026-12-25T15:00:00Z')).toEqual({ reason: 'holiday', flow: 'After hours', schedule: 'Christmas' })
  })

  test('a group with no open schedule sends every call outside a holiday to the closed flow', () => {
    const objects = org({ scheduleGroups: [group({ openSchedules: [] })] })
    expect(answerAt(objects, '2026-03-04T15:00:00Z')).toEqual({ reason: 'outside-open', flow: 'After hours', schedule: undefined })
  })

  test('a route without a schedule group is always answered by its open flow', () => {
    const objects = org({ callRoutes: [route({ scheduleGroup: undefined })] })
    expect(answerAt(objects, '2026-12-25T03:00:00Z')).toEqual({ reason: 'always-open', flow: 'Main IVR', schedule: undefined })
  })

  test('an enabled emergency group listing the route overrides every schedule', () => {
    const storm: EmergencyGroup = { id: 'e-storm', name: 'Storm', enabled: true, emergencyCallFlows: [{ emergencyFlow: STORM_FLOW, ivrs: [{ id: 'r-main' }] }] }
    const answer = answerCall(org({ emergencyGroups: [storm] }), { routeId: 'r-main' }, new Date('2026-03-04T15:00:00Z'))
    expect(answer).toMatchObject({ reason: 'emergency', flow: STORM_FLOW, emergencyGroup: { id: 'e-storm' }, timeZone: 'America/New_York' })
  })

  test('a disabled emergency group changes nothing', () => {
    const storm: EmergencyGroup = { id: 'e-storm', name: 'Storm', enabled: false, emergencyCallFlows: [{ emergencyFlow: STORM_FLOW, ivrs: [{ id: 'r-main' }] }] }
    expect(answerAt(org({ emergencyGroups: [storm] }), '2026-03-04T15:00:00Z').reason).toBe('open')
  })

  test('a number is found by its digits, however it is written', () => {
    const answer = answerCall(org(), { number: '+1 (317) 555-0100' }, new Date('2026-03-04T15:00:00Z'))
    expect(answer?.number).toBe('+13175550100')
    expect(answerCall(org(), { number: '+1 317 555 0199' }, new Date())).toBeUndefined()
  })

  test('a schedule starting at a wall-clock time the spring change skips starts an hour later on the wall clock', () => {
    const early: Schedule = { id: 's-early', name: 'Early', start: '2026-03-08T02:30:00.000', end: '2026-03-08T05:00:00.000' }
    const objects = org({ scheduleGroups: [group({ openSchedules: [], closedSchedules: [{ id: early.id }] })], schedules: [early] })
    // 02:30 does not exist on 8 March in New York: it is read as 03:30 EDT, 07:30Z.
    expect(answerAt(objects, '2026-03-08T07:29:00Z').reason).toBe('outside-open')
    expect(answerAt(objects, '2026-03-08T07:30:00Z').reason).toBe('closed')
  })

  test('a schedule starting at a wall-clock time the autumn change repeats starts at its first occurrence', () => {
    const late: Schedule = { id: 's-late', name: 'Late', start: '2026-11-01T01:30:00.000', end: '2026-11-01T05:00:00.000' }
    const objects = org({ scheduleGroups: [group({ openSchedules: [], closedSchedules: [{ id: late.id }] })], schedules: [late] })
    // 01:30 happens twice on 1 November in New York: first as 01:30 EDT, 05:30Z.
    expect(answerAt(objects, '2026-11-01T05:29:00Z').reason).toBe('outside-open')
    expect(answerAt(objects, '2026-11-01T05:30:00Z').reason).toBe('closed')
  })

  test('a sub-daily recurrence is not read, so a hostile file cannot make the answer walk millions of occurrences', () => {
    const flood: Schedule = { id: 's-flood', name: 'Flood', start: '1971-01-01T00:00:00.000', end: '1971-01-01T00:00:01.000', rrule: 'FREQ=SECONDLY' }
    const objects = org({ scheduleGroups: [group({ closedSchedules: [{ id: flood.id }] })], schedules: [weekdays, christmas, flood] })
    // Read, the flood would close every second since 1971: the answer would be 'closed', after billions of steps
    // (the test's own time limit stops a walk like that).
    expect(answerAt(objects, '2026-03-04T15:00:00Z').reason).toBe('open')
  })
})

describe('answerChanges', () => {
  test('a week gives each opening and closing, the first entry being the answer at the start', () => {
    const changes = answerChanges(org(), 'r-main', new Date('2026-03-06T12:00:00Z'), 4)
    expect(changes.map((change) => [change.at.toISOString(), change.answer.reason])).toEqual([
      ['2026-03-06T12:00:00.000Z', 'outside-open'],
      ['2026-03-06T13:00:00.000Z', 'open'],
      ['2026-03-06T22:00:00.000Z', 'outside-open'],
      ['2026-03-09T12:00:00.000Z', 'open'],
      ['2026-03-09T21:00:00.000Z', 'outside-open'],
    ])
  })

  test('an emergency holds for the whole period: one entry', () => {
    const storm: EmergencyGroup = { id: 'e-storm', name: 'Storm', enabled: true, emergencyCallFlows: [{ emergencyFlow: STORM_FLOW, ivrs: [{ id: 'r-main' }] }] }
    expect(answerChanges(org({ emergencyGroups: [storm] }), 'r-main', new Date('2026-03-06T12:00:00Z'), 7)).toHaveLength(1)
  })

  test('with overlapping schedules in one list, each change names the schedule answerCall names: the first in the list in force', () => {
    // Two open schedules that overlap on weekday mornings; two holidays that start at the same moment, the first listed ending first.
    const mornings: Schedule = { id: 's-mornings', name: 'Mornings', start: '2025-01-06T06:00:00.000', end: '2025-01-06T13:00:00.000', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE,FR' }
    const closure: Schedule = { id: 's-closure', name: 'Closure', start: '2026-03-10T09:00:00.000', end: '2026-03-12T09:00:00.000' }
    const longer: Schedule = { id: 's-longer', name: 'Longer closure', start: '2026-03-10T09:00:00.000', end: '2026-03-13T00:00:00.000' }
    const objects = org({
      scheduleGroups: [group({ openSchedules: [{ id: weekdays.id }, { id: mornings.id }], holidaySchedules: [{ id: closure.id }, { id: longer.id }] })],
      schedules: [weekdays, mornings, closure, longer],
    })
    const changes = answerChanges(objects, 'r-main', new Date('2026-03-06T00:00:00Z'), 10)
    expect(changes.map((change) => change.answer.schedule?.name)).toContain('Mornings')
    expect(changes.find((change) => change.answer.reason === 'holiday')?.answer.schedule?.name).toBe('Closure')
    for (const change of changes) {
      const direct = answerCall(objects, { number: '+13175550100' }, change.at)!
      expect([change.answer.reason, change.answer.schedule?.name], change.at.toISOString()).toEqual([direct.reason, direct.schedule?.name])
    }
    // Between changes the answer holds: every hour of the period reads as the change before it.
    for (let hour = 0; hour < 240; hour++) {
      const at = new Date(Date.parse('2026-03-06T00:00:00Z') + hour * 3_600_000)
      const last = changes.filter((change) => change.at <= at).at(-1)!
      const direct = answerCall(objects, { number: '+13175550100' }, at)!
      expect([last.answer.reason, last.answer.flow?.id], at.toISOString()).toEqual([direct.reason, direct.flow?.id])
    }
  })

  test('of two enabled emergency groups listing the route, the first answers', () => {
    const storm: EmergencyGroup = { id: 'e-storm', name: 'Storm', enabled: true, emergencyCallFlows: [{ emergencyFlow: STORM_FLOW, ivrs: [{ id: 'r-main' }] }] }
    const flood: EmergencyGroup = { id: 'e-flood', name: 'Flood', enabled: true, emergencyCallFlows: [{ emergencyFlow: CLOSED_FLOW, ivrs: [{ id: 'r-main' }] }] }
    const answer = answerCall(org({ emergencyGroups: [storm, flood] }), { number: '+13175550100' }, new Date('2026-03-04T15:00:00Z'))
    expect([answer?.reason, answer?.emergencyGroup?.name, answer?.flow?.name]).toEqual(['emergency', 'Storm', 'Storm closure'])
  })

  test('an unknown route has no changes', () => {
    expect(answerChanges(org(), 'r-none', new Date('2026-03-06T12:00:00Z'), 7)).toEqual([])
  })
})
