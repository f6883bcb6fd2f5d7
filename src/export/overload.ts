// What the export service's transient failures came to in a run, told in plain words. The service's own
// messages carry the org's name and id and name nothing the user can act on (docs/genesys-api.md §4.2a):
// they are kept for report.json, and the log says what happened instead.
import type { Slots } from '../http/limiter.js'
import type { AdaptiveSlots, JobOutcome } from './adaptive-slots.js'
import type { JobError } from './failures.js'

export interface OverloadTally {
  /** Jobs that failed with the overloaded service's error (Archy exit 107). */
  overloaded: number
  /** Jobs that failed for another transient reason (an internal error, a poll the service could not answer). */
  otherTransient: number
  /** Batches registered again after a transient failure. */
  reRegistered: number
  /** The service's distinct messages, as it wrote them (at most MAX_MESSAGES). */
  readonly messages: string[]
  record(error: JobError): void
}

const MAX_MESSAGES = 20

export function createOverloadTally(): OverloadTally {
  const tally: OverloadTally = {
    overloaded: 0,
    otherTransient: 0,
    reRegistered: 0,
    messages: [],
    record(error) {
      if (error.kind !== 'transient') return
      if (error.overloaded) tally.overloaded++
      else tally.otherTransient++
      if (error.serviceMessage !== undefined && tally.messages.length < MAX_MESSAGES && !tally.messages.includes(error.serviceMessage)) {
        tally.messages.push(error.serviceMessage)
      }
    },
  }
  return tally
}

/** The sentence for the log and the job summary, or undefined when the service failed no job transiently. */
export function overloadLine(tally: OverloadTally, slots: Slots<JobOutcome> | AdaptiveSlots): string | undefined {
  const transient = tally.overloaded + tally.otherTransient
  if (transient === 0) return undefined
  const jobs = (n: number): string => `${n} job${n === 1 ? '' : 's'}`
  const level = 'settled' in slots ? `; jobs in flight settled at ${slots.settled}` : ''
  const again = tally.reRegistered === transient ? 'and were registered again' : `(${tally.reRegistered} registered again)`
  if (tally.overloaded > 0) {
    const others = tally.otherTransient > 0 ? ` and ${jobs(tally.otherTransient)} with another transient error` : ''
    return `Genesys Cloud's export service was overloaded: ${jobs(tally.overloaded)} failed with its transient error (Archy exit 107)${others} ${again}${level}.`
  }
  return `Genesys Cloud's export service failed ${jobs(tally.otherTransient)} with a transient error ${again}${level}.`
}
