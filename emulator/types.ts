// The public shapes of the emulator. Nothing here depends on src/: the emulator stands apart from the product.

/** A fault that strikes every time (`true`) or the first n times after the faults were set. */
export type CountedFault = boolean | number

/** Faults injected into a run. Every random choice is drawn from the seed, so a run repeats exactly. */
export interface FaultOptions {
  /** Share (0..1) of API requests answered with a 5xx (500, 502, 503 or 504, standard error body). */
  serverErrorRate?: number
  /** API requests number `from` .. `from + count - 1` (1-based, counted across all clients) answer 429. */
  throttleBurst?: { from: number; count: number }
  /** After this many authenticated API requests since the faults were set, every token issued so far is revoked (401 afterwards). */
  revokeTokenAfterRequests?: number
  /**
   * Export jobs that end in `Failure`: a number n fails the first n jobs registered after the fault is set;
   * 'all' fails every job; a list of flow ids fails any job that includes one of them.
   */
  failJobs?: number | 'all' | readonly string[]
  /** Share (0..1) of export jobs that end in `Failure`, drawn per job from the seed (a flaky service). */
  jobFailureRate?: number
  /**
   * The export service's capacity: how many of this org's export jobs it runs at once. A job registered while
   * that many are running ends in `Failure` with Archy's exit-107 messages naming one of its flows, as a real
   * overloaded service does (terraform-provider-genesyscloud#2061), after the fixed part of a job's time; it
   * takes no capacity. Combine with `jobFailureRate` for the share of the other jobs that fail that way anyway.
   */
  exportCapacity?: number
  /**
   * Download URLs are already expired when the job hands them out (403 from the object store). `true`: every
   * URL; a number n: the first n URLs after the faults were set (a fault that happens n times, then stops).
   */
  expireDownloads?: CountedFault
  /** The object store announces the full Content-Length, sends half of the bytes and drops the connection (every download, or the first n). */
  truncateDownload?: CountedFault
  /** The object store sends the right length of corrupted bytes, a bad zip or a file that is not base64 (every download, or the first n). */
  malformDownload?: CountedFault
  /** The object store answers 429 with `Retry-After: seconds` (every download, or the first n). */
  throttleDownloads?: { count: CountedFault; retryAfterSeconds: number }
  /** Polls of the first n export jobs registered after the faults were set answer 404, as for a job the service lost. */
  lostJobs?: number
  /** Exports hold each flow as bare JSON (`<fileName>.json`), not the base64 `.i3` encoding: a format a client may meet. */
  rawJsonExports?: boolean
  /**
   * Listings whose path ends so answer `status` (400 "pageSize too large", or 404 as for a route a region lacks),
   * for a pageSize above `whenPageSizeAbove` (every request when absent).
   */
  refuseListings?: readonly { pathEndsWith: string; status: 400 | 404; whenPageSizeAbove?: number }[]
  /** Every API, login and download answer waits this long before it is sent. */
  slowMs?: number
  /**
   * How a zip's entries are named, where the real service's naming is unconfirmed: `flow-name` ignores the
   * requested fileName (`<flow name>_v<major>-<minor><ext>`, as exports without one are named); `folders` puts each
   * file in a folder of its flow type; `other-extension` names them `<fileName>.json`.
   */
  exportEntryNames?: 'flow-name' | 'folders' | 'other-extension'
  /** A job registration of more flows than `limit` is refused with `status` (413, or 400 saying the maximum). */
  maxFlowsPerJob?: { limit: number; status: 400 | 413 }
  /** The status a running job reports instead of `Started` (e.g. a newer value such as `Queued` that clients do not know). */
  runningJobStatus?: string
  /** Export jobs that include a flow locked by a user, or a secure flow, end in `Failure` naming it. */
  refuseHeldFlows?: boolean
  /** Share (0..1) of API requests answered 502 with an HTML page, as a gateway in front of the API would. */
  htmlInsteadOfJson?: number
}

export interface EmulatorOptions {
  /** 0 (default) = a free port. The host is always 127.0.0.1. Login and API share this port. */
  port?: number
  /** Size of the generated org (default 12). Ignored when `orgDir` is given. */
  flows?: number
  /** Seed of the generated org and of the faults (default 1). */
  seed?: number | string
  /** Load the org from a folder of flow configuration JSON files instead of generating it. */
  orgDir?: string
  /** Plant the defects listed in `org.planted` (default true); false generates a clean org. */
  plant?: boolean
  /** Extra flows marked deleted (410 on GET, hidden from listings unless `deleted=true`). Default 0. */
  deletedFlows?: number
  /** API requests allowed per OAuth client per window (default 300). */
  requestsPerMinute?: number
  /** Length of the rate-limit window (default 60 000 ms); a benchmark may shrink it to scale the clock. */
  rateWindowMs?: number
  /** Token requests allowed per client id per window at `/oauth/token` (default 300). */
  tokenRequestsPerMinute?: number
  /** An export job reads `Registered` until this many ms after it was registered (default 0). */
  jobStartedAfterMs?: number
  /** An export job reads `Started` until this many ms after it was registered, then Success/Failure (default 200). */
  jobDoneAfterMs?: number
  /** Added to `jobDoneAfterMs` for each flow in the job, as a real exporter takes longer for more flows (default 0). */
  jobDoneAfterMsPerFlow?: number
  /** Lifetime of a download URL (default 300 000 ms). */
  downloadTtlMs?: number
  /** `expires_in` of issued tokens (default 86 399 s, as in the real capture). */
  tokenTtlSeconds?: number
  faults?: FaultOptions
  /**
   * Dependency tracking build status (`GET …/dependencytracking/build`), default `OPERATIONAL`. Any other value
   * (`BUILDINPROGRESS`, `OPERATIONALNEEDSREBUILD`, …) makes the dependency lookups answer 206 with partial data.
   */
  dependencyBuildStatus?: string
  /**
   * The emulator's clock (epoch ms), Date.now by default. Tests pass their own to move job statuses, token and
   * download expiry and rate windows forward without waiting.
   */
  clock?: () => number
}

export type FlowTypeName = string

/** One flow of the emulated org. `document` is the configuration JSON served and exported. */
export interface EmulatedFlow {
  id: string
  name: string
  /** Lower-case, as in the configuration JSON (`inboundcall`); the API answers it upper-case. */
  type: FlowTypeName
  /** Published version id, e.g. "3.0". */
  version: string
  description: string
  deleted: boolean
  document: Record<string, unknown>
  /** False: saved and checked in but never published (no `publishedVersion`). Default true. */
  published?: boolean
  /** The user editing the flow in Architect (`lockedUser`); absent when unlocked. */
  lockedBy?: string
}

/** An org resource flows use (queues, data actions), as dependency tracking knows it. */
export interface EmulatedResource {
  id: string
  name: string
  /** Dependency-tracking object type: `QUEUE`, `DATAACTION`. */
  type: string
  deleted: boolean
  /** Changed in a way that needs its consuming flows republished. */
  updated: boolean
}

/** A defect the generator put into the org on purpose, for tests to compare with the validator's findings. */
export interface PlantedFinding {
  rule: 'broken-reference' | 'missing-flow' | 'flow-cycle' | 'deleted-resource'
  flowId: string
  /** The action carrying the bad reference (broken-reference, missing-flow), or using the deleted resource. */
  nodeId?: string
  /** For deleted-resource: the deleted queue or data action. */
  resourceId?: string
  detail: string
  /** For flow-cycle: the flow ids of the cycle, the first repeated at the end. */
  path?: string[]
}

export interface EmulatedOrg {
  flows: EmulatedFlow[]
  planted: PlantedFinding[]
  /** Queues and data actions of the org, deleted ones included (empty for an org loaded from a folder). */
  resources: EmulatedResource[]
  /** Call routes, schedule groups, schedules and emergency groups (empty for an org loaded from a folder). */
  routing: EmulatedRouting
}

/** `{id, name}` of another object, as routing objects embed it (the API adds `selfUri`). */
export interface RoutingRef {
  id: string
  name: string
}

/** The routing objects' own fields; the served entities add division, save stamps and `selfUri`. */
export interface EmulatedCallRoute {
  id: string
  name: string
  version: number
  dnis: string[]
  openHoursFlow?: RoutingRef
  closedHoursFlow?: RoutingRef
  holidayHoursFlow?: RoutingRef
  scheduleGroup?: RoutingRef
}

export interface EmulatedScheduleGroup {
  id: string
  name: string
  version: number
  timeZone: string
  openSchedules: RoutingRef[]
  closedSchedules: RoutingRef[]
  holidaySchedules: RoutingRef[]
}

export interface EmulatedSchedule {
  id: string
  name: string
  version: number
  /** Local date-times `yyyy-MM-ddTHH:mm:ss.SSS`, read in the zone of the group that uses the schedule. */
  start: string
  end: string
  rrule?: string
}

export interface EmulatedEmergencyGroup {
  id: string
  name: string
  version: number
  enabled: boolean
  emergencyCallFlows: { emergencyFlow: RoutingRef; ivrs: RoutingRef[] }[]
}

export interface EmulatedRouting {
  callRoutes: EmulatedCallRoute[]
  scheduleGroups: EmulatedScheduleGroup[]
  schedules: EmulatedSchedule[]
  emergencyGroups: EmulatedEmergencyGroup[]
  /** The routing defects planted on purpose, for tests to compare with the routing checks' findings. */
  planted: PlantedRoutingFinding[]
}

export interface PlantedRoutingFinding {
  rule: 'route-flow-missing' | 'missing-schedule' | 'schedule-ended'
  /** The kind and id of the object whose committed file carries the defect. */
  kind: 'call-routes' | 'schedule-groups' | 'schedules' | 'emergency-groups'
  objectId: string
  detail: string
}

/** One edit of the org's routing, as an admin would make it between two runs. */
export type RoutingEdit =
  /** A call route's open, closed or holiday hours sent to another flow. */
  | { kind: 'repoint-route'; routeId: string; hours: 'open' | 'closed' | 'holiday'; flow: RoutingRef }
  /** An emergency group switched on or off. */
  | { kind: 'emergency'; groupId: string; enabled: boolean }
  /** A schedule's local start and end (and recurrence, when given) changed. */
  | { kind: 'reschedule'; scheduleId: string; start: string; end: string; rrule?: string }

export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, string | string[]>
  status: number
  /** The OAuth client the request was made as; empty when it carried no valid credentials. */
  clientId: string
  listener: 'api' | 'login' | 'download'
  /** Epoch ms when the request arrived. */
  at: number
}

export interface ClientSpec {
  clientId: string
  clientSecret: string
  /** Permissions granted; default: every permission the emulator checks. */
  permissions?: string[]
  /** False = a client without the client-credentials grant (400 unauthorized_client). Default true. */
  clientCredentialsGrant?: boolean
}

export interface Emulator {
  apiUrl: string
  loginUrl: string
  /** Base URL of the object-store listener that serves export downloads. */
  downloadUrl: string
  clientId: string
  clientSecret: string
  org: EmulatedOrg
  requests: RequestLogEntry[]
  setFaults(f: FaultOptions): void
  /** Clears faults, tokens, rate-limit windows, jobs and the request log; keeps the org and the clients. */
  reset(): void
  revokeTokens(): void
  /** Every access token issued since start or the last reset: tests scan a run's output for them. */
  issuedTokens(): string[]
  addClient(c: ClientSpec): void
  /**
   * Deletes a queue or data action in the org (as an admin would between two runs): dependency tracking then
   * reports its consumers. The id must be a resource of `org.resources` or one that a flow uses.
   */
  deleteResource(id: string): void
  /** Marks a resource changed so that its consumers need republishing (`updated` in dependency tracking). */
  updateResource(id: string): void
  /** Sets the dependency tracking build status (`OPERATIONAL`, `BUILDINPROGRESS`, …); kept by `reset()`. */
  setDependencyBuild(status: string): void
  /**
   * Publishes the next version of a flow ("3.0" → "4.0") with `edits` applied to its document, as a person
   * would in Architect; listings, /versions, configurations and export jobs serve it from then on.
   */
  publishFlowVersion(flowId: string, edits: FlowEdit | readonly FlowEdit[]): PublishedVersion
  /** Changes a routing object (its version goes up by one); listings and `/{id}` serve the change from then on. */
  editRouting(edit: RoutingEdit): void
  /** The export jobs registered since the last reset, with when the service had each done: for benchmarks' timelines. */
  exportJobs(): ExportJobTrace[]
  close(): Promise<void>
}

export interface ExportJobTrace {
  readonly id: string
  readonly createdAt: number
  readonly doneAt: number
  readonly flows: number
  readonly failed: boolean
  readonly overCapacity: boolean
}

/** One edit of a published flow. Actions are found by name, or the first that fits when no name is given. */
export type FlowEdit =
  /** A Play Audio action inserted after `after` (default: the first action that has a next action). */
  | { kind: 'add-action'; name: string; sentence: string; after?: string }
  /** A Decision's output (default: its empty one, else No) re-pointed at `to` (default: where its branches merge). */
  | { kind: 'rewire-decision'; decision?: string; output?: 'yes' | 'no'; to?: string }
  /** The first queue of the first Transfer to ACD swapped for `queue` (default: another known queue), in the document's `manifest` too. */
  | { kind: 'swap-queue'; queue?: { id: string; name: string } }
  /** The text-to-speech sentence of a Play Audio action (default: the first). */
  | { kind: 'change-prompt'; action?: string; sentence: string }
  | { kind: 'rename'; name: string }
  /** Tracking numbers and collapsed state only, as when a flow is rearranged and published again. */
  | { kind: 'layout-only' }

/** What an edit did, for tests to compare with a review of the change. */
export interface PublishedEdit {
  kind: FlowEdit['kind']
  detail: string
  itemName?: string
  actionId?: string
  /** The old and new name or text where the edit replaced one (queue names, prompt sentences, flow names, …). */
  from?: string
  to?: string
}

export interface PublishedVersion {
  flowId: string
  previousVersion: string
  version: string
  edits: PublishedEdit[]
}
