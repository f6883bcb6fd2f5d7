// Reading the org's call routing: call routes (Architect IVRs), schedule groups, schedules and emergency groups,
// each listed page by page through the client (docs/genesys-api.md §5a). A kind the OAuth client may not read
// is skipped and named, so the rest of the run goes on.
import type { RoutingKind } from '../routing/types.js'
import type { GenesysClient } from './client.js'
import { GenesysApiError } from './errors.js'
import { listPages } from './flows-api.js'

/** The API path and the permission of each routing kind. */
export const ROUTING_ENDPOINTS: Readonly<Record<RoutingKind, { readonly path: string; readonly permission: string }>> = {
  'call-routes': { path: '/api/v2/architect/ivrs', permission: 'routing:callRoute:view' },
  'schedule-groups': { path: '/api/v2/architect/schedulegroups', permission: 'routing:scheduleGroup:view' },
  schedules: { path: '/api/v2/architect/schedules', permission: 'routing:schedule:view' },
  'emergency-groups': { path: '/api/v2/architect/emergencygroups', permission: 'routing:emergencyGroup:view' },
}

/**
 * Objects a page. These listings' largest page is not documented; 100 is the size every Genesys listing takes,
 * and an org has tens of routes and schedules, not thousands.
 */
const ROUTING_PAGE_SIZE = 100

/** One routing object as the API answered it: a JSON object with at least a string `id`. */
export type RoutingEntity = Record<string, unknown> & { readonly id: string }

export interface RoutingListing {
  /** The objects of each kind that could be read, in the API's order. */
  readonly objects: ReadonlyMap<RoutingKind, readonly RoutingEntity[]>
  /** Kinds the OAuth client may not read (403), with the permission it lacks. */
  readonly refused: readonly { readonly kind: RoutingKind; readonly permission: string }[]
}

/** Every object of the four kinds, the kinds side by side; throws on anything but a 403 (the client retried already). */
export async function listRouting(client: GenesysClient, kinds: readonly RoutingKind[]): Promise<RoutingListing> {
  const objects = new Map<RoutingKind, RoutingEntity[]>()
  const refused: { kind: RoutingKind; permission: string }[] = []
  await Promise.all(
    kinds.map(async (kind) => {
      const { path, permission } = ROUTING_ENDPOINTS[kind]
      try {
        objects.set(kind, await listAllPages(client, path))
      } catch (error) {
        if (!(error instanceof GenesysApiError && error.status === 403)) throw error
        refused.push({ kind, permission })
      }
    }),
  )
  refused.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind))
  return { objects, refused }
}

/** Every page of one kind, through the paging every listing shares (a page size refused with 400 is asked smaller). */
async function listAllPages(client: GenesysClient, path: string): Promise<RoutingEntity[]> {
  const request = { method: 'GET', path, query: { sortBy: 'name', sortOrder: 'asc' } } as const
  const { entities } = await listPages<unknown>(client, request, ROUTING_PAGE_SIZE)
  const byId = new Map<string, RoutingEntity>()
  // An object renamed while the pages were read may show on two pages: the last one read wins.
  for (const entity of entities) if (isEntity(entity)) byId.set(entity.id, entity)
  return [...byId.values()]
}

function isEntity(value: unknown): value is RoutingEntity {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string'
}
