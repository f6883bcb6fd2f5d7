// The Genesys half of the first-run check: sign in, list flows, one export job end to end, dependency
// tracking, call routing (routing-checks.ts). A handful of requests through the same client as a snapshot, so
// what passes here is what the nightly run will do. No job is left running: the one job is polled until it is done.
import type { FlowRef } from '../model.js'
import type { SelectionSettings, Settings } from '../settings/types.js'
import type { GenesysClient } from '../genesys/client.js'
import { DEPENDENCY_TRACKING_PERMISSION, REBUILD_ADVICE, readDependencyTrackingBuild } from '../genesys/dependency-tracking.js'
import { GenesysApiError } from '../genesys/errors.js'
import { errorMessage } from '../errors.js'
import { listFlowPage, lookupFlows } from '../genesys/flows-api.js'
import { runExportJob } from '../export/jobs.js'
import { REAL_CLOCK } from '../http/retry.js'
import { createPollTiming } from '../export/poll-timing.js'
import { createSlots } from '../http/limiter.js'
import { fail, notChecked, pass, type CheckLine } from './types.js'
import { checkRouting, ROUTING_LINE } from './routing-checks.js'

const SIGN_IN = 'Sign in (OAuth client credentials)'
const LIST = 'List flows (architect:flow:view)'
const REGISTER = 'Start an export job (architect:jobExport:create)'
const DOWNLOAD = 'Poll and download the export (architect:jobExport:view)'
const DEPENDENCIES = `Dependency tracking (${DEPENDENCY_TRACKING_PERMISSION})`

export async function checkGenesys(client: GenesysClient, settings: Settings): Promise<CheckLine[]> {
  try {
    await client.signIn()
  } catch (error) {
    const after = [LIST, REGISTER, DOWNLOAD, DEPENDENCIES, ROUTING_LINE].map((name) => notChecked(name, 'sign-in'))
    return [fail(SIGN_IN, errorMessage(error)), ...after]
  }
  const lines: CheckLine[] = [pass(SIGN_IN, 'Genesys Cloud issued an access token.')]

  let sample: FlowRef | undefined
  try {
    const { flows, total } = await firstFlows(client, settings.selection)
    sample = flows.find((flow) => !flow.hold?.unpublished)
    lines.push(pass(LIST, `${total} selected flows found${sample ? `; '${sample.name}' is exported as a trial` : ''}.`))
  } catch (error) {
    lines.push(fail(LIST, errorMessage(error)))
  }

  lines.push(...(await checkExport(client, settings.maxExportBytes, lines.at(-1)!.state === 'pass', sample)))
  lines.push(await checkDependencyTracking(client, settings.checkResources))
  lines.push(await checkRouting(client, settings.routing))
  return lines
}

/** One page of the selection: the listed types, or the first ids given. */
async function firstFlows(client: GenesysClient, selection: SelectionSettings): Promise<{ flows: FlowRef[]; total: number }> {
  if (selection.flowTypes.length > 0) return listFlowPage(client, selection.flowTypes)
  const found = [...(await lookupFlows(client, selection.flowIds.slice(0, 25))).values()]
  return { flows: found, total: found.length }
}

async function checkExport(
  client: GenesysClient,
  maxExportBytes: number,
  listed: boolean,
  sample: FlowRef | undefined,
): Promise<CheckLine[]> {
  if (!listed) return [notChecked(REGISTER, 'a flow listed'), notChecked(DOWNLOAD, 'a flow listed')]
  if (sample === undefined) {
    const why = 'no published flow among the selected ones to try: check flow-ids, flow-types and flow-names'
    return [fail(REGISTER, why), notChecked(DOWNLOAD, 'a job started')]
  }
  const registered = pass(REGISTER, 'The export job was registered.')
  try {
    const timing = createPollTiming(REAL_CLOCK)
    const jobs = { client, clock: REAL_CLOCK, maxExportBytes, timing, jobSlots: createSlots(1) }
    const { exported, failed } = await runExportJob(jobs, [sample])
    if (exported.length === 0) {
      return [registered, fail(DOWNLOAD, failed[0]?.reason ?? 'the export job finished without a file for the flow')]
    }
    const bytes = exported[0]!.bytes
    return [registered, pass(DOWNLOAD, `The job finished and its file (${bytes} bytes) decoded as a flow.`)]
  } catch (error) {
    // The register request is the only POST: a failure anywhere else means the job was registered.
    if (error instanceof GenesysApiError && error.method === 'POST') {
      return [fail(REGISTER, errorMessage(error)), notChecked(DOWNLOAD, 'a job started')]
    }
    return [registered, fail(DOWNLOAD, errorMessage(error))]
  }
}

async function checkDependencyTracking(client: GenesysClient, checkResources: boolean): Promise<CheckLine> {
  if (!checkResources) return notChecked(DEPENDENCIES, 'check-resources: true (it is false)')
  try {
    const build = await readDependencyTrackingBuild(client)
    if (build.operational) return pass(DEPENDENCIES, 'The dependency data is built (OPERATIONAL): deleted resources will be found.')
    return pass(DEPENDENCIES, `Readable, but its build status is ${build.status || 'unknown'}: resource findings may be incomplete until it is rebuilt. ${REBUILD_ADVICE}.`)
  } catch (error) {
    if (error instanceof GenesysApiError && error.status === 403) {
      return fail(DEPENDENCIES, `${errorMessage(error)} Or set check-resources: false to snapshot without the deleted-resource check.`)
    }
    return fail(DEPENDENCIES, errorMessage(error))
  }
}
