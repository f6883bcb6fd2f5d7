// The call-routing step of a run (input `routing`): list the org's routing beside the flow export, plan its files,
// check it against the org's flows, review it against the previous snapshot and say where each number goes.
// In mode validate the committed routing files are checked against the committed flows instead.
import type { Finding, FlowFile, Manifest, RunChanges, SnapshotPlan, ValidationResult } from '../model.js'
import type { RoutingObjectChange, RunRouting } from '../routing-model.js'
import type { Settings } from '../settings/types.js'
import type { GenesysClient } from '../genesys/client.js'
import { lookupFlows } from '../genesys/flows-api.js'
import { listRouting, type RoutingListing } from '../genesys/routing-api.js'
import { ROUTING_KINDS, type KnownFlow, type RoutingFile, type RoutingKind, type RoutingObjects } from '../routing/types.js'
import { routingObjectsOf } from '../routing/objects.js'
import { checkRouting } from '../routing/rules.js'
import { reviewRoutingChanges } from '../routing/review.js'
import { callRoutingTable } from '../routing/table.js'
import { isRoutingKind, planRouting, routingFileOf, withRouting } from '../snapshot/routing-files.js'
import { MAX_ROUTING_FILE_BYTES, readRoutingFiles } from '../snapshot/routing-read.js'
import { errorMessage } from '../errors.js'
import { redact } from '../text/redact.js'
import { excerpt } from '../text/excerpt.js'
import { baseFile, type BaseBranch } from './change-review.js'
import type { FlowsInHand } from './flows-in-hand.js'

/** Characters of a service's error message the summary and the warning show at most. */
const FAILURE_CHARS = 400

/**
 * The moment the routing is judged at. `GENESYS_FLOW_SNAPSHOT_NOW` (an ISO date-time) is for tests only: it pins
 * the clock so a summary's "answers now" can be compared with a known answer.
 */
export function routingNow(env: NodeJS.ProcessEnv): Date {
  const pinned = env.GENESYS_FLOW_SNAPSHOT_NOW?.trim()
  if (pinned) {
    const at = new Date(pinned)
    if (!Number.isNaN(at.getTime())) return at
  }
  return new Date()
}

/** What the routing step hands the run, in either mode. */
export interface Routed {
  /** Absent in mode validate when no routing file is committed. */
  readonly routing?: RunRouting
  readonly findings: Finding[]
  /** Against the previous snapshot's routing files (mode validate: the base branch's). */
  readonly changes: RoutingObjectChange[] | Promise<RoutingObjectChange[]>
}

export interface RoutingSnapshot extends Routed {
  /** The flows' plan with the routing's files to write and delete under output-dir added. */
  readonly plan: SnapshotPlan
}

export interface RunRoutingStep {
  /** Waits for the listing, then plans, checks, reviews and logs what was not read; `undefined` when routing is off. */
  finish(previous: Manifest | null, flowPlan: SnapshotPlan, log: RoutingLog): Promise<RoutingSnapshot | undefined>
}

/** The Action's log (`@actions/core`), where the step says a kind it may not read and a listing that failed. */
export interface RoutingLog {
  notice(message: string, properties: { title: string }): void
  warning(message: string, properties: { title: string }): void
}

/** Starts the routing listing at once, so it runs while the flows are exported. */
export function beginRoutingOf(client: GenesysClient, settings: Settings, now: Date): RunRoutingStep {
  if (!settings.routing) return { finish: async () => undefined }
  // Held as a settled value, so a failure is not an unhandled rejection while the export runs.
  const listing: Promise<{ ok: RoutingListing } | { error: unknown }> = listRouting(client, ROUTING_KINDS).then(
    (ok) => ({ ok }),
    (error: unknown) => ({ error }),
  )
  // The flows the listed routes name are looked up as soon as the listing is in, beside the export, not after it.
  const early = listing
    .then(async (listed) => {
      if (!('ok' in listed)) return undefined
      const ids = referencedFlowIds(routingObjectsOf(listedFiles(listed.ok)))
      return { ids, flows: await knownFlowsOf(client, ids) }
    })
    // Kept, not dropped: a lookup that failed after the client's retries is not asked again at the end.
    .catch((error: unknown) => ({ error }))
  return {
    finish: async (previous, flowPlan, log) => {
      const listed = await listing
      // The flows' snapshot is worth more than the routing's: a listing that failed after the client's retries
      // keeps the committed routing files as they are (every kind counts as not read) and is said, not thrown.
      let failure = 'error' in listed ? excerpt(redact(errorMessage(listed.error)), FAILURE_CHARS) : undefined
      const { objects: byKind, refused } = 'ok' in listed ? listed.ok : { objects: new Map(), refused: [] }
      const previousFiles = await readRoutingFiles(settings.workspace, settings.outputDir, previous)
      const previousByPath = new Map(previousFiles.map((file) => [file.path, file.text]))
      const plan = planRouting({
        listed: byKind,
        previous: previous?.routing ?? [],
        outputDir: settings.outputDir,
        previousText: (entry) => previousByPath.get(`${settings.outputDir}/${entry.path}`) ?? null,
      })
      const objects = routingObjectsOf(plan.files)
      const ids = referencedFlowIds(objects)
      const looked = await early
      let flows: Map<string, KnownFlow>
      try {
        if (looked !== undefined && 'error' in looked) throw looked.error
        // Files kept for a kind the client may not read can name flows the listing did not: only those are looked up now.
        const left = new Set([...ids].filter((id) => !looked?.ids.has(id)))
        flows = new Map([...(looked?.flows ?? []), ...(await knownFlowsOf(client, left))])
      } catch (error) {
        // Without the org's answer no flow can be called missing: each named flow counts as there.
        failure ??= `the flows the routes name could not be looked up: ${excerpt(redact(errorMessage(error)), FAILURE_CHARS)}`
        flows = new Map([...ids].map((id) => [id, { id, name: id, published: true }]))
      }
      const unreadKinds = failure === undefined ? refused.map((entry) => entry.kind) : [...ROUTING_KINDS]
      const findings = check(plan.files, objects, flows, now, settings, unreadKinds)
      const routing: RunRouting = {
        at: now.toISOString(),
        objects: plan.entries.length,
        rows: callRoutingTable(objects, now),
        refused: refused.map((entry) => ({ ...entry })),
        ...(failure === undefined ? {} : { failure }),
      }
      const title = { title: 'genesys-flow-snapshot: call routing' }
      if (routing.refused.length > 0) log.notice(refusedNotice(routing), title)
      if (failure !== undefined) log.warning(routingFailureWarning(failure), title)
      const changes = reviewRoutingChanges(previousFiles, plan.files)
      return { plan: withRouting(flowPlan, plan), routing, findings, changes }
    },
  }
}

/** mode validate: the committed routing files, checked against the committed flows (a flow not committed is missing). */
export async function validateCommittedRouting(
  settings: Settings,
  flows: readonly FlowFile[],
  manifest: Manifest | null,
  now: Date,
  base: BaseBranch | undefined,
  log: (message: string) => void,
): Promise<Routed | undefined> {
  if (!settings.routing) return undefined
  const files = await readRoutingFiles(settings.workspace, settings.outputDir, manifest)
  const changes = reviewAgainstBase(settings, files, base, log)
  // A repository without routing files shows no Call routing table (it may never have snapshotted routing).
  if (files.length === 0) return { findings: [], changes }
  const objects = routingObjectsOf(files)
  const known = new Map<string, KnownFlow>()
  // A committed flow was exported, so it was published when the snapshot was taken.
  for (const entry of manifest?.flows ?? []) known.set(entry.id, { id: entry.id, name: entry.name, published: true })
  for (const flow of flows) if (!known.has(flow.id)) known.set(flow.id, { id: flow.id, name: flow.name, published: true })
  return {
    routing: { at: now.toISOString(), objects: files.length, rows: callRoutingTable(objects, now), refused: [] },
    findings: check(files, objects, known, now, settings, []),
    changes,
  }
}

/**
 * On a pull request, the routing changes since the base branch, read from git. Never rejects: a base manifest or
 * file that cannot be read is logged, and the run goes on without a routing review, as the flows' does.
 */
async function reviewAgainstBase(settings: Settings, files: readonly RoutingFile[], base: BaseBranch | undefined, log: (message: string) => void): Promise<RoutingObjectChange[]> {
  if (base === undefined) return []
  const { git, revision } = base
  try {
    const entries = (await base.manifest)?.routing ?? []
    const before: RoutingFile[] = []
    for (const entry of entries) {
      if (!isRoutingKind(entry.kind)) continue
      const path = `${settings.outputDir}/${entry.path}`
      // An oversized file on the base branch is left out: the object then reads as added, not as a change.
      const { text } = await baseFile(git, revision, path, MAX_ROUTING_FILE_BYTES)
      if (text !== null) before.push(routingFileOf(entry.kind, entry.id, entry.name, path, text))
    }
    return reviewRoutingChanges(before, files)
  } catch (error) {
    log(`Call routing changes are not reviewed: the base branch '${base.name}' could not be read (${errorMessage(error)}).`)
    return []
  }
}

function check(files: readonly RoutingFile[], objects: RoutingObjects, flows: ReadonlyMap<string, KnownFlow>, now: Date, settings: Settings, unreadKinds: readonly RoutingKind[]): Finding[] {
  return checkRouting({ files, objects, flows, now, unreadKinds, severities: settings.ruleSeverity })
}

/**
 * The org's flows that the routing names, looked up by id: a flow the lookup does not return is not in the org,
 * whether or not this run exported it. Cheaper than listing every flow of every type.
 */
async function knownFlowsOf(client: GenesysClient, ids: ReadonlySet<string>): Promise<Map<string, KnownFlow>> {
  if (ids.size === 0) return new Map()
  const found = await lookupFlows(client, [...ids])
  return new Map([...found.values()].map((flow) => [flow.id, { id: flow.id, name: flow.name, published: flow.hold?.unpublished !== true }]))
}

/** The warning when the routing could not be listed. */
function routingFailureWarning(failure: string): string {
  return `Call routing could not be read (${failure}); its committed files were kept as they are and checked. The flows' snapshot is not affected; the next run tries again.`
}

/** The listed objects in the form routingObjectsOf reads (only their kind and object matter there). */
function listedFiles(listing: RoutingListing): RoutingFile[] {
  return [...listing.objects].flatMap(([kind, entities]) => entities.map((object) => ({ kind, id: object.id, name: '', path: '', text: '', object })))
}

function referencedFlowIds(objects: RoutingObjects): Set<string> {
  const ids = new Set<string>()
  for (const route of objects.callRoutes) {
    for (const ref of [route.openHoursFlow, route.closedHoursFlow, route.holidayHoursFlow]) if (ref) ids.add(ref.id)
  }
  for (const group of objects.emergencyGroups) for (const entry of group.emergencyCallFlows ?? []) if (entry.emergencyFlow) ids.add(entry.emergencyFlow.id)
  return ids
}

/** One notice for the kinds the OAuth client may not read, naming each permission. */
function refusedNotice(routing: RunRouting): string {
  const kinds = routing.refused.map((entry) => `${entry.kind} (needs ${entry.permission})`).join(', ')
  return `Call routing: skipped ${kinds}: the OAuth client may not read ${routing.refused.length === 1 ? 'it' : 'them'}. Their committed files were kept as they are; add the permission to a role of the OAuth client (Admin > OAuth > Roles) to snapshot and check them, or set routing: false.`
}

/** The routing's part of the flows in hand: its table, its findings, and its changes joined to the flows'. */
export function routingInHand(
  changes: Promise<RunChanges | undefined> | undefined,
  routed: Routed | undefined,
): Pick<FlowsInHand, 'changes' | 'routing' | 'routingFindings'> {
  return {
    changes: withRoutingChanges(changes, routed?.changes),
    ...(routed?.routing ? { routing: routed.routing } : {}),
    ...(routed ? { routingFindings: routed.findings } : {}),
  }
}

/** The validation's findings with the routing checks' added. */
export function withRoutingFindings(validation: ValidationResult, findings: readonly Finding[] = []): ValidationResult {
  return findings.length === 0 ? validation : { ...validation, findings: [...validation.findings, ...findings] }
}

/** The run's changes with the routing's added; a routing change alone makes a review too. Never rejects. */
async function withRoutingChanges(
  changes: Promise<RunChanges | undefined> | undefined,
  routingChanges: readonly RoutingObjectChange[] | Promise<readonly RoutingObjectChange[]> | undefined,
): Promise<RunChanges | undefined> {
  const [flows, routing] = await Promise.all([changes, routingChanges])
  if (!routing || routing.length === 0) return flows
  return { ...(flows ?? { against: 'the previous snapshot', reviews: [], diagrams: [] }), routing }
}
