// What changed in the call routing between two snapshots, in words a person reads in a commit body or a pull
// request: a number added, moved or removed; a route's flow re-pointed; a schedule's hours; a holiday added or
// removed; an emergency switched on or off; a time zone. Only changes of routing meaning are said: a new version
// number or a description is not. Every value from a file is bounded.
import { capitalized } from '../flows/document.js'
import { resolveLines } from '../flows/lines.js'
import type { Pointer } from '../flows/json.js'
import type { RoutingObjectChange } from '../routing-model.js'
import { compareText } from '../text/compare.js'
import { excerpt } from '../text/excerpt.js'
import { digitsOf } from './answer.js'
import { routingObjectsOf } from './objects.js'
import { scheduleChangeText, scheduleText } from './words.js'
import {
  ROUTING_KINDS,
  type CallRoute,
  type EmergencyGroup,
  type EntityRef,
  type RoutingFile,
  type RoutingKind,
  type RoutingObjects,
  type Schedule,
  type ScheduleGroup,
} from './types.js'

/** Lines said per object at most; the rest are counted in one last line. */
export const MAX_LINES = 20
const NAME_CHARS = 80
const SHOWN_NUMBERS = 3

/** Each routing kind in words, as the review and the report name an object. */
export const ROUTING_KIND_WORDS: Readonly<Record<RoutingKind, string>> = {
  'call-routes': 'call route',
  'schedule-groups': 'schedule group',
  schedules: 'schedule',
  'emergency-groups': 'emergency group',
}

interface Said {
  readonly text: string
  readonly pointer?: Pointer
  /** A whole sentence that names the object itself (an object added or removed): no "Name: " before it. */
  readonly whole?: true
}

/** The changes of routing meaning, by kind (routes, groups, schedules, emergency groups), then name. */
export function reviewRoutingChanges(before: readonly RoutingFile[], after: readonly RoutingFile[]): RoutingObjectChange[] {
  const was = routingObjectsOf(before)
  const now = routingObjectsOf(after)
  const beforeFiles = new Map(before.map((file) => [`${file.kind}/${file.id}`, file]))
  const afterFiles = new Map(after.map((file) => [`${file.kind}/${file.id}`, file]))
  const numbersBefore = routeOfNumber(was.callRoutes)
  const numbersAfter = routeOfNumber(now.callRoutes)
  const scheduleNames = new Map([...was.schedules, ...now.schedules].map((schedule) => [schedule.id, schedule.name]))
  const changes: RoutingObjectChange[] = []

  for (const kind of ROUTING_KINDS) {
    const oldById = new Map(objectsOf(was, kind).map((object) => [object.id, object]))
    const newById = new Map(objectsOf(now, kind).map((object) => [object.id, object]))
    const ids = [...new Set([...oldById.keys(), ...newById.keys()])]
    const found: RoutingObjectChange[] = []
    const kindWords = capitalized(ROUTING_KIND_WORDS[kind])
    for (const id of ids) {
      const old = oldById.get(id)
      const current = newById.get(id)
      const file = afterFiles.get(`${kind}/${id}`) ?? beforeFiles.get(`${kind}/${id}`)
      if (file === undefined) continue
      let said: Said[]
      if (old === undefined && current !== undefined) said = [{ text: `${kindWords} ${objectText(kind, current, 'added')}`, pointer: [], whole: true }]
      else if (old !== undefined && current === undefined) said = [{ text: `${kindWords} ${objectText(kind, old, 'removed')}`, whole: true }]
      else if (old !== undefined && current !== undefined) said = changedWords(kind, old, current, { numbersBefore, numbersAfter, scheduleNames })
      else said = []
      if (said.length === 0) continue
      const name = (current ?? old)!.name
      found.push({ kind, id, name: excerpt(name, NAME_CHARS), path: file.path, lines: located(said, current === undefined ? undefined : file.text, name) })
    }
    found.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id))
    changes.push(...found)
  }
  return changes
}

type AnyObject = CallRoute | ScheduleGroup | Schedule | EmergencyGroup

function objectsOf(objects: RoutingObjects, kind: RoutingKind): AnyObject[] {
  if (kind === 'call-routes') return objects.callRoutes
  if (kind === 'schedule-groups') return objects.scheduleGroups
  if (kind === 'schedules') return objects.schedules
  return objects.emergencyGroups
}

interface Context {
  readonly numbersBefore: ReadonlyMap<string, CallRoute>
  readonly numbersAfter: ReadonlyMap<string, CallRoute>
  readonly scheduleNames: ReadonlyMap<string, string>
}

function changedWords(kind: RoutingKind, old: AnyObject, current: AnyObject, context: Context): Said[] {
  if (kind === 'call-routes') return routeWords(old as CallRoute, current as CallRoute, context)
  if (kind === 'schedule-groups') return groupWords(old as ScheduleGroup, current as ScheduleGroup, context)
  if (kind === 'schedules') {
    const text = scheduleChangeText(old as Schedule, current as Schedule)
    return text === undefined ? [] : [{ text, pointer: ['start'] }]
  }
  return emergencyWords(old as EmergencyGroup, current as EmergencyGroup)
}

const HOURS = [
  ['openHoursFlow', 'open hours'],
  ['closedHoursFlow', 'closed hours'],
  ['holidayHoursFlow', 'holiday hours'],
] as const

function routeWords(old: CallRoute, current: CallRoute, context: Context): Said[] {
  const said: Said[] = []
  const oldNumbers = new Set((old.dnis ?? []).map(digitsOf))
  const newNumbers = new Set((current.dnis ?? []).map(digitsOf))
  ;(current.dnis ?? []).forEach((number, at) => {
    if (oldNumbers.has(digitsOf(number))) return
    const from = context.numbersBefore.get(digitsOf(number))
    const moved = from !== undefined && from.id !== current.id ? ` (moved from ${quoted(from.name)})` : ''
    said.push({ text: `number ${excerpt(number, 32)} added${moved}`, pointer: ['dnis', at] })
  })
  for (const number of old.dnis ?? []) {
    if (newNumbers.has(digitsOf(number))) continue
    const to = context.numbersAfter.get(digitsOf(number))
    const moved = to !== undefined && to.id !== current.id ? ` (moved to ${quoted(to.name)})` : ''
    said.push({ text: `number ${excerpt(number, 32)} removed${moved}`, pointer: ['dnis'] })
  }
  for (const [field, hours] of HOURS) {
    const was = old[field]
    const now = current[field]
    if (was?.id === now?.id) continue
    if (now === undefined) said.push({ text: `${hours} no longer have a flow (was ${refText(was)})${field === 'holidayHoursFlow' ? ': holidays go to the closed-hours flow' : ''}` })
    else said.push({ text: `${hours} now go to ${refText(now)} (was ${refText(was)})`, pointer: [field] })
  }
  if (old.scheduleGroup?.id !== current.scheduleGroup?.id) {
    if (current.scheduleGroup === undefined) said.push({ text: `no schedule group now (was ${refText(old.scheduleGroup)}): the open-hours flow answers at all times` })
    else said.push({ text: `schedule group now ${refText(current.scheduleGroup)} (was ${refText(old.scheduleGroup)})`, pointer: ['scheduleGroup'] })
  }
  return said
}

const LISTS = [
  ['holidaySchedules', 'holiday'],
  ['closedSchedules', 'closed schedule'],
  ['openSchedules', 'open schedule'],
] as const

function groupWords(old: ScheduleGroup, current: ScheduleGroup, context: Context): Said[] {
  const said: Said[] = []
  if ((old.timeZone ?? '') !== (current.timeZone ?? '')) {
    said.push({ text: `time zone now ${excerpt(current.timeZone ?? 'none', 40)} (was ${excerpt(old.timeZone ?? 'none', 40)})`, pointer: ['timeZone'] })
  }
  for (const [field, list] of LISTS) {
    const oldIds = new Set((old[field] ?? []).map((ref) => ref.id))
    const newIds = new Set((current[field] ?? []).map((ref) => ref.id))
    ;(current[field] ?? []).forEach((ref, at) => {
      if (!oldIds.has(ref.id)) said.push({ text: `${list} ${scheduleRefText(ref, context)} added`, pointer: [field, at] })
    })
    for (const ref of old[field] ?? []) {
      if (!newIds.has(ref.id)) said.push({ text: `${list} ${scheduleRefText(ref, context)} removed`, pointer: [field] })
    }
  }
  return said
}

function emergencyWords(old: EmergencyGroup, current: EmergencyGroup): Said[] {
  const said: Said[] = []
  if ((old.enabled === true) !== (current.enabled === true)) {
    said.push({ text: current.enabled === true ? `emergency switched on: ${coverText(current)}` : 'emergency switched off: calls follow the schedules again', pointer: ['enabled'] })
  }
  const flowsBefore = coverage(old)
  const flowsAfter = coverage(current)
  for (const [routeId, entry] of flowsAfter) {
    const was = flowsBefore.get(routeId)
    if (was === undefined) said.push({ text: `now covers call route ${refText(entry.route)}, with ${refText(entry.flow)}`, pointer: ['emergencyCallFlows'] })
    else if (was.flow?.id !== entry.flow?.id) said.push({ text: `call route ${refText(entry.route)} now hears ${refText(entry.flow)} (was ${refText(was.flow)})`, pointer: ['emergencyCallFlows'] })
  }
  for (const [routeId, entry] of flowsBefore) {
    if (!flowsAfter.has(routeId)) said.push({ text: `no longer covers call route ${refText(entry.route)}` })
  }
  return said
}

/** Each route an emergency group covers and the flow it plays there. */
function coverage(group: EmergencyGroup): Map<string, { route: EntityRef; flow?: EntityRef }> {
  const map = new Map<string, { route: EntityRef; flow?: EntityRef }>()
  for (const entry of group.emergencyCallFlows ?? []) {
    for (const route of entry.ivrs ?? []) if (!map.has(route.id)) map.set(route.id, entry.emergencyFlow === undefined ? { route } : { route, flow: entry.emergencyFlow })
  }
  return map
}

function coverText(group: EmergencyGroup): string {
  const covered = [...coverage(group).values()]
  if (covered.length === 0) return 'it covers no call route'
  const shown = covered.slice(0, 3).map((entry) => `${refText(entry.route)} hear ${refText(entry.flow)}`)
  const more = covered.length > 3 ? ` and ${covered.length - 3} more call routes` : ''
  return `callers of ${shown.join('; ')}${more}`
}

/** One line for an object added or removed: `"Main line" added (+13175550100), open hours "Main IVR"`. */
function objectText(kind: RoutingKind, object: AnyObject, what: 'added' | 'removed'): string {
  const name = `${quoted(object.name)} ${what}`
  if (kind === 'call-routes') {
    const route = object as CallRoute
    const numbers = route.dnis ?? []
    const shown = numbers.slice(0, SHOWN_NUMBERS).map((number) => excerpt(number, 32))
    const more = numbers.length > SHOWN_NUMBERS ? ` and ${numbers.length - SHOWN_NUMBERS} more` : ''
    return `${name} (${numbers.length === 0 ? 'no number' : `${shown.join(', ')}${more}`}), open hours ${refText(route.openHoursFlow)}`
  }
  if (kind === 'schedule-groups') return `${name}, time zone ${excerpt((object as ScheduleGroup).timeZone ?? 'none', 40)}`
  if (kind === 'schedules') return `${name}: ${scheduleText(object as Schedule)}`
  return `${name}, ${(object as EmergencyGroup).enabled === true ? 'switched on' : 'switched off'}`
}

function scheduleRefText(ref: EntityRef, context: Context): string {
  return quoted(ref.name ?? context.scheduleNames.get(ref.id) ?? ref.id)
}

function refText(ref: EntityRef | undefined): string {
  if (ref === undefined) return 'none'
  return quoted(ref.name ?? ref.id)
}

function quoted(name: string): string {
  return `"${excerpt(name, NAME_CHARS)}"`
}

function routeOfNumber(routes: readonly CallRoute[]): Map<string, CallRoute> {
  const map = new Map<string, CallRoute>()
  for (const route of routes) for (const number of route.dnis ?? []) if (!map.has(digitsOf(number))) map.set(digitsOf(number), route)
  return map
}

/** Each said line prefixed with the object's name ("Main line: …"), with its line in the file, at most MAX_LINES. */
function located(said: readonly Said[], text: string | undefined, name: string): RoutingObjectChange['lines'] {
  const shown = said.slice(0, MAX_LINES)
  const pointers = shown.map((entry) => entry.pointer ?? [])
  const lines = text === undefined ? [] : resolveLines(text, pointers)
  const prefix = excerpt(name, NAME_CHARS)
  const result = shown.map((entry, at): RoutingObjectChange['lines'][number] => {
    const text = entry.whole === true ? entry.text : `${prefix}: ${entry.text}`
    const line = entry.pointer === undefined ? undefined : lines[at]
    return line === undefined ? { text } : { text, line }
  })
  if (said.length > MAX_LINES) result.push({ text: `${prefix}: and ${said.length - MAX_LINES} more changes` })
  return result
}
