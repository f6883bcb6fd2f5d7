// /api/v2/flows: listing, lookup, one flow, its versions and configurations (docs/genesys-api.md §3).

import { FLOW_TYPES } from '../flow-types.js'
import { isReply, listing, queryList, readPage } from '../http/listing.js'
import { errors, json, type Reply } from '../http/reply.js'
import type { Permission, RequestContext, Route } from '../http/router.js'
import type { EmulatedFlow } from '../types.js'
import { documentOfVersion } from '../publish.js'
import { flowEntity, flowVersionEntity, versionIds } from './flow-entity.js'

/**
 * Largest pageSize accepted. The real limit is not documented (docs/genesys-api.md §3.1: UNCONFIRMED); Terraform
 * pages flows by 100 and many Genesys listings cap at 500, so 500 is accepted and anything above is a 400.
 */
export const MAX_PAGE_SIZE = 500

const FLOW_VIEW: Permission = { mode: 'any', permissions: ['architect:flow:view'] }
const SORT_FIELDS = ['id', 'name', 'type', 'description'] as const

/**
 * Name filter. Genesys does not document it; a third-party client of this endpoint records what the service does
 * (a code comment in a public Genesys MCP tool, README.md "Sources"): the filter is split on whitespace and every
 * word must match a whole whitespace-separated token of the name, case-insensitively and in any order; `*` is a
 * wildcard inside a word. So "billing" matches "Billing / Payments" but "bill" does not, while "bill*" does.
 */
export function nameMatches(name: string, filter: string): boolean {
  const tokens = name.toLowerCase().split(/\s+/).filter((token) => token !== '')
  const words = filter.toLowerCase().split(/\s+/).filter((word) => word !== '')
  return words.every((word) => {
    const pattern = new RegExp(`^${word.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's')
    return tokens.some((token) => pattern.test(token))
  })
}

function readBoolean(query: URLSearchParams, name: string): boolean | Reply {
  const value = query.get(name)
  if (value === null || value === '') return false
  if (value === 'true' || value === 'false') return value === 'true'
  return errors.invalidValue(value, name, ['true', 'false'])
}

function sortFlows(flows: EmulatedFlow[], query: URLSearchParams): EmulatedFlow[] | Reply {
  const sortBy = query.get('sortBy') ?? 'id'
  const sortOrder = (query.get('sortOrder') ?? 'asc').toLowerCase()
  if (!(SORT_FIELDS as readonly string[]).includes(sortBy)) return errors.invalidValue(sortBy, 'sortBy', SORT_FIELDS)
  if (sortOrder !== 'asc' && sortOrder !== 'desc') return errors.invalidValue(sortOrder, 'sortOrder', ['asc', 'desc'])
  const key = sortBy as (typeof SORT_FIELDS)[number]
  const sign = sortOrder === 'asc' ? 1 : -1
  const keyed = flows.map((flow) => ({ flow, sortKey: flow[key].toLowerCase() }))
  keyed.sort((a, b) => sign * (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.flow.id < b.flow.id ? -1 : 1))
  return keyed.map((entry) => entry.flow)
}

function listFlows(ctx: RequestContext): Reply {
  const { query, state } = ctx
  const page = readPage(query, MAX_PAGE_SIZE)
  if (isReply(page)) return page
  const deleted = readBoolean(query, 'deleted')
  if (isReply(deleted)) return deleted
  const ids = queryList(query, 'id')
  const types = queryList(query, 'type')
  for (const type of types) {
    if (!(FLOW_TYPES as readonly string[]).includes(type)) return errors.invalidValue(type, 'type', FLOW_TYPES)
  }
  const name = query.get('name')
  let flows = state.org.flows.filter((flow) => deleted || !flow.deleted)
  if (ids.length > 0) {
    // With ids, the other filters are ignored (docs/genesys-api.md §3.1).
    const wanted = new Set(ids)
    flows = flows.filter((flow) => wanted.has(flow.id))
  } else {
    if (types.length > 0) flows = flows.filter((flow) => types.includes(flow.type))
    if (name) flows = flows.filter((flow) => nameMatches(flow.name, name))
  }
  const sorted = sortFlows(flows, query)
  if (isReply(sorted)) return sorted
  return listing(sorted, page, ctx.path, query, flowEntity)
}

function lookupFlows(ctx: RequestContext): Reply {
  const ids = queryList(ctx.query, 'id')
  if (ids.length === 0) return errors.badRequest('The query parameter [id] is required: give one or more flow ids.')
  const page = readPage(ctx.query, MAX_PAGE_SIZE)
  if (isReply(page)) return page
  const wanted = new Set(ids)
  const flows = ctx.state.org.flows.filter((flow) => wanted.has(flow.id) && !flow.deleted)
  const sorted = sortFlows(flows, ctx.query)
  if (isReply(sorted)) return sorted
  return listing(sorted, page, ctx.path, ctx.query, flowEntity)
}

/** The flow of `{flowId}`: 404 when unknown, 410 when deleted unless `deleted=true` asks for it. */
function findFlow(ctx: RequestContext): EmulatedFlow | Reply {
  const flow = ctx.state.flowsById.get(ctx.params.flowId!)
  if (!flow) return errors.flowNotFound()
  const allowDeleted = ctx.query.get('deleted') === 'true'
  if (flow.deleted && !allowDeleted) return errors.flowDeleted()
  return flow
}

function findVersion(ctx: RequestContext, flow: EmulatedFlow): string | Reply {
  const versionId = ctx.params.versionId!
  if (!versionIds(flow).includes(versionId)) {
    return errors.notFound(`Version [${versionId}] of flow [${flow.id}] was not found.`)
  }
  return versionId
}

export const flowRoutes: Route[] = [
  { method: 'GET', path: '/api/v2/flows', permission: FLOW_VIEW, handle: listFlows },
  { method: 'GET', path: '/api/v2/flows/lookup', permission: FLOW_VIEW, handle: lookupFlows },
  {
    method: 'GET',
    path: '/api/v2/flows/{flowId}',
    permission: FLOW_VIEW,
    handle: (ctx) => {
      const flow = findFlow(ctx)
      return isReply(flow) ? flow : json(200, flowEntity(flow))
    },
  },
  {
    method: 'GET',
    path: '/api/v2/flows/{flowId}/versions',
    permission: FLOW_VIEW,
    handle: (ctx) => {
      const flow = findFlow(ctx)
      if (isReply(flow)) return flow
      const page = readPage(ctx.query, MAX_PAGE_SIZE)
      if (isReply(page)) return page
      const versions = versionIds(flow).reverse().map((id) => flowVersionEntity(flow, id))
      return listing(versions, page, ctx.path, ctx.query)
    },
  },
  {
    method: 'GET',
    path: '/api/v2/flows/{flowId}/versions/{versionId}',
    permission: FLOW_VIEW,
    handle: (ctx) => {
      const flow = findFlow(ctx)
      if (isReply(flow)) return flow
      const version = findVersion(ctx, flow)
      return isReply(version) ? version : json(200, flowVersionEntity(flow, version))
    },
  },
  {
    method: 'GET',
    path: '/api/v2/flows/{flowId}/versions/{versionId}/configuration',
    permission: FLOW_VIEW,
    handle: (ctx) => {
      const flow = findFlow(ctx)
      if (isReply(flow)) return flow
      const version = findVersion(ctx, flow)
      // A version published with publishFlowVersion serves its own document; older ones the first document.
      return isReply(version) ? version : json(200, documentOfVersion(ctx.state, flow, version))
    },
  },
  {
    method: 'GET',
    path: '/api/v2/flows/{flowId}/latestconfiguration',
    permission: FLOW_VIEW,
    handle: (ctx) => {
      const flow = findFlow(ctx)
      return isReply(flow) ? flow : json(200, flow.document)
    },
  },
]
