// Architect dependency tracking (docs/genesys-api.md §5): which exported flows use org resources that were
// deleted, or changed so that the flow needs republishing. Read from the two org-wide listings, a few
// pages for the whole org, never one request per flow.
import type { FlowRef, ResourceCheck, ResourceProblem } from '../model.js'
import type { GenesysClient } from './client.js'
import { GenesysApiError } from './errors.js'
import { errorMessage } from '../errors.js'
import { listPages } from './flows-api.js'
import { compareText } from '../text/compare.js'

const BASE = '/api/v2/architect/dependencytracking'
export const DEPENDENCY_TRACKING_PERMISSION = 'architect:dependencyTracking:view'
/** Terraform's page size for dependency tracking; the API's maximum is not documented. */
export const DEPENDENCY_PAGE_SIZE = 100
/** Pages read of one listing at most: 5,000 consumers is far past any org's deleted or updated set. */
const MAX_PAGES = 50
const PARTIAL_CONTENT = 206

/** `DependencyObject` and its `Dependency`s (SDK 262.0.0 index.d.ts): the fields the check reads. */
interface Dependency {
  readonly id?: string
  readonly name?: string
  readonly type?: string
  readonly deleted?: boolean
  readonly updated?: boolean
  readonly stateUnknown?: boolean
  readonly consumedResources?: readonly Dependency[]
}

/**
 * `GET …/dependencytracking/build`, once. Throws GenesysApiError (403 without `architect:dependencyTracking:view`).
 * Of the `DependencyStatus` values (SDK 262.0.0 index.d.ts: `OPERATIONALNEEDSREBUILD`, `BUILDINPROGRESS`, …),
 * only `OPERATIONAL` means the org's dependency data is complete and current.
 */
export async function readDependencyTrackingBuild(client: Requester) {
  const body = await client.request<{ status?: unknown } | undefined>({ method: 'GET', path: `${BASE}/build` })
  const status = typeof body?.status === 'string' ? body.status : ''
  return { status, operational: status === 'OPERATIONAL' }
}

/**
 * How to rebuild, for notes. This Action never starts a rebuild: it needs another permission and takes time
 * (Genesys help "Rebuild the dependency database", help.mypurecloud.com/articles/62419/).
 */
export const REBUILD_ADVICE =
  "Someone with architect:dependencyTracking:rebuild can rebuild it in Architect (the Dependency tab's gear menu > Force rebuild) or with POST /api/v2/architect/dependencytracking/build"

/** The flow object types dependency tracking lists consumers by: X → XFLOW, but WORKFLOW; SPEECH has none. */
function dependencyObjectType(flowType: string): string | undefined {
  const upper = flowType.toUpperCase()
  if (upper === '' || upper === 'SPEECH') return undefined
  return upper === 'WORKFLOW' ? upper : `${upper}FLOW`
}

/** Flows as resources are left to missing-flow, which reads the calls in the documents themselves. */
function isFlowObjectType(type: string): boolean {
  return type === 'WORKFLOW' || type.endsWith('FLOW')
}

export type PendingResourceCheck = ReturnType<typeof beginResourceCheck>

/**
 * The resource check of one run: the build status, then the deleted- and updated-resource consumers of the given flow
 * types (every type the run may export). The listings are org-wide, so the requests start now, beside the export;
 * `finish` reads them for the flows exported. Any failure skips the check with a note: it must not cost the snapshot.
 */
export function beginResourceCheck(client: GenesysClient, flowTypes: readonly string[]) {
  // Counted by this check alone: the export's requests run beside it on the same client.
  let requests = 0
  const counted: Requester = { request: (request) => client.request({ ...request, onSent: () => requests++ }) }
  const objectTypes = [...new Set(flowTypes.map(dependencyObjectType).filter((type): type is string => type !== undefined))].sort()
  const read = readConsumers(counted, objectTypes)
  return {
    /** The check's outcome for the flows the run exported; never rejects. */
    async finish(flows: readonly Pick<FlowRef, 'id' | 'type'>[]): Promise<ResourceCheck> {
      const outcome = await read
      if ('error' in outcome) {
        const denied = outcome.error instanceof GenesysApiError && outcome.error.status === 403
        const note = denied
          ? `Resource check skipped: the OAuth client lacks ${DEPENDENCY_TRACKING_PERMISSION}, so deleted queues, data actions and other resources the flows use were not checked. Add that permission to a role of the OAuth client, or set check-resources: false.`
          : `Resource check skipped: dependency tracking could not be read (${errorMessage(outcome.error)}). The snapshot is complete; deleted resources were not checked this run.`
        // Both listings failing still leaves the build status they were read under (report.json shows it).
        const buildStatus = ('build' in outcome && outcome.build?.status) || ''
        return { outcome: denied ? 'no-permission' : 'failed', buildStatus, incomplete: true, problems: [], requests, note }
      }
      const { build, deleted, updated, partial, missing } = outcome
      const stale = partial || !build.operational
      const incomplete = stale || missing.length > 0
      const problems = problemsOf(new Set(flows.map((flow) => flow.id)), deleted, updated, incomplete)
      const data = build.operational ? 'being rebuilt (HTTP 206)' : `not current (build status ${build.status || 'unknown'})`
      const note = [
        // One listing's findings stand without the other's: the note names what was not checked.
        missing.length > 0 ? `Resource check partial: ${missing.join('; ')}. The findings of the other listing are reported.` : '',
        stale ? `Resource findings may be incomplete: the org's dependency tracking data is ${data}. ${REBUILD_ADVICE}, then run again.` : '',
      ].filter((text) => text !== '').join(' ')
      return { outcome: 'checked', buildStatus: build.status, incomplete, problems, requests, note }
    },
  }
}

/** What the check sends its requests through: the client, or the client counting the check's own requests. */
type Requester = Pick<GenesysClient, 'request'>

const LISTING_FINDS = {
  deletedresourceconsumers: 'deleted resources',
  updatedresourceconsumers: 'updated resources',
} as const

/**
 * The build status, then both consumer listings, each standing on its own: one that fails (or is cut at MAX_PAGES)
 * leaves the other's findings, and is named in `missing`; `partial`: a listing answered 206 (data being rebuilt).
 * A failure of the build status is returned, never thrown (it is read later).
 */
async function readConsumers(client: Requester, objectTypes: readonly string[]) {
  const build = await readDependencyTrackingBuild(client).catch((error: unknown) => ({ error }))
  if ('error' in build) return { error: build.error }
  if (objectTypes.length === 0) return { build, deleted: [], updated: [], partial: false, missing: [] }
  let partial = false
  const onStatus = (status: number): void => {
    if (status === PARTIAL_CONTENT) partial = true
  }
  const missing: string[] = []
  const read = async (listing: keyof typeof LISTING_FINDS, filter: Readonly<Record<string, string | readonly string[]>>): Promise<Dependency[] | unknown> => {
    try {
      const query = { ...filter, consumedResources: true }
      const request = { method: 'GET', path: `${BASE}/${listing}`, query, onStatus } as const
      const listed = await listPages<Dependency>(client, request, DEPENDENCY_PAGE_SIZE, MAX_PAGES)
      if (listed.capped) missing.push(`${LISTING_FINDS[listing]} were read only up to ${MAX_PAGES} pages of ${DEPENDENCY_PAGE_SIZE} (${listing} has more)`)
      return listed.entities
    } catch (error) {
      missing.push(`${LISTING_FINDS[listing]} were not checked (${listing}: ${errorMessage(error)})`)
      return error
    }
  }
  const [deleted, updated] = await Promise.all([
    read('deletedresourceconsumers', { objectType: objectTypes, flowFilter: 'published' }),
    read('updatedresourceconsumers', { objectType: objectTypes }),
  ])
  // Both failing is no check at all: the first failure says why.
  if (!Array.isArray(deleted) && !Array.isArray(updated)) return { error: deleted, build }
  return { build, deleted: Array.isArray(deleted) ? deleted : [], updated: Array.isArray(updated) ? updated : [], partial, missing }
}

/**
 * One problem per flow and resource (deleted wins over updated). `stateUnknown` is not reported while the
 * data is incomplete: during a rebuild it says nothing about the resource.
 */
function problemsOf(
  flowIds: ReadonlySet<string>,
  deletedConsumers: readonly Dependency[],
  updatedConsumers: readonly Dependency[],
  incomplete: boolean,
): ResourceProblem[] {
  const byKey = new Map<string, ResourceProblem>()
  // The deleted-resource listing is read for deletions alone.
  const stateOf = (resource: Dependency, listing: 'deleted' | 'updated'): ResourceProblem['state'] | undefined => {
    if (resource.deleted === true) return 'deleted'
    if (listing === 'deleted') return undefined
    if (resource.updated === true) return 'updated'
    return resource.stateUnknown === true && !incomplete ? 'stateUnknown' : undefined
  }
  for (const [listing, consumers] of [['deleted', deletedConsumers], ['updated', updatedConsumers]] as const) {
    for (const consumer of consumers) {
      if (typeof consumer.id !== 'string' || !flowIds.has(consumer.id)) continue
      for (const resource of consumer.consumedResources ?? []) {
        const resourceType = (resource.type ?? '').toUpperCase()
        const state = stateOf(resource, listing)
        if (state === undefined || typeof resource.id !== 'string' || resource.id === '' || isFlowObjectType(resourceType)) continue
        const key = `${consumer.id}\u0000${resource.id}`
        const known = byKey.get(key)
        if (known !== undefined && (known.state === 'deleted' || state !== 'deleted')) continue
        const resourceName = resource.name ?? ''
        byKey.set(key, { flowId: consumer.id, resourceId: resource.id, resourceName, resourceType, state })
      }
    }
  }
  return [...byKey.values()].sort((a, b) => compareText(a.flowId, b.flowId) || compareText(a.resourceId, b.resourceId))
}
