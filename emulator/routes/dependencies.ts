// Architect dependency tracking (genesys-api.md §5), computed from the org's documents.

import { dependencyTypeOf, FLOW_TYPES, flowTypeOfDependencyType } from '../flow-types.js'
import { isReply, listing, queryList, readPage } from '../http/listing.js'
import { apiError, errors, json, type Reply } from '../http/reply.js'
import type { Permission, RequestContext, Route } from '../http/router.js'
import { consumedBy, consumersOf, flowDependency, type Dependency } from '../org/dependencies.js'
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
  const entities = filterTypes(consumedBy(flow, ctx.state.flowsById), queryList(ctx.query, 'resourceType'))
  return listing(entities, page, ctx.path, ctx.query)
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
  return listing(entities, page, ctx.path, ctx.query)
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
    body.consumedResources = filterTypes(consumedBy(flow, state.flowsById), queryList(query, 'consumedResourceType'))
  }
  if (query.get('consumingResources') === 'true') {
    body.consumingResources = filterTypes(consumersOf(flow.id, state.org.flows, state.flowsById), queryList(query, 'consumingResourceType'))
  }
  return json(200, body)
}

export const dependencyRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/consumedresources`, permission: VIEW, handle: consumed },
  { method: 'GET', path: `${BASE}/consumingresources`, permission: VIEW, handle: consuming },
  { method: 'GET', path: `${BASE}/object`, permission: VIEW, handle: object },
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
    handle: () =>
      json(200, {
        id: 'dependency-tracking-build',
        name: 'Dependency tracking build',
        buildId: '00000000-0000-4000-8000-000000000001',
        dateStarted: '2025-01-01T10:00:00.000Z',
        dateCompleted: '2025-01-01T10:05:00.000Z',
        status: 'OPERATIONAL',
        failedObjects: [],
        selfUri: `${BASE}/build`,
      }),
  },
  // Rebuilding is instant here: the index is computed from the documents on every request.
  { method: 'POST', path: `${BASE}/build`, permission: REBUILD, handle: () => ({ status: 202, raw: '' }) },
]
