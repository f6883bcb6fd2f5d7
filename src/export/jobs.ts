// One Architect export job: register it, poll it until it is done, download and decode its files.
// Failures are classified so the caller can decide: split the batch, retry, or name the flows as failed.
import type { ExportedFlow, FailedFlow, FlowRef } from '../model.js'
import type { GenesysClient } from '../genesys/client.js'
import { decodeDownload, matchFilesToFlows, UnreadableDownload } from './decode.js'
import { DownloadError } from '../genesys/download.js'
import { errorMessage } from '../errors.js'
import { classifyJobFailure, JobError, pollFailure } from './failures.js'
import type { Clock } from '../http/retry.js'
import type { JobPolls, PollTiming } from './poll-timing.js'
import type { Slots } from '../http/limiter.js'
import type { JobOutcome } from './adaptive-slots.js'

export const JOBS_PATH = '/api/v2/flows/export/jobs'

interface JobState {
  readonly status?: string
  readonly downloadUrl?: string
  readonly messages?: readonly { readonly type?: string; readonly text?: string }[]
}

export interface JobContext {
  readonly client: GenesysClient
  readonly clock: Clock
  readonly maxExportBytes: number
  readonly timing: PollTiming
  /**
   * Export jobs running in Genesys at once. A job holds its slot from registering until it is done;
   * downloading and decoding happen outside it, so the next job is already running meanwhile.
   */
  readonly jobSlots: Slots<JobOutcome>
}

/** The longest a job may stay unfinished before its flows are named as failed. */
const JOB_DEADLINE_MS = 15 * 60_000
/** Fresh download URLs asked of one job when one expired or its bytes were unreadable. */
const FRESH_URL_ATTEMPTS = 2
/** Jobs registered for one batch when downloads keep failing (a new job gives a new URL). */
const REGISTRATIONS = 2

/**
 * max-export-bytes is the size-limit rule's threshold, judged by validation on each flow's real bytes, so
 * a flow over it is still exported and reported (and `rule-severity` can relax the rule). Only a download
 * this many times over the limit is refused, to keep a runaway answer from filling the runner's memory.
 */
const DOWNLOAD_CAP_FACTOR = 4

/** The flows exported, those whose file could not be decoded (failed) and those the download lacked (missing). */
export async function runExportJob(ctx: JobContext, flows: readonly FlowRef[]) {
  const maxBytes = ctx.maxExportBytes * DOWNLOAD_CAP_FACTOR * flows.length
  let lastError: unknown
  for (let registration = 0; registration < REGISTRATIONS; registration++) {
    const release = await ctx.jobSlots.acquire()
    let jobId: string
    let startedAt = ctx.clock.now()
    let url: string
    let ok = false
    let overloaded = false
    try {
      jobId = await register(ctx, flows)
      startedAt = ctx.clock.now()
      url = await pollUntilDone(ctx, jobId, startedAt)
      ok = true
    } catch (error) {
      overloaded = error instanceof JobError && error.overloaded
      throw error
    } finally {
      release({ ok, ms: ctx.clock.now() - startedAt, flows: flows.length, overloaded })
    }
    for (let fresh = 0; fresh <= FRESH_URL_ATTEMPTS; fresh++) {
      try {
        return readDownload(await ctx.client.download(url, { maxBytes }), flows)
      } catch (error) {
        if (error instanceof DownloadError && error.kind === 'too-large') {
          throw new JobError(
            `The export is over ${DOWNLOAD_CAP_FACTOR} × max-export-bytes (${maxBytes} bytes for this job of ${flows.length}), so it was not downloaded: raise max-export-bytes (now ${ctx.maxExportBytes}) if the flow is really that large.`,
            'refused',
          )
        }
        if (!(error instanceof DownloadError || error instanceof UnreadableDownload)) throw error
        lastError = error
        if (fresh === FRESH_URL_ATTEMPTS) break // no download is left to try a fresh URL with
        // An expired URL or a damaged transfer: the job still holds the export, so ask it for a fresh
        // URL; a job that hands out the same URL again needs registering anew to get one.
        const again = await pollUntilDone(ctx, jobId, startedAt)
        if (again === url) break
        url = again
      }
    }
  }
  throw new JobError(`The export download could not be used: ${errorMessage(lastError)}`, 'final')
}

async function register(ctx: JobContext, flows: readonly FlowRef[]): Promise<string> {
  const job = await ctx.client.request<{ id?: unknown }>({
    method: 'POST',
    path: JOBS_PATH,
    // The version the manifest records is the one exported; naming it also avoids the transient job
    // failures Terraform saw without it (terraform-provider-genesyscloud #2214).
    body: {
      flows: flows.map((flow) => ({ flow: { id: flow.id, ...(flow.version ? { version: flow.version } : {}) }, fileName: flow.id, exportType: 'Architect' })),
    },
  })
  if (typeof job?.id !== 'string') throw new JobError('Genesys Cloud registered the export job without an id.', 'lost')
  return job.id
}

async function pollUntilDone(ctx: JobContext, jobId: string, startedAt: number): Promise<string> {
  const job: JobPolls = { startedAt, polls: 0, lastPollAt: startedAt }
  try {
    for (;;) {
      if (ctx.clock.now() - startedAt > JOB_DEADLINE_MS) {
        throw new JobError(`The export job ${jobId} did not finish within ${JOB_DEADLINE_MS / 60_000} minutes.`, 'final')
      }
      await ctx.timing.wait(job)
      job.polls++
      job.lastPollAt = ctx.clock.now()
      let state: JobState
      try {
        state = await ctx.client.request<JobState>({
          method: 'GET',
          path: `${JOBS_PATH}/${encodeURIComponent(jobId)}`,
          query: { expand: 'messages' },
        })
      } catch (error) {
        throw pollFailure(error, jobId) ?? error
      }
      // A failed job's time says nothing of when the others finish (an overloaded service fails jobs early):
      // only successes and jobs still running teach the poll timing. The poll's sending time is what it
      // teaches: the next job's poll, sent then, finds that job done as soon as this one was.
      if (state?.status !== 'Failure') ctx.timing.observe(job.lastPollAt - startedAt, state?.status === 'Success')
      if (state?.status === 'Success') {
        if (typeof state.downloadUrl === 'string' && state.downloadUrl !== '') return state.downloadUrl
        throw new JobError(`The export job ${jobId} succeeded without a download URL.`, 'lost')
      }
      if (state?.status === 'Failure') {
        const texts = (state.messages ?? []).map((message) => message.text ?? '').filter((text) => text !== '')
        const { kind, overloaded } = classifyJobFailure(texts)
        const plain =
          kind === 'refused'
            ? 'Genesys Cloud refused to export this flow: open it in Architect and check that it saves and validates (report.json holds the service\'s message).'
            : overloaded
              ? 'Genesys Cloud\'s export service was overloaded (Archy exit 107) every time this flow was tried: run again later (report.json holds the service\'s message).'
              : 'The export job failed inside Genesys Cloud every time this flow was tried: run again later (report.json holds the service\'s message).'
        throw new JobError(plain, kind, texts.join(' / '), overloaded)
      }
      // Registered, Started (and any status a newer API adds): not done yet.
    }
  } finally {
    ctx.timing.finished(job)
  }
}

function readDownload(bytes: Uint8Array, flows: readonly FlowRef[]) {
  const files = decodeDownload(bytes, flows.length === 1 ? flows[0]!.id : undefined)
  const { matched, missing } = matchFilesToFlows(files, flows)
  const exported: ExportedFlow[] = []
  const failed: FailedFlow[] = []
  for (const { ref, file } of matched) {
    if ('document' in file.decoded) exported.push({ ref, document: file.decoded.document, bytes: file.size })
    else failed.push({ ref, reason: `The exported file ${file.name} is not a readable flow definition: ${file.decoded.error}.` })
  }
  // A one-flow download that is not a flow file at all is a damaged transfer, not a bad flow: retry it.
  if (flows.length === 1 && failed.length === 1 && files.length === 1) throw new UnreadableDownload(failed[0]!.reason)
  return { exported, failed, missing }
}
