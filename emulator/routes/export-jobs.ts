// Flow export jobs (docs/genesys-api.md §4.1, §4.2): register, then poll Registered → Started → Success/Failure.

import { buildExport, defaultFileName } from '../export-files.js'
import { FLOW_TYPES } from '../flow-types.js'
import { apiError, errors, json, type Reply } from '../http/reply.js'
import type { RequestContext, Route } from '../http/router.js'
import type { EmulatorState, ExportFileSpec, ExportJob } from '../state.js'
import { strikes } from '../state.js'
import type { EmulatedFlow } from '../types.js'

const FILE_NAME = /^[A-Za-z0-9_-]+$/
const EXPORT_TYPES = ['Architect', 'Yaml'] as const

type Parsed = { files: ExportFileSpec[]; notFound: string[] } | { reply: Reply }

function bad(message: string): { reply: Reply } {
  return { reply: errors.badRequest(message) }
}

/**
 * The flow a reference names; a string says how the reference failed to find one. Genesys accepts such a job and
 * fails it while exporting (the export runs Archy server-side; terraform-provider-genesyscloud#2061 shows a job
 * failing with "could not find the flow with id '…'"), so a missing flow is not a 400 here either.
 */
function findFlow(state: EmulatorState, ref: Record<string, unknown>, index: number): EmulatedFlow | string | { reply: Reply } {
  const where = `flows[${index}].flow`
  if (typeof ref.id === 'string' && ref.id !== '') {
    const flow = state.flowsById.get(ref.id)
    return flow && !flow.deleted ? flow : `could not find the flow with id '${ref.id}'`
  }
  if (typeof ref.name !== 'string' || typeof ref.type !== 'string') {
    return bad(`${where} needs an id, or both a name and a type.`)
  }
  const type = ref.type.toLowerCase()
  if (!(FLOW_TYPES as readonly string[]).includes(type) || ref.type !== ref.type.toUpperCase()) {
    return { reply: errors.invalidValue(ref.type, `${where}.type`, FLOW_TYPES.map((t) => t.toUpperCase())) }
  }
  const flow = state.org.flows.find((candidate) => !candidate.deleted && candidate.type === type && candidate.name === ref.name)
  return flow ?? `could not find the ${ref.type} flow named '${ref.name}'`
}

function parseRequest(state: EmulatorState, body: unknown): Parsed {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { flows?: unknown }).flows)) {
    return bad('The request body must be {"flows": [{"flow": {"id": "..."}, "exportType": "Architect"}]}.')
  }
  const entries = (body as { flows: unknown[] }).flows
  if (entries.length === 0) return bad('flows must list at least one flow to export.')
  const files: ExportFileSpec[] = []
  const notFound: string[] = []
  for (const [index, entry] of entries.entries()) {
    if (typeof entry !== 'object' || entry === null) return bad(`flows[${index}] must be an object.`)
    const { flow: ref, fileName, exportType = 'Yaml' } = entry as Record<string, unknown>
    if (typeof ref !== 'object' || ref === null) return bad(`flows[${index}].flow is required.`)
    if (typeof exportType !== 'string' || !(EXPORT_TYPES as readonly string[]).includes(exportType)) {
      return { reply: errors.invalidValue(String(exportType), `flows[${index}].exportType`, EXPORT_TYPES) }
    }
    if (exportType === 'Yaml') {
      return bad(`flows[${index}].exportType is Yaml (the default); this emulator exports only "Architect" files.`)
    }
    if (fileName !== undefined && (typeof fileName !== 'string' || !FILE_NAME.test(fileName))) {
      return bad(`flows[${index}].fileName [${String(fileName)}] may hold only letters, digits, "_" and "-".`)
    }
    const flow = findFlow(state, ref as Record<string, unknown>, index)
    if (typeof flow === 'string') {
      notFound.push(flow)
      continue
    }
    if ('reply' in flow) return flow
    const version = (ref as Record<string, unknown>).version
    if (version !== undefined && version !== flow.version) {
      return bad(`flows[${index}].flow.version [${String(version)}] is not the published version of flow [${flow.id}].`)
    }
    files.push({ flow, fileName: typeof fileName === 'string' ? fileName : defaultFileName(flow) })
  }
  return { files, notFound }
}

/** The messages of a failed export, shaped like the Archy output the real service reports. */
function archyFailure(state: EmulatorState, exceptionInfo: string): string[] {
  return [
    'setting the Archy exit code to 107',
    'Error during program export execution:',
    `ArchSession.startWithAuthToken  - Caught unhandled exception during callback function execution.  Ending session.  Exception info: ${exceptionInfo}. (correlationId: ${state.random.uuid()}).`,
  ]
}

function decideFailure(state: EmulatorState, files: readonly ExportFileSpec[], notFound: readonly string[]): string[] | undefined {
  // Always one draw per job, so the same sequence of jobs meets the same failures.
  const draw = state.jobRandom.next()
  if (notFound.length > 0) return archyFailure(state, notFound[0]!)
  const first = files[0]!.flow
  const { failJobs, jobFailureRate, refuseHeldFlows } = state.faults
  const held = refuseHeldFlows ? files.find((spec) => spec.flow.lockedBy || spec.flow.type === 'securecall') : undefined
  if (held) {
    const why = held.flow.lockedBy ? `is locked by ${held.flow.lockedBy}` : 'is a secure flow and cannot be exported'
    return archyFailure(state, `the flow with id '${held.flow.id}' ${why}`)
  }
  if (jobFailureRate && draw < jobFailureRate) return archyFailure(state, `could not find the flow with id '${first.id}'`)
  if (failJobs === undefined) return undefined
  // Real transient failures (Archy throttled inside the service) read exactly like a missing flow
  // (terraform-provider-genesyscloud#2214), so injected ones do too: a client cannot tell them apart by text.
  const failed = (flow: EmulatedFlow): string[] => archyFailure(state, `could not find the flow with id '${flow.id}'`)
  if (failJobs === 'all') return failed(first)
  if (typeof failJobs === 'number') return state.jobsRegisteredSinceFaults < failJobs ? failed(first) : undefined
  const failing = files.find((spec) => failJobs.includes(spec.flow.id))
  return failing ? failed(failing.flow) : undefined
}

function register(ctx: RequestContext): Reply {
  const contentType = (ctx.headers['content-type'] ?? '').toLowerCase()
  if (!contentType.startsWith('application/json')) return errors.unsupportedMediaType(contentType)
  let body: unknown
  try {
    body = JSON.parse(ctx.body.toString('utf8'))
  } catch {
    return apiError(400, 'bad.request', 'The request could not be understood by the server due to malformed syntax.')
  }
  const parsed = parseRequest(ctx.state, body)
  if ('reply' in parsed) return parsed.reply
  const { state } = ctx
  const cap = state.faults.maxFlowsPerJob
  const asked = parsed.files.length + parsed.notFound.length
  if (cap && asked > cap.limit) {
    return cap.status === 413
      ? apiError(413, 'request.entity.too.large', `The export request holds ${asked} flows; the maximum is ${cap.limit}.`)
      : errors.badRequest(`Too many flows in one export job: ${asked} requested, the maximum is ${cap.limit}.`)
  }
  const overCapacity = isOverCapacity(state)
  const failure = decideFailure(state, parsed.files, parsed.notFound)
  const job: ExportJob = {
    id: state.random.uuid(),
    clientId: ctx.client.clientId,
    createdAt: state.now(),
    files: parsed.files,
    // A different flow each time, as the real service names whichever flow its throttled exporter was on.
    failure: overCapacity ? archyFailure(state, `could not find the flow with id '${parsed.files[state.jobsRegisteredSinceFaults % parsed.files.length]!.flow.id}'`) : failure,
    ...(overCapacity ? { overCapacity } : {}),
    ...(state.jobsRegisteredSinceFaults < (state.faults.lostJobs ?? 0) ? { lost: true } : {}),
  }
  state.jobsRegisteredSinceFaults++
  state.jobs.set(job.id, job)
  // The export is built while the job runs, as a real service builds it, not when a poll first sees it
  // done: a client that polls right on time then meets no extra delay.
  if (!job.failure) {
    job.building = buildExport(job.id, job.files, state.faults.exportEntryNames, state.faults.rawJsonExports).then(
      (download) => {
        job.download = download
      },
      (error: unknown) => {
        job.failure = [`The export file could not be written: ${String(error)}`]
      },
    )
  }
  return json(202, { id: job.id, status: 'Registered', totalFlows: job.files.length + parsed.notFound.length, selfUri: `/api/v2/flows/export/jobs/${job.id}` })
}

function jobStatus(state: EmulatorState, job: ExportJob): string {
  const elapsed = state.now() - job.createdAt
  if (elapsed < state.settings.jobStartedAfterMs) return 'Registered'
  if (elapsed < jobDurationMs(state, job)) return state.faults.runningJobStatus ?? 'Started'
  return job.failure ? 'Failure' : 'Success'
}

/** How long a job takes from registering to done: a fixed part and a part for each flow it exports. */
export function jobDurationMs(state: EmulatorState, job: ExportJob): number {
  if (job.overCapacity) return state.settings.jobDoneAfterMs
  return state.settings.jobDoneAfterMs + state.settings.jobDoneAfterMsPerFlow * job.files.length
}

/** `exportCapacity` jobs of the org are running now, so the next one fails as an overloaded service fails it. */
function isOverCapacity(state: EmulatorState): boolean {
  const capacity = state.faults.exportCapacity
  if (capacity === undefined) return false
  const now = state.now()
  let running = 0
  for (const job of state.jobs.values()) {
    if (!job.overCapacity && now < job.createdAt + jobDurationMs(state, job)) running++
  }
  return running >= capacity
}

async function poll(ctx: RequestContext): Promise<Reply> {
  const { state } = ctx
  const job = state.jobs.get(ctx.params.jobId!)
  if (!job || job.lost) return errors.notFound(`Export job [${ctx.params.jobId}] was not found.`)
  // A job is done only once its file is stored; on a machine this slow the answer waits for it.
  if (jobStatus(state, job) === 'Success' && job.download === undefined) await job.building
  const status = jobStatus(state, job)
  const body: Record<string, unknown> = { id: job.id, status, command: 'Export' }
  if (status === 'Success') {
    // A pre-signed URL is handed out while it is valid; a poll after it expired gets a freshly signed
    // one for the same export, so a client can recover by polling the job again.
    if (!job.downloadUrl || state.now() >= job.downloadUrlExpiresAt!) {
      const download = job.download!
      const ttlMs = strikes(state, 'expireDownloads') ? 0 : state.settings.downloadTtlMs
      job.downloadUrl = ctx.objectStore.publish({ key: `exports/${job.id}/${download.name}`, bytes: download.bytes, contentType: download.contentType, ttlMs })
      job.downloadUrlExpiresAt = state.now() + ttlMs
    }
    body.downloadUrl = job.downloadUrl
  }
  const expand = ctx.query.getAll('expand').flatMap((value) => value.split(','))
  if (expand.includes('messages')) {
    const dateTime = new Date(job.createdAt + jobDurationMs(state, job)).toISOString()
    body.messages = status === 'Failure' ? job.failure!.map((text) => ({ dateTime, type: 'Error', text })) : []
  }
  body.selfUri = `/api/v2/flows/export/jobs/${job.id}`
  return json(200, body)
}

export const exportJobRoutes: Route[] = [
  { method: 'POST', path: '/api/v2/flows/export/jobs', permission: { mode: 'all', permissions: ['architect:jobExport:create'] }, handle: register },
  { method: 'GET', path: '/api/v2/flows/export/jobs/{jobId}', permission: { mode: 'all', permissions: ['architect:jobExport:view'] }, handle: poll },
]
