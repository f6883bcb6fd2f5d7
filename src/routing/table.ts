// Where each number goes: one row per number of every call route, with the flow that answers it now and why,
// the route's three flows, and the holidays and closures of the coming days, said in the schedule group's own
// time zone because that is the clock its schedules are written in. Values from files are bounded here, once.
import { DateTime } from 'luxon'
import { compareText } from '../text/compare.js'
import { excerpt } from '../text/excerpt.js'
import { routeAnswer, routeAnswerChanges, routingIndex, type CallAnswer } from './answer.js'
import { knownZone } from './schedules.js'
import type { CallRoute, EntityRef, RoutingObjects } from './types.js'
import type { NumberRouting } from '../routing-model.js'

const DAY = 86_400_000
/** How far past the period an exception's end is looked for, so a long closure still says when it ends. */
const END_LOOKAHEAD_DAYS = 31
/** Exceptions listed per route at most (a daily lunch closure would fill the table). */
export const MAX_EXCEPTIONS = 8
const NAME_CHARS = 80

/** Rows ordered by route name, then the route's numbers in its own order. */
export function callRoutingTable(objects: RoutingObjects, now: Date, days = 14): NumberRouting[] {
  const index = routingIndex(objects)
  const routes = [...objects.callRoutes].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id))
  const rows: NumberRouting[] = []
  // Routes sharing a schedule group and the same three flows have the same exceptions: said once.
  const exceptionsBy = new Map<string, string[]>()
  for (const route of routes) {
    const current = routeAnswer(index, route, now)
    const group = route.scheduleGroup === undefined ? undefined : index.groups.get(route.scheduleGroup.id)
    const key = [route.scheduleGroup?.id, route.openHoursFlow?.id, route.closedHoursFlow?.id, route.holidayHoursFlow?.id, route.holidayHoursFlow?.name, route.closedHoursFlow?.name].join('\u0000')
    let exceptions = exceptionsBy.get(key)
    if (exceptions === undefined) {
      const changes = route.scheduleGroup === undefined ? [] : routeAnswerChanges(index, route, now, days + END_LOOKAHEAD_DAYS, { ignoreEmergency: true })
      exceptions = exceptionsOf(changes, now, days, knownZone(group?.timeZone))
      exceptionsBy.set(key, exceptions)
    }
    const groupName = route.scheduleGroup === undefined ? undefined : (group?.name ?? route.scheduleGroup.name ?? route.scheduleGroup.id)
    const row: Omit<NumberRouting, 'number'> = {
      route: excerpt(route.name, NAME_CHARS),
      routeId: route.id,
      now: withFlow({ reason: current.reason }, current.flow),
      exceptions: [...exceptions],
      ...flowNames(route),
      ...(groupName === undefined ? {} : { scheduleGroup: excerpt(groupName, NAME_CHARS) }),
      ...(group?.timeZone === undefined ? {} : { timeZone: excerpt(group.timeZone, 40) }),
    }
    const numbers = route.dnis !== undefined && route.dnis.length > 0 ? route.dnis : ['']
    for (const number of numbers) rows.push({ number: excerpt(number, 32), ...row })
  }
  return rows
}

/** The name a reference shows: its own name, else its id. */
export function flowName(ref: EntityRef | undefined): string | undefined {
  return ref === undefined ? undefined : excerpt(ref.name ?? ref.id, NAME_CHARS)
}

/** `Dec 24 12:00` in the zone (UTC when the group names none the tz database knows). */
export function localWords(at: Date, zone: string | undefined): string {
  return DateTime.fromJSDate(at, { zone: zone ?? 'UTC' }).setLocale('en-US').toFormat('LLL d HH:mm')
}

function exceptionsOf(changes: readonly { at: Date; answer: CallAnswer }[], now: Date, days: number, zone: string | undefined): string[] {
  const until = now.getTime() + days * DAY
  const words: string[] = []
  let more = 0
  changes.forEach((change, at) => {
    const { reason } = change.answer
    if ((reason !== 'holiday' && reason !== 'closed') || change.at.getTime() >= until) return
    if (words.length >= MAX_EXCEPTIONS) {
      more += 1
      return
    }
    const next = changes[at + 1]
    const start = change.at.getTime() === now.getTime() ? 'now' : localWords(change.at, zone)
    const end = next === undefined ? '…' : localWords(next.at, zone)
    const flow = flowName(change.answer.flow) ?? 'no flow'
    words.push(`${start} – ${end} ${reason} → ${flow}`)
  })
  if (more > 0) words.push(`and ${more} more`)
  return words
}

function flowNames(route: CallRoute): Pick<NumberRouting, 'openFlow' | 'closedFlow' | 'holidayFlow'> {
  const open = flowName(route.openHoursFlow)
  const closed = flowName(route.closedHoursFlow)
  const holiday = flowName(route.holidayHoursFlow)
  return {
    ...(open === undefined ? {} : { openFlow: open }),
    ...(closed === undefined ? {} : { closedFlow: closed }),
    ...(holiday === undefined ? {} : { holidayFlow: holiday }),
  }
}

function withFlow(now: { reason: CallAnswer['reason'] }, flow: EntityRef | undefined): NumberRouting['now'] {
  const name = flowName(flow)
  return name === undefined ? now : { ...now, flow: name }
}
