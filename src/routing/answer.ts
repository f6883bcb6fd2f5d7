// Which flow answers a call, and why, in the answering order of docs/genesys-api.md §5a:
// an enabled emergency group listing the route → its emergency flow; a holiday schedule in force → the holiday
// flow (the closed flow when none is set); a closed schedule in force → the closed flow; an open schedule in force
// → the open flow; otherwise → the closed flow. A route without a schedule group always runs its open flow.
import { knownZone, scheduleTimes, spansBetween, type ScheduleTimes, type Span } from './schedules.js'
import type { CallRoute, EmergencyGroup, EntityRef, RoutingObjects, Schedule, ScheduleGroup } from './types.js'
import type { AnswerReason } from '../routing-model.js'

export interface CallAnswer {
  route: CallRoute
  /** The number asked about, as the route lists it; absent when the route was asked for by id. */
  number?: string
  /** The flow that answers; absent when the route names none for this case. */
  flow?: EntityRef
  reason: AnswerReason
  /** The schedule in force that decided it (holiday, closed or open). */
  schedule?: Schedule
  emergencyGroup?: EmergencyGroup
  /** The schedule group's zone, as the group names it. */
  timeZone?: string
}

export type CallTarget = { number: string } | { routeId: string }

const DAY = 86_400_000

/** The answer at `at`, or undefined when no route has that number or id. */
export function answerCall(objects: RoutingObjects, target: CallTarget, at: Date): CallAnswer | undefined {
  const found = findRoute(objects, target)
  if (found === undefined) return undefined
  const answer = routeAnswer(routingIndex(objects), found.route, at)
  return found.number === undefined ? answer : { ...answer, number: found.number }
}

/**
 * Each change of answering flow or reason for a route over `days` days from `from`; the first entry is the
 * answer at `from`. Empty when no route has that id.
 */
export function answerChanges(objects: RoutingObjects, routeId: string, from: Date, days: number): { at: Date; answer: CallAnswer }[] {
  const route = objects.callRoutes.find((candidate) => candidate.id === routeId)
  if (route === undefined) return []
  return routeAnswerChanges(routingIndex(objects), route, from, days)
}

/** The route a number or id names. Numbers match on their digits, so `+1 (317) 555-0100` finds `+13175550100`. */
export function findRoute(objects: RoutingObjects, target: CallTarget): { route: CallRoute; number?: string } | undefined {
  if ('routeId' in target) {
    const route = objects.callRoutes.find((candidate) => candidate.id === target.routeId)
    return route === undefined ? undefined : { route }
  }
  const wanted = digitsOf(target.number)
  if (wanted === '') return undefined
  for (const route of objects.callRoutes) {
    const number = (route.dnis ?? []).find((candidate) => digitsOf(candidate) === wanted)
    if (number !== undefined) return { route, number }
  }
  return undefined
}

export function digitsOf(number: string): string {
  return number.replace(/[^0-9]/g, '')
}

/** The objects by id, with each schedule's times read once, for the many questions of a table or a rule. */
export interface RoutingIndex {
  readonly groups: ReadonlyMap<string, ScheduleGroup>
  readonly schedules: ReadonlyMap<string, { schedule: Schedule; times: ScheduleTimes | undefined }>
  /** The enabled emergency group covering each route, the first that lists it, with its flow for the route. */
  readonly emergencyByRoute: ReadonlyMap<string, { group: EmergencyGroup; flow?: EntityRef }>
  /** Spans already read for a schedule, zone and period: routes sharing a group ask the same questions. */
  readonly spans: Map<string, Span[]>
}

export function routingIndex(objects: RoutingObjects): RoutingIndex {
  return {
    groups: new Map(objects.scheduleGroups.map((group) => [group.id, group])),
    schedules: new Map(objects.schedules.map((schedule) => [schedule.id, { schedule, times: scheduleTimes(schedule) }])),
    emergencyByRoute: emergencyByRoute(objects.emergencyGroups),
    spans: new Map(),
  }
}

/** The spans of a schedule over [from, to), read once per index. */
function spansOf(index: RoutingIndex, id: string, times: ScheduleTimes, zone: string | undefined, from: Date, to: Date): Span[] {
  const key = `${id}\u0000${zone ?? ''}\u0000${from.getTime()}\u0000${to.getTime()}`
  let spans = index.spans.get(key)
  if (spans === undefined) {
    spans = spansBetween(times, zone, from, to)
    index.spans.set(key, spans)
  }
  return spans
}

/** Read once per index, not per route asked about: the first enabled group, and its first entry, listing a route. */
function emergencyByRoute(groups: readonly EmergencyGroup[]): Map<string, { group: EmergencyGroup; flow?: EntityRef }> {
  const byRoute = new Map<string, { group: EmergencyGroup; flow?: EntityRef }>()
  for (const group of groups) {
    if (group.enabled !== true) continue
    for (const entry of group.emergencyCallFlows ?? []) {
      for (const ivr of entry.ivrs ?? []) {
        if (!byRoute.has(ivr.id)) byRoute.set(ivr.id, entry.emergencyFlow === undefined ? { group } : { group, flow: entry.emergencyFlow })
      }
    }
  }
  return byRoute
}

/** The first schedule of a list in force at a moment; by default each is read from the index's spans around it. */
type FirstInForce = (refs: readonly EntityRef[] | undefined, at: Date) => Schedule | undefined

/** The answer for a route at `at`; `ignoreEmergency` asks what the schedules alone say (the table's exceptions). */
export function routeAnswer(
  index: RoutingIndex,
  route: CallRoute,
  at: Date,
  options: { ignoreEmergency?: boolean; firstInForce?: FirstInForce } = {},
): CallAnswer {
  const answer = (reason: AnswerReason, flow: EntityRef | undefined, extra: Partial<CallAnswer> = {}): CallAnswer => {
    const result: CallAnswer = { route, reason, ...extra }
    if (flow !== undefined) result.flow = flow
    return result
  }
  const emergency = options.ignoreEmergency === true ? undefined : index.emergencyByRoute.get(route.id)
  if (emergency !== undefined) return answer('emergency', emergency.flow, { emergencyGroup: emergency.group, ...zoneOf(index, route) })
  if (route.scheduleGroup === undefined) return answer('always-open', route.openHoursFlow)
  const group = index.groups.get(route.scheduleGroup.id)
  const zoneName = group?.timeZone
  const zone = knownZone(zoneName)
  const extra = zoneName === undefined ? {} : { timeZone: zoneName }
  const inForce = (id: string, times: ScheduleTimes): boolean =>
    spansOf(index, id, times, zone, at, new Date(at.getTime() + 1)).some((span) => span.start <= at && at < span.end)
  const matching = (refs: readonly EntityRef[] | undefined): Schedule | undefined => {
    if (options.firstInForce !== undefined) return options.firstInForce(refs, at)
    for (const ref of refs ?? []) {
      const entry = index.schedules.get(ref.id)
      if (entry?.times !== undefined && inForce(ref.id, entry.times)) return entry.schedule
    }
    return undefined
  }
  const holiday = matching(group?.holidaySchedules)
  if (holiday !== undefined) return answer('holiday', route.holidayHoursFlow ?? route.closedHoursFlow, { ...extra, schedule: holiday })
  const closed = matching(group?.closedSchedules)
  if (closed !== undefined) return answer('closed', route.closedHoursFlow, { ...extra, schedule: closed })
  const open = matching(group?.openSchedules)
  if (open !== undefined) return answer('open', route.openHoursFlow, { ...extra, schedule: open })
  return answer('outside-open', route.closedHoursFlow, extra)
}

export function routeAnswerChanges(
  index: RoutingIndex,
  route: CallRoute,
  from: Date,
  days: number,
  options: { ignoreEmergency?: boolean } = {},
): { at: Date; answer: CallAnswer }[] {
  const to = new Date(from.getTime() + days * DAY)
  // Each schedule's spans are read once for the period; the answer at every boundary is then looked up in them.
  const spans = periodSpans(index, route, from, to)
  // Each list of the group is swept once through the boundaries, not asked schedule by schedule at each of them:
  // a group of N schedules has about 2N boundaries.
  const sweeps = new Map<readonly EntityRef[], ListSweep>()
  const firstInForce: FirstInForce = (refs, at) => {
    if (refs === undefined) return undefined
    let sweep = sweeps.get(refs)
    if (sweep === undefined) sweeps.set(refs, (sweep = new ListSweep(refs, index, spans)))
    return sweep.first(at)
  }
  const changes = [{ at: from, answer: routeAnswer(index, route, from, { ...options, firstInForce }) }]
  for (const at of boundaries(spans, from, to)) {
    const answer = routeAnswer(index, route, at, { ...options, firstInForce })
    const last = changes[changes.length - 1]!.answer
    if (answer.reason !== last.reason || answer.flow?.id !== last.flow?.id) changes.push({ at, answer })
  }
  return changes
}

/**
 * The first schedule of one list in force at ever later moments: a schedule is read again only when one of its
 * spans starts or ends, and the in-force positions are kept in a min-heap (entries of schedules no longer in
 * force are dropped when they reach the top).
 */
class ListSweep {
  private readonly inForce: boolean[]
  private readonly heap: number[] = []
  /** [moment, position], by moment; `next` is the first not applied yet. */
  private readonly events: [number, number][] = []
  private next = 0
  private started = false

  constructor(
    private readonly refs: readonly EntityRef[],
    private readonly index: RoutingIndex,
    private readonly spans: ReadonlyMap<string, readonly Span[]>,
  ) {
    this.inForce = refs.map(() => false)
    refs.forEach((ref, position) => {
      for (const span of spans.get(ref.id) ?? []) this.events.push([span.start.getTime(), position], [span.end.getTime(), position])
    })
    this.events.sort((a, b) => a[0] - b[0])
  }

  /** `at` must not be earlier than the moment asked before. */
  first(at: Date): Schedule | undefined {
    const time = at.getTime()
    if (!this.started) {
      this.started = true
      this.refs.forEach((_, position) => this.update(position, at))
      while (this.next < this.events.length && this.events[this.next]![0] <= time) this.next++
    }
    for (; this.next < this.events.length && this.events[this.next]![0] <= time; this.next++) this.update(this.events[this.next]![1], at)
    const { heap, inForce } = this
    while (heap.length > 0 && !inForce[heap[0]!]) popMin(heap)
    return heap.length === 0 ? undefined : this.index.schedules.get(this.refs[heap[0]!]!.id)?.schedule
  }

  private update(position: number, at: Date): void {
    const now = covers(this.spans.get(this.refs[position]!.id) ?? [], at)
    if (now && !this.inForce[position]) pushMin(this.heap, position)
    this.inForce[position] = now
  }
}

function pushMin(heap: number[], value: number): void {
  let at = heap.push(value) - 1
  while (at > 0) {
    const parent = (at - 1) >> 1
    if (heap[parent]! <= value) break
    heap[at] = heap[parent]!
    at = parent
  }
  heap[at] = value
}

function popMin(heap: number[]): void {
  const last = heap.pop()!
  if (heap.length === 0) return
  let at = 0
  for (;;) {
    let child = 2 * at + 1
    if (child >= heap.length) break
    if (child + 1 < heap.length && heap[child + 1]! < heap[child]!) child++
    if (heap[child]! >= last) break
    heap[at] = heap[child]!
    at = child
  }
  heap[at] = last
}

/** The spans of each schedule of the route's group that overlap [from, to], by schedule id. */
function periodSpans(index: RoutingIndex, route: CallRoute, from: Date, to: Date): Map<string, Span[]> {
  const spans = new Map<string, Span[]>()
  const group = route.scheduleGroup === undefined ? undefined : index.groups.get(route.scheduleGroup.id)
  if (group === undefined) return spans
  const zone = knownZone(group.timeZone)
  for (const ref of [...(group.holidaySchedules ?? []), ...(group.closedSchedules ?? []), ...(group.openSchedules ?? [])]) {
    const times = index.schedules.get(ref.id)?.times
    if (times !== undefined && !spans.has(ref.id)) spans.set(ref.id, merged(spansOf(index, ref.id, times, zone, from, new Date(to.getTime() + 1))))
  }
  return spans
}

/** The spans as disjoint ones in time order (a long span repeated daily overlaps itself); in force at the same moments. */
function merged(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start.getTime() - b.start.getTime())
  const result: Span[] = []
  for (const span of sorted) {
    const last = result[result.length - 1]
    if (last !== undefined && span.start <= last.end) {
      if (span.end > last.end) result[result.length - 1] = { start: last.start, end: span.end }
    } else {
      result.push(span)
    }
  }
  return result
}

/** True when one of the disjoint, ordered spans holds `at` (binary search: a period has hundreds of spans). */
function covers(spans: readonly Span[], at: Date): boolean {
  let low = 0
  let high = spans.length - 1
  const time = at.getTime()
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (time < span.start.getTime()) high = middle - 1
    else if (time >= span.end.getTime()) low = middle + 1
    else return true
  }
  return false
}

/** Every instant in (from, to) where a span starts or stops: where the answer may change. */
function boundaries(spans: ReadonlyMap<string, readonly Span[]>, from: Date, to: Date): Date[] {
  const moments = new Set<number>()
  for (const list of spans.values()) {
    for (const span of list) {
      for (const moment of [span.start.getTime(), span.end.getTime()]) {
        if (moment > from.getTime() && moment < to.getTime()) moments.add(moment)
      }
    }
  }
  return [...moments].sort((a, b) => a - b).map((moment) => new Date(moment))
}

function zoneOf(index: RoutingIndex, route: CallRoute): Partial<CallAnswer> {
  const zone = route.scheduleGroup === undefined ? undefined : index.groups.get(route.scheduleGroup.id)?.timeZone
  return zone === undefined ? {} : { timeZone: zone }
}
