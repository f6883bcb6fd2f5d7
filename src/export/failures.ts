// The failure model of export jobs (docs/genesys-api.md §4.2a). A failed job is either
// - transient: the service failed it for its own reasons (overloaded, an internal error, a poll it could not
//   answer); the same batch registered again later succeeds, so it is registered again unsplit;
// - refused: the service names a flow it will not export; splitting the batch finds that flow.
// A job whose poll is answered 4xx is lost, not refused: it is registered again, never split.
import { GenesysApiError } from '../genesys/errors.js'
import { plural } from '../text/plural.js'

/** `final`: neither retrying nor splitting would help (the job never finished, its download stayed unusable). */
export type FailureKind = 'transient' | 'refused' | 'lost' | 'final'

/** Why a job gave nothing usable, in plain words; the service's own text stays apart in `serviceMessage`. */
export class JobError extends Error {
  override readonly name = 'JobError'
  constructor(
    message: string,
    readonly kind: FailureKind,
    /** The service's messages as it wrote them (they carry the org's name and id): for report.json, not the log. */
    readonly serviceMessage?: string,
    /** The job failed the way an overloaded export service fails jobs (Archy exit 107). */
    readonly overloaded = false,
  ) {
    super(message)
  }
}

// Archy under load reports a flow that exists as missing, with exit code 107 or "Archy failed"
// (terraform-provider-genesyscloud #2061, fixed in PRs #2105 and #2214).
const FLOW_NOT_FOUND = /could not find the flow with id/i
const ARCHY_OVERLOAD = /exit code (to )?107|archy failed/i
// An internal error that tells the caller to try again is the service's, not the flow's.
const TRY_AGAIN = /(internal|unexpected|temporar)[^.]*\b(try|retry)\b[^.]*again|try again later/i

/** Classifies a job that ended `Failure` by its messages. */
export function classifyJobFailure(texts: readonly string[]): { kind: FailureKind; overloaded: boolean } {
  const all = texts.join('\n')
  const overloaded = FLOW_NOT_FOUND.test(all) && ARCHY_OVERLOAD.test(all)
  if (overloaded || TRY_AGAIN.test(all)) return { kind: 'transient', overloaded }
  return { kind: 'refused', overloaded: false }
}

/** A poll that failed: a 5xx (after the client's own retries) is the service's trouble; a 4xx loses the job. */
export function pollFailure(error: unknown, jobId: string): JobError | undefined {
  if (!(error instanceof GenesysApiError) || [401, 403, 429].includes(error.status)) return undefined
  const kind: FailureKind = error.status >= 400 && error.status < 500 ? 'lost' : 'transient'
  return new JobError(`Polling export job ${jobId} failed (${error.status === 0 ? 'no answer' : `HTTP ${error.status}`}).`, kind)
}

const MAX_MESSAGES = 20

// What the export service's transient failures came to in a run, told in plain words. The service's own
// messages carry the org's name and id and name nothing the user can act on (docs/genesys-api.md §4.2a):
// they are kept for report.json, and the log says what happened instead.
export class OverloadTally {
  /** Jobs that failed with the overloaded service's error (Archy exit 107). */
  overloaded = 0
  /** Jobs that failed for another transient reason (an internal error, a poll the service could not answer). */
  otherTransient = 0
  /** Batches registered again after a transient failure. */
  reRegistered = 0
  /** The service's distinct messages, as it wrote them (at most MAX_MESSAGES). */
  readonly messages: string[] = []

  record(error: JobError): void {
    if (error.kind !== 'transient') return
    if (error.overloaded) this.overloaded++
    else this.otherTransient++
    if (error.serviceMessage !== undefined && this.messages.length < MAX_MESSAGES && !this.messages.includes(error.serviceMessage)) {
      this.messages.push(error.serviceMessage)
    }
  }

  /** The sentence for the log and the job summary, or undefined when the service failed no job transiently. */
  line(settled: number): string | undefined {
    const transient = this.overloaded + this.otherTransient
    if (transient === 0) return undefined
    const again = this.reRegistered === transient ? 'and were registered again' : `(${this.reRegistered} registered again)`
    if (this.overloaded > 0) {
      const others = this.otherTransient > 0 ? ` and ${plural(this.otherTransient, 'job')} with another transient error` : ''
      return `Genesys Cloud's export service was overloaded: ${plural(this.overloaded, 'job')} failed with its transient error (Archy exit 107)${others} ${again}; jobs in flight settled at ${settled}.`
    }
    return `Genesys Cloud's export service failed ${plural(this.otherTransient, 'job')} with a transient error ${again}; jobs in flight settled at ${settled}.`
  }
}
