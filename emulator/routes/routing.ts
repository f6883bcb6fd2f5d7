// /api/v2/architect/{ivrs,schedulegroups,schedules,emergencygroups}: the org's call routing, listed and read one
// by one, in the SDK's IVR, ScheduleGroup, Schedule and EmergencyGroup shapes (docs/genesys-api.md §5a).

import { isReply, listing, readPage } from '../http/listing.js'
import { errors, json, type Reply } from '../http/reply.js'
import type { Permission, RequestContext, Route } from '../http/router.js'
import type { EmulatedRouting, RoutingEdit, RoutingRef } from '../types.js'
import { MAX_PAGE_SIZE } from './flows.js'

const HOME_DIVISION = { id: 'e2220f18-f824-4ade-adf8-7375c04e5eb6', name: 'Home', selfUri: '/api/v2/authorization/divisions/e2220f18-f824-4ade-adf8-7375c04e5eb6' }
const ADMIN_USER_ID = '5b1c3e0a-27a4-4c43-9a4e-1d2f0c9b8a71'
const SORT_FIELDS = ['name', 'id'] as const

interface RoutingObject {
  id: string
  name: string
  version: number
}

interface Kind<T extends RoutingObject> {
  path: string
  permission: string
  objects(routing: EmulatedRouting): T[]
  entity(object: T): Record<string, unknown>
}

const flowRef = (ref: RoutingRef | undefined): Record<string, unknown> | undefined => ref && { ...ref, selfUri: `/api/v2/flows/${ref.id}` }
const scheduleRef = (ref: RoutingRef): Record<string, unknown> => ({ ...ref, selfUri: `/api/v2/architect/schedules/${ref.id}` })

/** The fields every Architect object carries; the save stamps are fixed per object and version, so answers repeat. */
function common(object: RoutingObject, basePath: string): Record<string, unknown> {
  let hash = 0
  for (const c of object.id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0
  const created = Date.UTC(2024, 0, 1) + (hash % 100_000) * 60_000
  return {
    id: object.id,
    name: object.name,
    division: HOME_DIVISION,
    version: object.version,
    dateCreated: new Date(created).toISOString(),
    dateModified: new Date(created + object.version * 86_400_000).toISOString(),
    createdBy: ADMIN_USER_ID,
    modifiedBy: ADMIN_USER_ID,
    state: 'active',
    selfUri: `${basePath}/${object.id}`,
  }
}

const drop = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))

const KINDS = {
  ivrs: {
    path: '/api/v2/architect/ivrs',
    permission: 'routing:callRoute:view',
    objects: (routing) => routing.callRoutes,
    entity: (route) =>
      drop({
        ...common(route, '/api/v2/architect/ivrs'),
        dnis: route.dnis,
        openHoursFlow: flowRef(route.openHoursFlow),
        closedHoursFlow: flowRef(route.closedHoursFlow),
        holidayHoursFlow: flowRef(route.holidayHoursFlow),
        scheduleGroup: route.scheduleGroup && { ...route.scheduleGroup, selfUri: `/api/v2/architect/schedulegroups/${route.scheduleGroup.id}` },
      }),
  } satisfies Kind<EmulatedRouting['callRoutes'][number]>,
  schedulegroups: {
    path: '/api/v2/architect/schedulegroups',
    permission: 'routing:scheduleGroup:view',
    objects: (routing) => routing.scheduleGroups,
    entity: (group) => ({
      ...common(group, '/api/v2/architect/schedulegroups'),
      timeZone: group.timeZone,
      openSchedules: group.openSchedules.map(scheduleRef),
      closedSchedules: group.closedSchedules.map(scheduleRef),
      holidaySchedules: group.holidaySchedules.map(scheduleRef),
    }),
  } satisfies Kind<EmulatedRouting['scheduleGroups'][number]>,
  schedules: {
    path: '/api/v2/architect/schedules',
    permission: 'routing:schedule:view',
    objects: (routing) => routing.schedules,
    entity: (schedule) => drop({ ...common(schedule, '/api/v2/architect/schedules'), start: schedule.start, end: schedule.end, rrule: schedule.rrule }),
  } satisfies Kind<EmulatedRouting['schedules'][number]>,
  emergencygroups: {
    path: '/api/v2/architect/emergencygroups',
    permission: 'routing:emergencyGroup:view',
    objects: (routing) => routing.emergencyGroups,
    entity: (group) => ({
      ...common(group, '/api/v2/architect/emergencygroups'),
      enabled: group.enabled,
      emergencyCallFlows: group.emergencyCallFlows.map((entry) => ({
        emergencyFlow: flowRef(entry.emergencyFlow),
        ivrs: entry.ivrs.map((ivr) => ({ ...ivr, selfUri: `/api/v2/architect/ivrs/${ivr.id}` })),
      })),
    }),
  } satisfies Kind<EmulatedRouting['emergencyGroups'][number]>,
}

function listObjects<T extends RoutingObject>(kind: Kind<T>, ctx: RequestContext): Reply {
  const page = readPage(ctx.query, MAX_PAGE_SIZE)
  if (isReply(page)) return page
  const sortBy = ctx.query.get('sortBy') ?? 'name'
  const sortOrder = (ctx.query.get('sortOrder') ?? 'asc').toLowerCase()
  if (!(SORT_FIELDS as readonly string[]).includes(sortBy)) return errors.invalidValue(sortBy, 'sortBy', SORT_FIELDS)
  if (sortOrder !== 'asc' && sortOrder !== 'desc') return errors.invalidValue(sortOrder, 'sortOrder', ['asc', 'desc'])
  const key = sortBy as (typeof SORT_FIELDS)[number]
  const sign = sortOrder === 'asc' ? 1 : -1
  const name = ctx.query.get('name')?.toLowerCase()
  const objects = kind
    .objects(ctx.state.org.routing)
    .filter((object) => !name || object.name.toLowerCase().includes(name))
    .sort((a, b) => sign * (a[key].toLowerCase() < b[key].toLowerCase() ? -1 : a[key].toLowerCase() > b[key].toLowerCase() ? 1 : a.id < b.id ? -1 : 1))
  return listing(objects, page, ctx.path, ctx.query, (object) => kind.entity(object))
}

function getObject<T extends RoutingObject>(kind: Kind<T>, ctx: RequestContext): Reply {
  const object = kind.objects(ctx.state.org.routing).find((candidate) => candidate.id === ctx.params.id)
  if (!object) return errors.notFound(`The requested resource [${ctx.params.id}] at ${kind.path} was not found.`)
  return json(200, kind.entity(object))
}

function routesOf<T extends RoutingObject>(kind: Kind<T>): Route[] {
  const permission: Permission = { mode: 'any', permissions: [kind.permission] }
  return [
    { method: 'GET', path: kind.path, permission, handle: (ctx) => listObjects(kind, ctx) },
    { method: 'GET', path: `${kind.path}/{id}`, permission, handle: (ctx) => getObject(kind, ctx) },
  ]
}

export const routingRoutes: Route[] = [
  ...routesOf<EmulatedRouting['callRoutes'][number]>(KINDS.ivrs),
  ...routesOf<EmulatedRouting['scheduleGroups'][number]>(KINDS.schedulegroups),
  ...routesOf<EmulatedRouting['schedules'][number]>(KINDS.schedules),
  ...routesOf<EmulatedRouting['emergencyGroups'][number]>(KINDS.emergencygroups),
]

/** Applies an admin's edit; an unknown id is a mistake in the test, said at once. */
export function editRouting(routing: EmulatedRouting, edit: RoutingEdit): void {
  switch (edit.kind) {
    case 'repoint-route': {
      const route = routing.callRoutes.find((candidate) => candidate.id === edit.routeId)
      if (!route) throw new Error(`editRouting: no call route ${edit.routeId} in the emulated org.`)
      const field = edit.hours === 'open' ? 'openHoursFlow' : edit.hours === 'closed' ? 'closedHoursFlow' : 'holidayHoursFlow'
      route[field] = { ...edit.flow }
      route.version += 1
      return
    }
    case 'emergency': {
      const group = routing.emergencyGroups.find((candidate) => candidate.id === edit.groupId)
      if (!group) throw new Error(`editRouting: no emergency group ${edit.groupId} in the emulated org.`)
      group.enabled = edit.enabled
      group.version += 1
      return
    }
    case 'reschedule': {
      const schedule = routing.schedules.find((candidate) => candidate.id === edit.scheduleId)
      if (!schedule) throw new Error(`editRouting: no schedule ${edit.scheduleId} in the emulated org.`)
      schedule.start = edit.start
      schedule.end = edit.end
      if (edit.rrule !== undefined) schedule.rrule = edit.rrule
      schedule.version += 1
      return
    }
  }
}
