// The mutable world of one emulator: org, clients, tokens, jobs, faults and the request log.

import { createRandom, type Random } from './random.js'
import { createRateLimiter, type RateLimiter } from './rate-limit.js'
import type { ClientSpec, EmulatedFlow, EmulatedOrg, EmulatedResource, EmulatorOptions, FaultOptions, RequestLogEntry } from './types.js'

/** Every permission the emulator checks; a client gets them all unless told otherwise. */
export const ALL_PERMISSIONS = [
  'architect:flow:view',
  'architect:jobExport:create',
  'architect:jobExport:view',
  'architect:dependencyTracking:view',
  'architect:dependencyTracking:rebuild',
  'routing:callRoute:view',
  'routing:scheduleGroup:view',
  'routing:schedule:view',
  'routing:emergencyGroup:view',
] as const

export interface Settings {
  requestsPerMinute: number
  rateWindowMs: number
  tokenRequestsPerMinute: number
  jobStartedAfterMs: number
  jobDoneAfterMs: number
  jobDoneAfterMsPerFlow: number
  downloadTtlMs: number
  tokenTtlSeconds: number
  seed: number | string
}

export interface ClientRecord {
  clientId: string
  clientSecret: string
  permissions: Set<string>
  clientCredentialsGrant: boolean
}

export interface TokenRecord {
  clientId: string
  expiresAt: number
  revoked: boolean
}

export interface ExportFileSpec {
  flow: EmulatedFlow
  fileName: string
}

export interface ExportJob {
  id: string
  clientId: string
  createdAt: number
  files: ExportFileSpec[]
  /** Error texts of a failed job, decided when it is registered so its outcome never changes between polls. */
  failure?: string[]
  /** Its polls answer 404 (`lostJobs`). */
  lost?: boolean
  /** Registered beyond `exportCapacity`: it fails after the fixed part of a job's time and takes no capacity. */
  overCapacity?: boolean
  /** Being built from the moment the job is registered, as a real service builds it while the job runs. */
  building?: Promise<void>
  /** Set once built, then kept. */
  download?: { name: string; bytes: Uint8Array; contentType: string }
  /** Signed when the job is first seen finished, and signed again on a poll after it expired. */
  downloadUrl?: string
  downloadUrlExpiresAt?: number
}

export interface EmulatorState {
  settings: Settings
  org: EmulatedOrg
  flowsById: Map<string, EmulatedFlow>
  /** `org.resources` by id; resources deleted or updated at run time are added or changed here and there. */
  resourcesById: Map<string, EmulatedResource>
  /** Dependency tracking build status; anything but OPERATIONAL makes dependency lookups answer 206. */
  dependencyBuildStatus: string
  /** Documents of the versions published with `publishFlowVersion`, by flow id and version id. */
  versionDocuments: Map<string, Map<string, Record<string, unknown>>>
  clients: Map<string, ClientRecord>
  tokens: Map<string, TokenRecord>
  jobs: Map<string, ExportJob>
  faults: FaultOptions
  /** Draws for tokens and job ids; re-seeded on reset so a run repeats. */
  random: Random
  /** Draws for faults, two per API request whatever faults are set, so one fault never shifts another. */
  faultRandom: Random
  /** One draw per registered export job, for `jobFailureRate`. */
  jobRandom: Random
  apiRequestCount: number
  authenticatedRequestCount: number
  /** How often each counted fault has struck since the faults were set. */
  countedFaultUses: Map<string, number>
  jobsRegisteredSinceFaults: number
  requests: RequestLogEntry[]
  apiLimiter: RateLimiter
  loginLimiter: RateLimiter
  now: () => number
}

export function resolveSettings(options: EmulatorOptions): Settings {
  return {
    requestsPerMinute: options.requestsPerMinute ?? 300,
    rateWindowMs: options.rateWindowMs ?? 60_000,
    tokenRequestsPerMinute: options.tokenRequestsPerMinute ?? 300,
    jobStartedAfterMs: options.jobStartedAfterMs ?? 0,
    jobDoneAfterMs: options.jobDoneAfterMs ?? 200,
    jobDoneAfterMsPerFlow: options.jobDoneAfterMsPerFlow ?? 0,
    downloadTtlMs: options.downloadTtlMs ?? 300_000,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 86_399,
    seed: options.seed ?? 1,
  }
}

export function createState(settings: Settings, org: EmulatedOrg, faults: FaultOptions, clock: () => number = Date.now): EmulatorState {
  return {
    settings,
    org,
    flowsById: new Map(org.flows.map((flow) => [flow.id, flow])),
    resourcesById: new Map(org.resources.map((resource) => [resource.id, resource])),
    dependencyBuildStatus: 'OPERATIONAL',
    versionDocuments: new Map(),
    clients: new Map(),
    tokens: new Map(),
    jobs: new Map(),
    faults: { ...faults },
    random: createRandom(`${settings.seed}:runtime`),
    faultRandom: createRandom(`${settings.seed}:faults`),
    jobRandom: createRandom(`${settings.seed}:jobs`),
    apiRequestCount: 0,
    authenticatedRequestCount: 0,
    countedFaultUses: new Map(),
    jobsRegisteredSinceFaults: 0,
    requests: [],
    apiLimiter: createRateLimiter(settings.requestsPerMinute, settings.rateWindowMs),
    loginLimiter: createRateLimiter(settings.tokenRequestsPerMinute, settings.rateWindowMs),
    now: clock,
  }
}

export function addClient(state: EmulatorState, spec: ClientSpec): void {
  state.clients.set(spec.clientId, {
    clientId: spec.clientId,
    clientSecret: spec.clientSecret,
    permissions: new Set(spec.permissions ?? ALL_PERMISSIONS),
    clientCredentialsGrant: spec.clientCredentialsGrant ?? true,
  })
}

/** Back to a fresh run: the org and the clients stay, everything that happened is forgotten. */
export function resetState(state: EmulatorState): void {
  state.tokens.clear()
  state.jobs.clear()
  state.faults = {}
  state.random = createRandom(`${state.settings.seed}:runtime`)
  state.faultRandom = createRandom(`${state.settings.seed}:faults`)
  state.jobRandom = createRandom(`${state.settings.seed}:jobs`)
  state.apiRequestCount = 0
  state.authenticatedRequestCount = 0
  state.jobsRegisteredSinceFaults = 0
  state.countedFaultUses.clear()
  state.requests.length = 0
  state.apiLimiter.clear()
  state.loginLimiter.clear()
}

export function setFaults(state: EmulatorState, faults: FaultOptions): void {
  state.faults = { ...faults }
  // Counted faults count from the moment they are set, whatever ran before.
  state.jobsRegisteredSinceFaults = 0
  state.authenticatedRequestCount = 0
  state.countedFaultUses.clear()
}

/** Whether a counted fault strikes now: always for `true`, the first n times for a number; each strike is counted. */
export function strikes(state: EmulatorState, name: 'expireDownloads' | 'truncateDownload' | 'malformDownload' | 'throttleDownloads'): boolean {
  const fault = name === 'throttleDownloads' ? state.faults.throttleDownloads?.count : state.faults[name]
  if (fault === true) return true
  if (typeof fault !== 'number') return false
  const used = state.countedFaultUses.get(name) ?? 0
  if (used >= fault) return false
  state.countedFaultUses.set(name, used + 1)
  return true
}
