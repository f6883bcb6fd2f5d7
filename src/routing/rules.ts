// The call-routing rules (action-contract rules table): the defects that decide what a caller hears without any
// flow being wrong. Each finding sits on the committed file of the object to fix, on the line of the field at fault,
// and names the call route and its numbers, because a number is what the person on call is asked about.
import { isRecord, type Pointer } from '../flows/json.js'
import { resolveLines } from '../flows/lines.js'
import { severityOf } from '../flows/severity.js'
import type { Finding, Rule, SeverityOrOff } from '../model.js'
import { excerpt } from '../text/excerpt.js'
import { routeAnswerChanges, routingIndex, type RoutingIndex } from './answer.js'
import { hasEnded, knownZone } from './schedules.js'
import type { CallRoute, EntityRef, KnownFlow, RoutingFile, RoutingKind, RoutingObjects, Schedule, ScheduleGroup } from './types.js'
import { addTo } from '../text/lists.js'

export interface RoutingCheckInput {
  readonly files: readonly RoutingFile[]
  readonly objects: RoutingObjects
  /** Every flow of the org (listed, not only exported), by id. */
  readonly flows: ReadonlyMap<string, KnownFlow>
  readonly now: Date
  /** Kinds this run could not read (a 403): a reference into them cannot be judged, so it is not reported. */
  readonly unreadKinds?: readonly RoutingKind[]
  /** Rule-severity overrides; `off` drops the rule's findings. */
  readonly severities?: Partial<Record<Rule, SeverityOrOff>>
}

/** Days ahead in which a route must open somewhere (`route-never-open`). */
export const NEVER_OPEN_DAYS = 14

const HOURS = [
  ['openHoursFlow', 'open-hours'],
  ['closedHoursFlow', 'closed-hours'],
  ['holidayHoursFlow', 'holiday-hours'],
] as const
const SCHEDULE_LISTS = [
  ['openSchedules', 'open'],
  ['closedSchedules', 'closed'],
  ['holidaySchedules', 'holiday'],
] as const
const SHOWN_NUMBERS = 3
const SHOWN_ROUTES = 3

interface Draft {
  readonly rule: Rule
  readonly kind: RoutingKind
  readonly id: string
  readonly pointer: Pointer
  readonly message: string
}

export function checkRouting(input: RoutingCheckInput): Finding[] {
  const { objects, now } = input
  const unread = new Set(input.unreadKinds ?? [])
  const index = routingIndex(objects)
  const rawByKey = new Map(input.files.map((file) => [`${file.kind}/${file.id}`, file]))
  const raw = (kind: RoutingKind, id: string): unknown => rawByKey.get(`${kind}/${id}`)?.object
  // Each group's routes and each schedule's uses, gathered once: a rule asks for them per group and per schedule.
  const routesByGroup = new Map<string, CallRoute[]>()
  for (const route of objects.callRoutes) if (route.scheduleGroup !== undefined) addTo(routesByGroup, route.scheduleGroup.id, route)
  const routesOfGroup = (groupId: string): CallRoute[] => routesByGroup.get(groupId) ?? []
  const usesBySchedule = scheduleUses(objects.scheduleGroups)
  const routeById = new Map<string, CallRoute>()
  for (const route of objects.callRoutes) if (!routeById.has(route.id)) routeById.set(route.id, route)
  const drafts: Draft[] = []
  const openByGroup = new Map<string, boolean>()

  for (const route of objects.callRoutes) {
    for (const [field, hours] of HOURS) {
      const ref = route[field]
      if (ref === undefined) continue
      const problem = flowProblem(input.flows, ref)
      if (problem === undefined) continue
      drafts.push({
        rule: 'route-flow-missing',
        kind: 'call-routes',
        id: route.id,
        pointer: [field, 'id'],
        message: `${routeWords(route)}: its ${hours} flow ${refWords(ref)} ${problem}.`,
      })
    }
    const groupRef = route.scheduleGroup
    if (groupRef === undefined || unread.has('schedule-groups')) continue
    const group = index.groups.get(groupRef.id)
    if (group === undefined) {
      drafts.push({
        rule: 'missing-schedule',
        kind: 'call-routes',
        id: route.id,
        pointer: ['scheduleGroup', 'id'],
        message: `${routeWords(route)} names schedule group ${refWords(groupRef)}, which does not exist: its callers get the closed-hours flow at all times.`,
      })
      continue
    }
    if (!unread.has('schedules') && !opensWithin(index, route, now, openByGroup)) {
      drafts.push({
        rule: 'route-never-open',
        kind: 'call-routes',
        id: route.id,
        pointer: ['scheduleGroup'],
        message: `${routeWords(route)} is open at no time in the next ${NEVER_OPEN_DAYS} days: ${neverOpenReason(index, group, now)}.`,
      })
    }
  }

  if (!unread.has('schedules')) {
    for (const group of objects.scheduleGroups) {
      for (const [field, list] of SCHEDULE_LISTS) {
        for (const ref of group[field] ?? []) {
          if (index.schedules.has(ref.id)) continue
          drafts.push({
            rule: 'missing-schedule',
            kind: 'schedule-groups',
            id: group.id,
            pointer: [field, elementIndex(raw('schedule-groups', group.id), field, ref.id), 'id'],
            message: `S${groupWords(group, routesOfGroup(group.id)).slice(1)} names ${list} schedule ${refWords(ref)}, which does not exist.`,
          })
        }
      }
    }
    for (const schedule of objects.schedules) {
      const uses = usesBySchedule.get(schedule.id) ?? []
      const first = uses[0]
      if (first === undefined) continue
      const times = index.schedules.get(schedule.id)?.times
      if (times === undefined || !hasEnded(times, knownZone(first.group.timeZone), now)) continue
      const shownUses = uses.slice(0, SHOWN_ROUTES).map((use) => `${use.list} schedule of ${groupWords(use.group, routesOfGroup(use.group.id))}`)
      const moreUses = uses.length > SHOWN_ROUTES ? `; and in ${uses.length - SHOWN_ROUTES} more schedule groups` : ''
      const where = `${shownUses.join('; ')}${moreUses}`
      drafts.push({
        rule: 'schedule-ended',
        kind: 'schedules',
        id: schedule.id,
        pointer: ['end'],
        message: `Schedule ${quoted(schedule.name)} ended ${endWords(schedule, first.group)}: it no longer affects routing (${where}).`,
      })
    }
  }

  for (const group of objects.emergencyGroups) {
    const entries = group.emergencyCallFlows ?? []
    const rawIndex = rawEntryIndexes(raw('emergency-groups', group.id))
    entries.forEach((entry, at) => {
      const ref = entry.emergencyFlow
      if (ref === undefined) return
      const problem = flowProblem(input.flows, ref)
      if (problem === undefined) return
      drafts.push({
        rule: 'route-flow-missing',
        kind: 'emergency-groups',
        id: group.id,
        pointer: ['emergencyCallFlows', rawIndex[at] ?? at, 'emergencyFlow', 'id'],
        message: `Emergency group ${quoted(group.name)}: its emergency flow ${refWords(ref)} ${problem}${routesListWords(routeById, entry.ivrs ?? [], ' for ')}.`,
      })
    })
    if (group.enabled !== true) continue
    const heard = entries
      .filter((entry) => (entry.ivrs ?? []).length > 0)
      .map((entry) => `${routesListWords(routeById, entry.ivrs ?? [], '')} hear ${entry.emergencyFlow === undefined ? 'no flow' : refWords(entry.emergencyFlow)}`)
    drafts.push({
      rule: 'emergency-active',
      kind: 'emergency-groups',
      id: group.id,
      pointer: ['enabled'],
      message:
        heard.length === 0
          ? `Emergency group ${quoted(group.name)} is on, though it lists no call route.`
          : `Emergency group ${quoted(group.name)} is on: callers of ${heard.join('; ')} instead of the scheduled flows.`,
    })
  }

  return locate(drafts, rawByKey, input.severities)
}

/** Why a referenced flow cannot answer, or undefined when it can. */
function flowProblem(flows: ReadonlyMap<string, KnownFlow>, ref: EntityRef): string | undefined {
  const flow = flows.get(ref.id)
  if (flow === undefined) return 'is not in the org'
  return flow.published ? undefined : 'has no published version'
}

/**
 * True when some moment of the next NEVER_OPEN_DAYS days is answered by an open schedule (emergencies aside).
 * That depends on the schedule group alone, so it is asked once per group.
 */
function opensWithin(index: RoutingIndex, route: CallRoute, now: Date, byGroup: Map<string, boolean>): boolean {
  const groupId = route.scheduleGroup?.id ?? ''
  let opens = byGroup.get(groupId)
  if (opens === undefined) {
    opens = routeAnswerChanges(index, route, now, NEVER_OPEN_DAYS, { ignoreEmergency: true }).some((change) => change.answer.reason === 'open')
    byGroup.set(groupId, opens)
  }
  return opens
}

function neverOpenReason(index: RoutingIndex, group: ScheduleGroup, now: Date): string {
  const open = (group.openSchedules ?? []).flatMap((ref) => {
    const entry = index.schedules.get(ref.id)
    return entry === undefined ? [] : [entry]
  })
  if ((group.openSchedules ?? []).length === 0) return `schedule group ${quoted(group.name)} has no open schedule`
  if (open.length === 0) return `the open schedules of group ${quoted(group.name)} do not exist`
  const zone = knownZone(group.timeZone)
  if (open.every((entry) => entry.times !== undefined && hasEnded(entry.times, zone, now))) {
    return `the open schedules of group ${quoted(group.name)} have ended`
  }
  if (open.every((entry) => entry.times === undefined)) return `the open schedules of group ${quoted(group.name)} have no readable start, end or recurrence`
  return `the holiday and closed schedules of group ${quoted(group.name)} cover every open hour`
}

/** Each schedule's uses, by its id: every group's lists that name it, in group order, each list once. */
function scheduleUses(groups: readonly ScheduleGroup[]): Map<string, { group: ScheduleGroup; list: string }[]> {
  const uses = new Map<string, { group: ScheduleGroup; list: string }[]>()
  for (const group of groups) {
    for (const [field, list] of SCHEDULE_LISTS) {
      for (const id of new Set((group[field] ?? []).map((ref) => ref.id))) addTo(uses, id, { group, list })
    }
  }
  return uses
}

function endWords(schedule: Schedule, group: ScheduleGroup): string {
  if (schedule.rrule !== undefined && schedule.rrule.trim() !== '') return 'its recurrence ran out'
  const end = (schedule.end ?? '').slice(0, 16).replace('T', ' ')
  const zone = group.timeZone === undefined ? '' : ` (${excerpt(group.timeZone, 40)})`
  return `on ${excerpt(end, 20)}${zone}`
}

/** `call route "Main line" (+13175550100, +13175550101)`, bounded. */
export function routeWords(route: CallRoute): string {
  return `Call route ${quoted(route.name)}${numbersWords(route)}`
}

function numbersWords(route: CallRoute): string {
  const numbers = route.dnis ?? []
  if (numbers.length === 0) return ' (no number)'
  const shown = numbers.slice(0, SHOWN_NUMBERS).map((number) => excerpt(number, 32))
  const more = numbers.length > SHOWN_NUMBERS ? ` and ${numbers.length - SHOWN_NUMBERS} more` : ''
  return ` (${shown.join(', ')}${more})`
}

function groupWords(group: ScheduleGroup, routes: readonly CallRoute[]): string {
  const used = routes.length === 0 ? ', used by no call route' : `, used by ${routesWords(routes)}`
  return `schedule group ${quoted(group.name)}${used}`
}

function routesWords(routes: readonly CallRoute[]): string {
  const shown = routes.slice(0, SHOWN_ROUTES).map((route) => routeWords(route).replace(/^Call/, 'call'))
  const more = routes.length > SHOWN_ROUTES ? ` and ${routes.length - SHOWN_ROUTES} more call routes` : ''
  return `${shown.join(', ')}${more}`
}

function routesListWords(routeById: ReadonlyMap<string, CallRoute>, refs: readonly EntityRef[], prefix: string): string {
  if (refs.length === 0) return ''
  const routes = refs.map((ref): CallRoute => routeById.get(ref.id) ?? { id: ref.id, name: ref.name ?? ref.id })
  return `${prefix}${routesWords(routes)}`
}

function refWords(ref: EntityRef): string {
  return ref.name === undefined ? `(id ${excerpt(ref.id, 40)})` : `${quoted(ref.name)} (id ${excerpt(ref.id, 40)})`
}

function quoted(name: string): string {
  return `"${excerpt(name, 80)}"`
}

/** Where each readable entry of `emergencyCallFlows` sits in the file (entries that are no object are skipped when read). */
function rawEntryIndexes(object: unknown): number[] {
  const list = isRecord(object) ? object['emergencyCallFlows'] : undefined
  if (!Array.isArray(list)) return []
  const indexes: number[] = []
  for (let index = 0; index < list.length; index += 1) if (isRecord(list[index])) indexes.push(index)
  return indexes
}

/** Each list's first element of each id, found once: a group naming N missing schedules asks N times. */
const firstIndexes = new WeakMap<readonly unknown[], Map<unknown, number>>()

/** Where the reference with `id` sits in the file's list `field`, counting every element as written. */
function elementIndex(object: unknown, field: string, id: string): number {
  if (!isRecord(object)) return 0
  const list = object[field]
  if (!Array.isArray(list)) return 0
  let indexes = firstIndexes.get(list)
  if (indexes === undefined) {
    indexes = new Map()
    for (let index = 0; index < list.length; index += 1) {
      const entry: unknown = list[index]
      if (isRecord(entry) && !indexes.has(entry['id'])) indexes.set(entry['id'], index)
    }
    firstIndexes.set(list, indexes)
  }
  return indexes.get(id) ?? 0
}

/** `fileOf`: each file by `<kind>/<id>`. */
function locate(drafts: readonly Draft[], fileOf: ReadonlyMap<string, RoutingFile>, overrides: RoutingCheckInput['severities']): Finding[] {
  const kept = drafts.flatMap((draft) => {
    const severity = severityOf(draft.rule, overrides)
    return severity === 'off' ? [] : [{ draft, severity, file: fileOf.get(`${draft.kind}/${draft.id}`) }]
  })
  // Each file's pointers are resolved in one pass over its text: one file can hold many findings.
  const byFile = new Map<RoutingFile | undefined, number[]>()
  kept.forEach(({ file }, at) => addTo(byFile, file, at))
  const lines: number[] = []
  for (const [file, ats] of byFile) {
    const found = file === undefined ? [] : resolveLines(file.text, ats.map((at) => kept[at]!.draft.pointer))
    ats.forEach((at, index) => (lines[at] = found[index] ?? 1))
  }
  return kept.map(({ draft, severity, file }, at) => ({
    rule: draft.rule,
    severity,
    flowId: draft.id,
    flowName: excerpt(file?.name ?? draft.id),
    file: file?.path ?? '',
    line: lines[at]!,
    nodeId: '',
    message: draft.message,
  }))
}
