import { describe, expect, test } from 'vitest'
import { routingObjectsOf } from '../../src/routing/objects.js'
import type { RoutingFile, RoutingKind } from '../../src/routing/types.js'

function file(kind: RoutingKind, object: unknown, id = 'x'): RoutingFile {
  return { kind, id, name: 'from manifest', path: `genesys-flows/routing/${kind}/x--${id}.json`, text: JSON.stringify(object), object }
}

describe('routingObjectsOf', () => {
  test('reads each kind into its list, with the fields the API gives', () => {
    const objects = routingObjectsOf([
      file('call-routes', { id: 'r', name: 'Main', dnis: ['+1'], openHoursFlow: { id: 'f', name: 'IVR', selfUri: '/f' }, scheduleGroup: { id: 'g' } }),
      file('schedule-groups', { id: 'g', name: 'Hours', timeZone: 'Europe/London', openSchedules: [{ id: 's' }] }),
      file('schedules', { id: 's', name: 'Weekdays', start: '2025-01-06T08:00:00.000', end: '2025-01-06T17:00:00.000', rrule: 'FREQ=DAILY' }),
      file('emergency-groups', { id: 'e', name: 'Storm', enabled: true, emergencyCallFlows: [{ emergencyFlow: { id: 'f2' }, ivrs: [{ id: 'r' }] }] }),
    ])
    expect(objects).toEqual({
      callRoutes: [{ id: 'r', name: 'Main', dnis: ['+1'], openHoursFlow: { id: 'f', name: 'IVR', selfUri: '/f' }, scheduleGroup: { id: 'g' } }],
      scheduleGroups: [{ id: 'g', name: 'Hours', timeZone: 'Europe/London', openSchedules: [{ id: 's' }] }],
      schedules: [{ id: 's', name: 'Weekdays', start: '2025-01-06T08:00:00.000', end: '2025-01-06T17:00:00.000', rrule: 'FREQ=DAILY' }],
      emergencyGroups: [{ id: 'e', name: 'Storm', enabled: true, emergencyCallFlows: [{ emergencyFlow: { id: 'f2' }, ivrs: [{ id: 'r' }] }] }],
    })
  })

  test('fields of the wrong type are dropped and unknown fields ignored', () => {
    const [route] = routingObjectsOf([
      file('call-routes', { id: 'r', name: 7, dnis: ['+1', 5, null], openHoursFlow: 'f', closedHoursFlow: { id: 3 }, scheduleGroup: [], version: 'two', extra: { deep: true } }),
    ]).callRoutes
    expect(route).toEqual({ id: 'r', name: 'from manifest', dnis: ['+1'] })
  })

  test('an emergency group whose enabled is a string is not on', () => {
    const [group] = routingObjectsOf([file('emergency-groups', { id: 'e', name: 'Storm', enabled: 'true' })]).emergencyGroups
    expect(group?.enabled).toBeUndefined()
  })

  test('a file that is not a JSON object, or has no id at all, is no object', () => {
    const objects = routingObjectsOf([file('schedules', null), file('schedules', [1, 2]), file('schedules', { name: 'no id' }, '')])
    expect(objects.schedules).toEqual([])
  })
})
