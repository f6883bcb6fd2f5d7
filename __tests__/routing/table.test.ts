import { describe, expect, test } from 'vitest'
import { routingObjectsOf } from '../../src/routing/objects.js'
import { callRoutingTable } from '../../src/routing/table.js'
import { christmas, mainGroup, orgFiles, stormGroup } from './fixtures.js'

describe('callRoutingTable', () => {
  test('one row per number, with the flow answering now, the three flows, the group and its zone', () => {
    const rows = callRoutingTable(routingObjectsOf(orgFiles()), new Date('2026-03-04T15:00:00Z'))
    expect(rows).toEqual([
      {
        number: '+13175550100',
        route: 'Main line',
        routeId: 'r-main',
        now: { flow: 'Main IVR', reason: 'open' },
        openFlow: 'Main IVR',
        closedFlow: 'After hours',
        holidayFlow: 'Holiday message',
        scheduleGroup: 'Main hours',
        timeZone: 'America/New_York',
        exceptions: [],
      },
      expect.objectContaining({ number: '+13175550101', route: 'Main line' }),
      { number: '+13175550200', route: 'Support line', routeId: 'r-support', now: { flow: 'Support IVR', reason: 'always-open' }, openFlow: 'Support IVR', exceptions: [] },
    ])
  })

  test('a holiday in the next 14 days is an exception in the group time zone', () => {
    const rows = callRoutingTable(routingObjectsOf(orgFiles()), new Date('2026-12-20T15:00:00Z'))
    expect(rows[0]?.exceptions).toEqual(['Dec 25 00:00 – Dec 26 00:00 holiday → Holiday message'])
  })

  test('a holiday starting at noon and a closure ending it are said with their own hours', () => {
    const eve = christmas({ id: 's-eve', name: 'Christmas Eve', start: '2026-12-24T12:00:00.000', end: '2026-12-25T00:00:00.000', rrule: undefined })
    const files = orgFiles(['schedules', eve], ['schedule-groups', mainGroup({ holidaySchedules: [{ id: 's-eve' }, { id: 's-christmas' }] })])
    const rows = callRoutingTable(routingObjectsOf(files), new Date('2026-12-20T15:00:00Z'))
    expect(rows[0]?.exceptions).toEqual(['Dec 24 12:00 – Dec 26 00:00 holiday → Holiday message'])
  })

  test('a holiday beyond the period is not listed', () => {
    expect(callRoutingTable(routingObjectsOf(orgFiles()), new Date('2026-12-01T15:00:00Z'))[0]?.exceptions).toEqual([])
  })

  test('a holiday in force now says "now" and when it ends', () => {
    const rows = callRoutingTable(routingObjectsOf(orgFiles()), new Date('2026-12-25T15:00:00Z'))
    expect(rows[0]?.now).toEqual({ flow: 'Holiday message', reason: 'holiday' })
    expect(rows[0]?.exceptions).toEqual(['now – Dec 26 00:00 holiday → Holiday message'])
  })

  test('an emergency switched on shows as the answer now, the schedules still listing their exceptions', () => {
    const files = orgFiles(['emergency-groups', stormGroup({ enabled: true })])
    const rows = callRoutingTable(routingObjectsOf(files), new Date('2026-12-20T15:00:00Z'))
    expect(rows[0]?.now).toEqual({ flow: 'Storm closure', reason: 'emergency' })
    expect(rows[0]?.exceptions).toHaveLength(1)
  })

  test('a daily closure is listed at most 8 times, then counted', () => {
    const lunch = { id: 's-lunch', name: 'Lunch', start: '2026-01-01T12:00:00.000', end: '2026-01-01T13:00:00.000', rrule: 'FREQ=DAILY' }
    const files = orgFiles(['schedules', lunch], ['schedule-groups', mainGroup({ closedSchedules: [{ id: 's-lunch' }] })])
    const exceptions = callRoutingTable(routingObjectsOf(files), new Date('2026-03-04T15:00:00Z'))[0]?.exceptions ?? []
    expect(exceptions).toHaveLength(9)
    expect(exceptions[0]).toBe('Mar 4 12:00 – Mar 4 13:00 closed → After hours')
    expect(exceptions[8]).toBe('and 6 more')
  })
})
