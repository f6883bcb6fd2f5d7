// The routing model read from committed files. A file may be older, hand-edited or written by whoever opened the
// pull request, so each field is taken only when it has the type the API gives it (docs/genesys-api.md §5a);
// anything else is left out, and an object without an id is no object.
import { isRecord, type JsonRecord } from '../flows/json.js'
import type { CallRoute, EmergencyGroup, EntityRef, RoutingFile, RoutingObjects, Schedule, ScheduleGroup } from './types.js'

export function routingObjectsOf(files: readonly RoutingFile[]): RoutingObjects {
  const objects: RoutingObjects = { callRoutes: [], scheduleGroups: [], schedules: [], emergencyGroups: [] }
  for (const file of files) {
    if (!isRecord(file.object)) continue
    const record = file.object
    const id = text(record, 'id') ?? (file.id === '' ? undefined : file.id)
    if (id === undefined) continue
    const name = text(record, 'name') ?? file.name
    if (file.kind === 'call-routes') objects.callRoutes.push(callRouteOf(record, id, name))
    else if (file.kind === 'schedule-groups') objects.scheduleGroups.push(scheduleGroupOf(record, id, name))
    else if (file.kind === 'schedules') objects.schedules.push(scheduleOf(record, id, name))
    else if (file.kind === 'emergency-groups') objects.emergencyGroups.push(emergencyGroupOf(record, id, name))
  }
  return objects
}

function callRouteOf(record: JsonRecord, id: string, name: string): CallRoute {
  return withoutUndefined({
    id,
    name,
    description: text(record, 'description'),
    version: count(record, 'version'),
    state: text(record, 'state'),
    dnis: texts(record, 'dnis'),
    openHoursFlow: ref(record, 'openHoursFlow'),
    closedHoursFlow: ref(record, 'closedHoursFlow'),
    holidayHoursFlow: ref(record, 'holidayHoursFlow'),
    scheduleGroup: ref(record, 'scheduleGroup'),
    division: ref(record, 'division'),
  })
}

function scheduleGroupOf(record: JsonRecord, id: string, name: string): ScheduleGroup {
  return withoutUndefined({
    id,
    name,
    version: count(record, 'version'),
    state: text(record, 'state'),
    timeZone: text(record, 'timeZone'),
    openSchedules: refs(record, 'openSchedules'),
    closedSchedules: refs(record, 'closedSchedules'),
    holidaySchedules: refs(record, 'holidaySchedules'),
  })
}

function scheduleOf(record: JsonRecord, id: string, name: string): Schedule {
  return withoutUndefined({
    id,
    name,
    version: count(record, 'version'),
    state: text(record, 'state'),
    start: text(record, 'start'),
    end: text(record, 'end'),
    rrule: text(record, 'rrule'),
  })
}

function emergencyGroupOf(record: JsonRecord, id: string, name: string): EmergencyGroup {
  const value = record['emergencyCallFlows']
  const callFlows = Array.isArray(value)
    ? value.filter(isRecord).map((entry) => withoutUndefined({ emergencyFlow: ref(entry, 'emergencyFlow'), ivrs: refs(entry, 'ivrs') }))
    : undefined
  const enabled = record['enabled']
  return withoutUndefined({
    id,
    name,
    version: count(record, 'version'),
    state: text(record, 'state'),
    enabled: typeof enabled === 'boolean' ? enabled : undefined,
    emergencyCallFlows: callFlows,
  })
}

function text(record: JsonRecord, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' ? value : undefined
}

function count(record: JsonRecord, key: string): number | undefined {
  const value = record[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function texts(record: JsonRecord, key: string): string[] | undefined {
  const value = record[key]
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : undefined
}

/** `{id, name, selfUri}`; a reference without a string id (or an empty one) is no reference. */
function refOf(value: unknown): EntityRef | undefined {
  if (!isRecord(value)) return undefined
  const id = text(value, 'id')
  if (id === undefined || id === '') return undefined
  return withoutUndefined({ id, name: text(value, 'name'), selfUri: text(value, 'selfUri') })
}

function ref(record: JsonRecord, key: string): EntityRef | undefined {
  return refOf(record[key])
}

function refs(record: JsonRecord, key: string): EntityRef[] | undefined {
  const value = record[key]
  if (!Array.isArray(value)) return undefined
  return value.map(refOf).filter((entry): entry is EntityRef => entry !== undefined)
}

/** The object without its undefined members, so a model compares and prints as the file reads. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T
}
