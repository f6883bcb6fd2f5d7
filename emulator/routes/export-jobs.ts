// Flow export jobs (genesys-api.md §4.1, §4.2): register, then poll Registered → Started → Success/Failure.

import { buildExport, defaultFileName } from '../export-files.js'
import { FLOW_TYPES } from '../flow-types.js'
import { apiError, errors, json, type Reply } from '../http/reply.js'
import type { RequestContext, Route } from '../http/router.js'
import type { EmulatorState, ExportFileSpec, ExportJob } from '../state.js'
import type { EmulatedFlow } from '../types.js'

const FILE_NAME = /^[A-Za-z0-9_-]+$/
const EXPORT_TYPES = ['Architect', 'Yaml'] as const

type Parsed = { files: ExportFileSpec[] } | { reply: Reply }

function bad(message: string): { reply: Reply } {
  return { reply: errors.badRequest(message) }
}

function findFlow(state: EmulatorState, ref: Record<string, unknown>, index: number): EmulatedFlow | { reply: Reply } {
  const where = `flows[${index}].flow`
  if (typeof ref.id === 'string' && ref.id !== '') {
    const flow = state.flowsById.get(ref.id)
    // Chosen behaviour (not documented by Genesys): an unknown or deleted flow refuses the whole job up front.
    if (!flow || flow.deleted) return bad(`Flow [${ref.id}] in ${where}.id was not found. Remove it from the request or check the id.`)
    return flow
  }
  if (typeof ref.name !== 'string' || typeof ref.type !== 'string') {
    return bad(`${where} needs an id, or both a name and a type.`)
  }
  const type = ref.type.toLowerCase()
  if (!(FLOW_TYPES as readonly string[]).includes(type) || ref.type !== ref.type.toUpperCase()) {
    return { reply: errors.invalidValue(ref.type, `${where}.type`, FLOW_TYPES.map((t) => t.toUpperCase())) }
  }
  const flow = state.org.flows.find((candidate) => !candidate.deleted && candidate.type === type && candidate.name === ref.name)
  if (!flow) return bad(`No ${ref.type} flow named [${ref.name}] was found (${where}).`)
  return flow
}

function parseRequest(state: EmulatorState, body: unknown): Parsed {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { flows?: unknown }).flows)) {
    return bad('The request body must be {"flows": [{"flow": {"id": "..."}, "exportType": "Architect"}]}.')
  }
  const entries = (body as { flows: unknown[] }).flows
  if (entries.length === 0) return bad('flows must list at least one flow to export.')
  const files: ExportFileSpec[] = []
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
    if ('reply' in flow) return flow
    const version = (ref as Record<string, unknown>).version
    if (version !== undefined && version !== flow.version) {
      return bad(`flows[${index}].flow.version [${String(version)}] is not the published version of flow [${flow.id}].`)
    }
    files.push({ flow, fileName: typeof fileName === 'string' ? fileName : defaultFileName(flow) })
  }
  return { files }
}

function decideFailure(state: EmulatorState, files: readonly ExportFileSpec[]): string | undefined {
  const failJobs = state.faults.failJobs
  if (failJobs === undefined) return undefined
  const first = files[0]!.flow
  if (failJobs === 'all') return `Export of flow [${first.name}] (${first.id}) failed.`
  if (typeof failJobs === 'number') {
    return state.jobsRegisteredSinceFaults < failJobs ? `Export of flow [${first.name}] (${first.id}) failed.` : undefined
  }
  const failing = files.find((spec) => failJobs.includes(spec.flow.id))
  return failing ? `Export of flow [${failing.flow.name}] (${failing.flow.id}) failed.` : undefined
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
  const job: ExportJob = {
    id: state.random.uuid(),
    clientId: ctx.client.clientId,
    createdAt: state.now(),
    files: parsed.files,
    failure: decideFailure(state, parsed.files),
  }
  state.jobsRegisteredSinceFaults++
  state.jobs.set(job.id, job)
  return json(202, { id: job.id, status: 'Registered', totalFlows: job.files.length, selfUri: `/api/v2/flows/export/jobs/${job.id}` })
}

function jobStatus(state: EmulatorState, job: ExportJob): 'Registered' | 'Started' | 'Success' | 'Failure' {
  const elapsed = state.now() - job.createdAt
  if (elapsed < state.settings.jobStartedAfterMs) return 'Registered'
  if (elapsed < state.settings.jobDoneAfterMs) return 'Started'
  return job.failure ? 'Failure' : 'Success'
}

function poll(ctx: RequestContext): Reply {
  const { state } = ctx
  const job = state.jobs.get(ctx.params.jobId!)
  if (!job) return errors.notFound(`Export job [${ctx.params.jobId}] was not found.`)
  const status = jobStatus(state, job)
  const body: Record<string, unknown> = { id: job.id, status, command: 'Export' }
  if (status === 'Success') {
    if (!job.downloadUrl) {
      const download = buildExport(job.id, job.files)
      job.downloadUrl = ctx.objectStore.publish({
        key: `exports/${job.id}/${download.name}`,
        bytes: download.bytes,
        contentType: download.contentType,
        ttlMs: state.faults.expireDownloads ? 0 : state.settings.downloadTtlMs,
      })
    }
    body.downloadUrl = job.downloadUrl
  }
  const expand = ctx.query.getAll('expand').flatMap((value) => value.split(','))
  if (expand.includes('messages')) {
    body.messages =
      status === 'Failure' ? [{ dateTime: new Date(job.createdAt + state.settings.jobDoneAfterMs).toISOString(), type: 'Error', text: job.failure }] : []
  }
  body.selfUri = `/api/v2/flows/export/jobs/${job.id}`
  return json(200, body)
}

export const exportJobRoutes: Route[] = [
  { method: 'POST', path: '/api/v2/flows/export/jobs', permission: { mode: 'all', permissions: ['architect:jobExport:create'] }, handle: register },
  { method: 'GET', path: '/api/v2/flows/export/jobs/{jobId}', permission: { mode: 'all', permissions: ['architect:jobExport:view'] }, handle: poll },
]
