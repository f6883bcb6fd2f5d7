// The generated org's call routing: call routes (Architect IVRs), schedule groups, schedules and one emergency
// group, built on the org's inbound-call flows, with three defects planted on purpose (a route to a flow that is
// not in the org, a schedule group naming a schedule that does not exist, a holiday that ended and does not recur).

import { createRandom } from '../random.js'
import type { EmulatedFlow, EmulatedRouting, PlantedRoutingFinding, RoutingRef } from '../types.js'

/** Numbers of the generated routes: the 555-01xx range is reserved for fiction in North America. */
const MAIN_NUMBERS = ['+13175550100', '+13175550101']
const SUPPORT_NUMBERS = ['+442071230200']
const LEGACY_NUMBERS = ['+13175550199']

/**
 * The routing of a generated org. Deterministic for a seed; empty when the org has no live inbound-call flow
 * (an org loaded from a folder of other flows, say), since a route needs a flow to answer.
 */
export function generateRouting(seed: number | string, flows: readonly EmulatedFlow[], plant: boolean): EmulatedRouting {
  const inbound = flows.filter((flow) => flow.type === 'inboundcall' && !flow.deleted && flow.published !== false)
  const routing: EmulatedRouting = { callRoutes: [], scheduleGroups: [], schedules: [], emergencyGroups: [], planted: [] }
  if (inbound.length === 0) return routing
  const random = createRandom(`${seed}:routing`)
  const flowAt = (index: number): RoutingRef => {
    const flow = inbound[index % inbound.length]!
    return { id: flow.id, name: flow.name }
  }

  const schedule = (name: string, start: string, end: string, rrule?: string): RoutingRef => {
    const id = random.uuid()
    routing.schedules.push({ id, name, version: 1, start, end, ...(rrule ? { rrule } : {}) })
    return { id, name }
  }
  const weekdays = schedule('Weekdays', '2024-01-01T08:00:00.000', '2024-01-01T17:00:00.000', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR')
  const saturday = schedule('Saturday mornings', '2024-01-06T09:00:00.000', '2024-01-06T13:00:00.000', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=SA')
  const christmas = schedule('Christmas', '2024-12-24T12:00:00.000', '2024-12-26T00:00:00.000', 'FREQ=YEARLY;INTERVAL=1')
  const training = schedule('Staff training', '2024-01-03T12:00:00.000', '2024-01-03T14:00:00.000', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=WE')
  const ended = plant ? schedule('Spring holiday 2024', '2024-04-01T00:00:00.000', '2024-04-02T00:00:00.000') : undefined
  const missing: RoutingRef | undefined = plant ? { id: random.uuid(), name: 'Retired closure' } : undefined

  const group = (name: string, timeZone: string, open: RoutingRef[], closed: RoutingRef[], holiday: RoutingRef[]): RoutingRef => {
    const id = random.uuid()
    routing.scheduleGroups.push({ id, name, version: 1, timeZone, openSchedules: open, closedSchedules: closed, holidaySchedules: holiday })
    return { id, name }
  }
  const mainHours = group('Main hours', 'America/New_York', [weekdays, saturday], [], ended ? [christmas, ended] : [christmas])
  const supportHours = group('Support hours', 'Europe/London', [weekdays], missing ? [training, missing] : [training], [christmas])

  const route = (name: string, dnis: string[], flowsOf: { open: RoutingRef; closed?: RoutingRef; holiday?: RoutingRef }, scheduleGroup?: RoutingRef): RoutingRef => {
    const id = random.uuid()
    routing.callRoutes.push({
      id,
      name,
      version: 1,
      dnis,
      openHoursFlow: flowsOf.open,
      ...(flowsOf.closed ? { closedHoursFlow: flowsOf.closed } : {}),
      ...(flowsOf.holiday ? { holidayHoursFlow: flowsOf.holiday } : {}),
      ...(scheduleGroup ? { scheduleGroup } : {}),
    })
    return { id, name }
  }
  const main = route('Main line', MAIN_NUMBERS, { open: flowAt(0), closed: flowAt(1), holiday: flowAt(2) }, mainHours)
  route('Support line', SUPPORT_NUMBERS, { open: flowAt(3), closed: flowAt(1) }, supportHours)
  const retired: RoutingRef = { id: random.uuid(), name: 'Retired Main IVR' }
  const legacy = plant ? route('Legacy line', LEGACY_NUMBERS, { open: retired }) : undefined

  routing.emergencyGroups.push({
    id: random.uuid(),
    name: 'Storm closure',
    version: 1,
    enabled: false,
    emergencyCallFlows: [{ emergencyFlow: flowAt(4), ivrs: [main] }],
  })

  if (plant && legacy && ended && missing) {
    const planted: PlantedRoutingFinding[] = [
      { rule: 'route-flow-missing', kind: 'call-routes', objectId: legacy.id, detail: `call route "Legacy line" (${LEGACY_NUMBERS.join(', ')}) opens with flow ${retired.id} ("${retired.name}"), which is not in the org.` },
      { rule: 'missing-schedule', kind: 'schedule-groups', objectId: supportHours.id, detail: `schedule group "Support hours" names closed schedule ${missing.id} ("${missing.name}"), which does not exist.` },
      { rule: 'schedule-ended', kind: 'schedules', objectId: ended.id, detail: `holiday schedule "Spring holiday 2024" of "Main hours" ended on 2024-04-02 and does not recur.` },
    ]
    routing.planted.push(...planted)
  }
  return routing
}
