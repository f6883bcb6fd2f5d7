// Export-job slots whose number finds its own level (`concurrency: adaptive`). Genesys states no limit on
// export jobs running at once; the org's request rate and the service's own speed are what bound it. So the
// level grows while jobs finish cleanly, as fast as TCP's slow start (one more slot for each job done,
// about doubling every wave), halves on a 429 or a failed job, and gives up a quarter for a job much
// slower than the jobs just before it (jobs queueing in the service). It never grows while the rate window
// is nearly used up: more jobs at once would only wait for the window.
import type { Slots } from '../http/limiter.js'

/** How an export job that held a slot went, so slots that adapt can learn from it. */
export interface JobOutcome {
  /** False: the job failed, or never got done. */
  readonly ok: boolean
  /** From registering to the poll that saw it done. */
  readonly ms: number
  readonly flows: number
  /** The job failed as the service fails when overloaded (genesys-api.md §4.2a). */
  readonly overloaded?: boolean
}

export interface AdaptiveOptions {
  readonly initial: number
  /** The fewest slots it falls to (default 1). */
  readonly min?: number
  readonly max: number
  /** Share of the rate window still free (1 = all of it), from the client's latest answer. */
  readonly rateHeadroom: () => number
  /** 429s this client has had so far. */
  readonly throttled: () => number
}

export interface AdaptiveSlots extends Slots<JobOutcome> {
  /** Slots open now. */
  readonly level: number
  /** The most slots open at once this run. */
  readonly peak: number
}

/** A job this many times slower than the median of recent jobs (per flow) is taken for a service that queues. */
export const SLOW_JOB_FACTOR = 2
/**
 * Recent jobs the median is taken over. A median of recent jobs, not the quickest ever: one lucky poll
 * must not make every later job look slow (and pin the level at 1).
 */
const RECENT_JOBS = 10
/** Jobs seen before any is judged slow. */
const MIN_JOBS_TO_JUDGE = 3
/** Below this share of the rate window left, more jobs at once would only wait for requests. */
export const MIN_HEADROOM = 0.25
/** Jobs differ in size; their time is compared per flow, with this many flows' worth of fixed time. */
const FIXED_PART_FLOWS = 50

export function createAdaptiveSlots(options: AdaptiveOptions): AdaptiveSlots {
  let level = Math.max(1, Math.min(options.initial, options.max))
  let peak = level
  let held = 0
  let throttledSeen = options.throttled()
  /** Recent jobs' time in ms per (flows + FIXED_PART_FLOWS), oldest first. */
  const recent: number[] = []
  const waiting: (() => void)[] = []

  const pump = (): void => {
    while (held < level && waiting.length > 0) {
      held++
      waiting.shift()!()
    }
  }
  const shrink = (by: number): void => {
    level = Math.max(options.min ?? 1, Math.floor(level * (1 - by)))
  }
  const isSlow = (pace: number): boolean => {
    if (recent.length < MIN_JOBS_TO_JUDGE) return false
    const sorted = [...recent].sort((a, b) => a - b)
    return pace > sorted[Math.floor(sorted.length / 2)]! * SLOW_JOB_FACTOR
  }
  const learn = (outcome: JobOutcome): void => {
    const throttled = options.throttled()
    const newlyThrottled = throttled > throttledSeen
    throttledSeen = throttled
    if (!outcome.ok || newlyThrottled) return shrink(1 / 2)
    const pace = outcome.ms / (outcome.flows + FIXED_PART_FLOWS)
    const slow = isSlow(pace)
    recent.push(pace)
    if (recent.length > RECENT_JOBS) recent.shift()
    if (slow) return shrink(1 / 4)
    if (options.rateHeadroom() < MIN_HEADROOM) return
    level = Math.min(options.max, level + 1)
    peak = Math.max(peak, level)
  }

  return {
    get level() {
      return level
    },
    get peak() {
      return peak
    },
    async acquire() {
      if (held < level && waiting.length === 0) held++
      else await new Promise<void>((resolve) => waiting.push(resolve))
      let released = false
      return (outcome?: JobOutcome) => {
        if (released) return
        released = true
        held--
        if (outcome) learn(outcome)
        pump()
      }
    },
  }
}
