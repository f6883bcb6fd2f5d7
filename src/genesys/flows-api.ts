// Reading Flow entities: listing by type and lookup by id (docs/genesys-api.md §3.1, §3.3), with the fewest
// requests the paging allows.
import type { FlowHold, FlowRef, FlowType } from '../model.js'
import type { ApiRequest, GenesysClient } from './client.js'
import { GenesysApiError } from './errors.js'

interface FlowEntity {
  readonly id: string
  readonly name?: string
  readonly type?: string
  readonly publishedVersion?: { readonly id?: string }
  readonly checkedInVersion?: { readonly id?: string }
  readonly lockedUser?: { readonly id?: string; readonly name?: string }
  readonly lockedClient?: { readonly id?: string; readonly name?: string }
}

/** One page of a listing, as every paged Genesys listing answers it. */
interface Listing<E> {
  readonly entities?: readonly E[]
  readonly pageCount?: number
}

const PATH = '/api/v2/flows'
/**
 * The largest page the flows listing takes, as Genesys's own Terraform provider lists flows
 * (terraform-provider-genesyscloud #2362). A server that refuses it gets 100, which every listing accepts.
 */
const LIST_PAGE_SIZE = 500
/** Ids per lookup request: about 4 KB of query string, well under common URL limits. */
const LOOKUP_BATCH = 100

export function toFlowRef(entity: FlowEntity): FlowRef {
  return {
    id: entity.id,
    name: entity.name ?? '',
    // The API answers upper-case (INBOUNDCALL); the model and the file layout use lower-case. A type
    // newer than FLOW_TYPES is kept as Genesys names it rather than dropped.
    type: (entity.type ?? '').toLowerCase() as FlowType,
    version: entity.publishedVersion?.id ?? entity.checkedInVersion?.id ?? '',
    ...holdOf(entity),
  }
}

/** What may keep a flow from being exported; nothing for an ordinary published flow. */
function holdOf(entity: FlowEntity): { hold?: FlowHold } {
  const locker = entity.lockedUser ?? entity.lockedClient
  const hold: FlowHold = {
    ...(entity.publishedVersion?.id ? {} : { unpublished: true as const }),
    ...(locker ? { lockedBy: locker.name || locker.id || 'another user' } : {}),
    ...((entity.type ?? '').toUpperCase() === 'SECURECALL' ? { secure: true as const } : {}),
  }
  return Object.keys(hold).length === 0 ? {} : { hold }
}

/** Page sizes a listing steps down through when the server refuses one with 400: 100 and 25 every listing takes. */
const SMALLER_PAGE_SIZES = [100, 25]

/**
 * The entities of a listing's pages (at most `maxPages`; `capped`: some were left out). The first page is read at
 * the largest size the server takes (after a 400, as the flows listing, the lookup and dependency tracking all may
 * answer, at the next smaller size); it tells pageCount, and the rest are fetched side by side.
 */
export async function listPages<E>(
  client: Pick<GenesysClient, 'request'>,
  request: ApiRequest,
  pageSize: number,
  maxPages = Infinity,
): Promise<{ entities: E[]; capped: boolean }> {
  const page = (pageNumber: number, size: number): Promise<Listing<E> | undefined> =>
    client.request({ ...request, query: { ...request.query, pageSize: size, pageNumber } })
  const sizes = [pageSize, ...SMALLER_PAGE_SIZES.filter((size) => size < pageSize)]
  for (let index = 0; ; index++) {
    let first: Listing<E> | undefined
    try {
      first = await page(1, sizes[index]!)
    } catch (error) {
      if (error instanceof GenesysApiError && error.status === 400 && index < sizes.length - 1) continue
      throw error
    }
    const announced = Math.max(1, first?.pageCount ?? 1)
    const more = Array.from({ length: Math.min(maxPages, announced) - 1 }, (_, at) => page(at + 2, sizes[index]!))
    const rest = await Promise.all(more)
    return { entities: [first, ...rest].flatMap((listing) => listing?.entities ?? []), capped: announced > maxPages }
  }
}

/** Flows of the given types, listed in as few requests as the paging allows (all types in one query). */
export async function listFlowsOfTypes(client: GenesysClient, types: readonly FlowType[]): Promise<FlowRef[]> {
  const request = { method: 'GET', path: PATH, query: typeListing(types) } as const
  const { entities } = await listPages<FlowEntity>(client, request, LIST_PAGE_SIZE)
  // A flow that moved between pages while they were read is listed twice: the last listing wins.
  return [...new Map(entities.map((entity) => [entity.id, toFlowRef(entity)])).values()]
}

/** The listing of these types, in one query (types comma-joined), in a stable order. */
function typeListing(types: readonly FlowType[]): ApiRequest['query'] {
  return { type: types, sortBy: 'id', sortOrder: 'asc' }
}

/** The first page of a listing of these types, and how many flows the whole listing holds. */
export async function listFlowPage(client: GenesysClient, types: readonly FlowType[], pageSize = 25): Promise<{ flows: FlowRef[]; total: number }> {
  const page = await client.request<Listing<FlowEntity> & { total?: number }>({
    method: 'GET',
    path: PATH,
    query: { ...typeListing(types), pageSize, pageNumber: 1 },
  })
  const flows = (page.entities ?? []).map(toFlowRef)
  return { flows, total: page.total ?? flows.length }
}

/** The Flow entities of these ids that exist; the others are simply absent from the result. */
export async function lookupFlows(client: GenesysClient, ids: readonly string[]): Promise<Map<string, FlowRef>> {
  const unique = [...new Set(ids)]
  const batches: string[][] = []
  for (let start = 0; start < unique.length; start += LOOKUP_BATCH) batches.push(unique.slice(start, start + LOOKUP_BATCH))
  const found = await Promise.all(
    batches.map((id) => listPages<FlowEntity>(client, { method: 'GET', path: `${PATH}/lookup`, query: { id } }, id.length)),
  )
  return new Map(found.flatMap((listing) => listing.entities).map((entity) => [entity.id, toFlowRef(entity)]))
}
