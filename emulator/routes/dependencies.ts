// Architect dependency tracking (docs/genesys-api.md §5), computed from the org's documents and its resources.
// While the build status is anything but OPERATIONAL the lookups answer 206 Partial Content ("the org data is
// being rebuilt or needs to be rebuilt", swagger via docs/genesys-api.md §5) and the index does not know the state
// of the queues and data actions yet: they read `stateUnknown`.

import { dependencyTypeOf, FLOW_TYPES, flowTypeOfDependencyType } from '../flow-types.js'
import { isReply, listing, queryList, readPage } from '../http/listing.js'
import { apiError, errors, json, type Reply } from '../http/reply.js'
import type { Permission, RequestContext, Route } from '../http/router.js'
import { consumedBy, consumersOf, flowDependency, type Dependency } from '../org/dependencies.js'
import type { EmulatorState } from '../state.js'
import type { EmulatedFlow } from '../types.js'
import { versionIds } from './flow-entity.js'
import { MAX_PAGE_SIZE } from './flows.js'

const VIEW: Permission = { mode: 'all', permissions: ['architect:dependencyTracking:view'] }
const REBUILD: Permission = { mode: 'all', permissions: ['architect:dependencyTracking:rebuild'] }
const BASE = '/api/v2/architect/dependencytracking'

const FLOW_OBJECT_TYPES = FLOW_TYPES.map(dependencyTypeOf).filter((type): type is string => type !== undefined)
/** The types this emulator indexes: flow types (versioned) plus what its flows consume. */
const TYPES = [
  ...FLOW_OBJECT_TYPES.map((id) => ({ id, versioned: true })),
  { id: 'DATAACTION', versioned: false },
  { id: 'QUEUE', versioned: false },
].sort((a, b) => a.id.localeCompare(b.id))

function typeName(id: string): string {
  return id.charAt(0) + id.slice(1).toLowerCase().replace(/flow$/, ' flow')
}

function required(query: URLSearchParams, names: readonly string[]): Reply | undefined {
  const missing = names.filter((name) => !query.get(name))
  if (missing.length === 0) return undefined
  return apiError(400, 'missing.required.parameter', `Missing required query parameter(s): ${missing.join(', ')}.`)
}

/** The flow an `id` + versioned `objectType` (+ optional `version`) names, or the error the API answers. */
function findVersionedFlow(ctx: RequestContext, version: string | null): EmulatedFlow | Reply {
  const objectType = ctx.query.get('objectType')!.toUpperCase()
  if (!flowTypeOfDependencyType(objectType)) {
    return errors.badRequest(`objectType [${objectType}] is not allowed here: only versioned types are allowed (${FLOW_OBJECT_TYPES.join(', ')}).`)
  }
  const flow = ctx.state.flowsById.get(ctx.query.get('id')!)
  if (!flow || dependencyTypeOf(flow.type) !== objectType) {
    return errors.notFound(`No ${objectType} object with id [${ctx.query.get('id')}] was found.`)
  }
  if (version !== null && version !== '' && !versionIds(flow).includes(version)) {
    return errors.notFound(`Version [${version}] of ${objectType} [${flow.id}] was not found.`)
  }
  return flow
}

function filterTypes(dependencies: Dependency[], types: readonly string[]): Dependency[] {
  if (types.length === 0) return dependencies
  const upper = types.map((type) => type.toUpperCase())
  return dependencies.filter((dependency) => upper.includes(dependency.type))
}

function consumed(ctx: RequestContext): Reply {
  const missing = required(ctx.query, ['id', 'version', 'objectType'])
  if (missing) return missing
  const page = readPage(ctx.query, MAX_PAGE_SIZE)
  if (isReply(page)) return page
  const flow = findVersionedFlow(ctx, ctx.query.get('version'))
  if (isReply(flow)) return flow
  const entities = filterTypes(consumedNow(flow, ctx.state), queryList(ctx.query, 'resourceType'))
  return partialWhileRebuilding(ctx.state, listing(entities, page, ctx.path, ctx.query))
}

function consuming(ctx: RequestContext): Reply {
  const missing = required(ctx.query, ['id', 'objectType'])
  if (missing) return missing
  const flowFilter = ctx.query.get('flowFilter')
  if (flowFilter && flowFilter !== 'checkedIn' && flowFilter !== 'published') {
    return errors.invalidValue(flowFilter, 'flowFilter', ['checkedIn', 'published'])
  }
  const page = readPage(ctx.query, MAX_PAGE_SIZE)
  if (isReply(page)) return page
  const { state } = ctx
  const entities = filterTypes(consumersOf(ctx.query.get('id')!, state.org.flows, state.flowsById), queryList(ctx.query, 'resourceType'))
  return partialWhileRebuilding(state, listing(entities, page, ctx.path, ctx.query))
}

function object(ctx: RequestContext): Reply {
  const missing = required(ctx.query, ['id'])
  if (missing) return missing
  const { state, query } = ctx
  const flow = state.flowsById.get(query.get('id')!)
  const objectType = query.get('objectType')?.toUpperCase()
  if (!flow || (objectType && dependencyTypeOf(flow.type) !== objectType)) {
    return errors.notFound(`No dependency object with id [${query.get('id')}] was found.`)
  }
  const body: Record<string, unknown> = { ...flowDependency(flow) }
  if (query.get('consumedResources') === 'true') {
    body.consumedResources = filterTypes(consumedNow(flow, state), queryList(query, 'consumedResourceType'))
  }
  if (query.get('consumingResources') === 'true') {
    body.consumingResources = filterTypes(consumersOf(flow.id, state.org.flows, state.flowsById), queryList(query, 'consumingResourceType'))
  }
  return partialWhileRebuilding(state, json(200, body))
}

function rebuilding(state: EmulatorState): boolean {
  return state.dependencyBuildStatus !== 'OPERATIONAL'
}

function partialWhileRebuilding(state: EmulatorState, reply: Reply): Reply {
  return rebuilding(state) && reply.status === 200 ? { ...reply, status: 206 } : reply
}

/** What a flow consumes as the index has it now: during a rebuild, resources are in an unknown state. */
function consumedNow(flow: EmulatedFlow, state: EmulatorState): Dependency[] {
  const dependencies = consumedBy(flow, state.flowsById, state.resourcesById)
  if (!rebuilding(state)) return dependencies
  return dependencies.map((dependency) =>
    dependency.type === 'QUEUE' || dependency.type === 'DATAACTION' ? { ...dependency, deleted: false, updated: false, stateUnknown: true } : dependency,
  )
}

/**
 * `deletedresourceconsumers` and `updatedresourceconsumers` (SDK 262.0.0 ArchitectApi.js): the live flows that
 * consume something deleted (or updated / in an unknown state), filtered by `name` (case-insensitive part of the
 * name: the API says only "Name to search for"), `objectType` (repeated), and for deleted `flowFilter`
 * (`checkedIn`/`published`: every emulated flow is both). `consumedResources=true` adds what each consumes,
 * filtered by `consumedResourceType`.
 */
function resourceConsumers(which: 'deleted' | 'updated') {
  return (ctx: RequestContext): Reply => {
    const { state, query } = ctx
    const flowFilter = query.get('flowFilter')
    if (which === 'deleted' && flowFilter && flowFilter !== 'checkedIn' && flowFilter !== 'published') {
      return errors.invalidValue(flowFilter, 'flowFilter', ['checkedIn', 'published'])
    }
    const page = readPage(query, MAX_PAGE_SIZE)
    if (isReply(page)) return page
    const objectTypes = queryList(query, 'objectType').map((type) => type.toUpperCase())
    const name = (query.get('name') ?? '').toLowerCase()
    const withResources = query.get('consumedResources') === 'true'
    const resourceTypes = queryList(query, 'consumedResourceType')
    const matches = (dependency: Dependency): boolean =>
      which === 'deleted' ? dependency.deleted : dependency.updated || dependency.stateUnknown
    const consumers: Array<Dependency & { consumedResources?: Dependency[] }> = []
    for (const flow of state.org.flows) {
      if (flow.deleted) continue
      const own = flowDependency(flow)
      if (objectTypes.length > 0 && !objectTypes.includes(own.type)) continue
      if (name !== '' && !flow.name.toLowerCase().includes(name)) continue
      const consumed = consumedNow(flow, state)
      if (!consumed.some(matches)) continue
      consumers.push(withResources ? { ...own, consumedResources: filterTypes(consumed, resourceTypes) } : own)
    }
    return partialWhileRebuilding(state, listing(consumers, page, ctx.path, query))
  }
}

export const dependencyRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/consumedresources`, permission: VIEW, handle: consumed },
  { method: 'GET', path: `${BASE}/consumingresources`, permission: VIEW, handle: consuming },
  { method: 'GET', path: `${BASE}/object`, permission: VIEW, handle: object },
  { method: 'GET', path: `${BASE}/deletedresourceconsumers`, permission: VIEW, handle: resourceConsumers('deleted') },
  { method: 'GET', path: `${BASE}/updatedresourceconsumers`, permission: VIEW, handle: resourceConsumers('updated') },
  {
    method: 'GET',
    path: `${BASE}/types`,
    permission: VIEW,
    handle: (ctx) => {
      const page = readPage(ctx.query, MAX_PAGE_SIZE)
      if (isReply(page)) return page
      const types = TYPES.map((type) => ({ ...type, name: typeName(type.id), selfUri: `${BASE}/types/${type.id}` }))
      return listing(types, page, ctx.path, ctx.query)
    },
  },
  {
    method: 'GET',
    path: `${BASE}/types/{typeId}`,
    permission: VIEW,
    handle: (ctx) => {
      const type = TYPES.find((candidate) => candidate.id === ctx.params.typeId!.toUpperCase())
      if (!type) return errors.notFound(`Dependency type [${ctx.params.typeId}] was not found.`)
      return json(200, { ...type, name: typeName(type.id), selfUri: `${BASE}/types/${type.id}` })
    },
  },
  {
    method: 'GET',
    path: `${BASE}/build`,
    permission: VIEW,
    handle: (ctx) =>
      json(200, {
        id: 'dependency-tracking-build',
        name: 'Dependency tracking build',
        buildId: '00000000-0000-4000-8000-000000000001',
        dateStarted: '2025-01-01T10:00:00.000Z',
        ...(rebuilding(ctx.state) ? {} : { dateCompleted: '2025-01-01T10:05:00.000Z' }),
        status: ctx.state.dependencyBuildStatus,
        failedObjects: [],
        selfUri: `${BASE}/build`,
      }),
  },
  // Rebuilding is instant here: the index is computed from the documents on every request.
  {
    method: 'POST',
    path: `${BASE}/build`,
    permission: REBUILD,
    handle: (ctx) => {
      ctx.state.dependencyBuildStatus = 'OPERATIONAL'
      return { status: 202, raw: '' }
    },
  },
]
