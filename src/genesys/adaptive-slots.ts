// Export-job slots whose number finds its own level (`concurrency: adaptive`). Genesys states no limit on
// export jobs running at once; the org's request rate and the service's own speed are what bound it. So the
// level grows while jobs finish cleanly, as fast as TCP's slow start (one more slot for each job done,
// about doubling every wave), and halves on any sign of strain: a 429, a failed job, or a job much slower
// than the quickest seen (jobs queueing in the service). It never grows while the rate window is nearly
// used up: more jobs at once would only wait for the window.
import type { JobOutcome, Slots } from './slots.js'

export interface AdaptiveOptions {
  readonly initial: number
  readonly max: number
  /** Share of the rate window still free (1 = all of it), from the client's latest answer. */
  readonly rateHeadroom: () => number
  /** 429s this client has had so far. */
  readonly throttled: () => number
}

export interface AdaptiveSlots extends Slots {
  /** Slots open now. */
  readonly level: number
  /** The most slots open at once this run. */
  readonly peak: number
}

/** A job this many times slower than the quickest of its size seen is taken for a service that queues. */
export const SLOW_JOB_FACTOR = 2
/** Below this share of the rate window left, more jobs at once would only wait for requests. */
export const MIN_HEADROOM = 0.25
/** Jobs differ in size; their time is compared per flow, with this many flows' worth of fixed time. */
const FIXED_PART_FLOWS = 50

export function createAdaptiveSlots(options: AdaptiveOptions): AdaptiveSlots {
  let level = Math.max(1, Math.min(options.initial, options.max))
  let peak = level
  let held = 0
  let throttledSeen = options.throttled()
  /** The quickest job seen, in ms per (flows + FIXED_PART_FLOWS). */
  let quickest = Infinity
  const waiting: (() => void)[] = []

  const pump = (): void => {
    while (held < level && waiting.length > 0) {
      held++
      waiting.shift()!()
    }
  }
  const shrink = (): void => {
    level = Math.max(1, Math.floor(level / 2))
  }
  const learn = (outcome: JobOutcome): void => {
    const throttled = options.throttled()
    const newlyThrottled = throttled > throttledSeen
    throttledSeen = throttled
    if (!outcome.ok || newlyThrottled) return shrink()
    const pace = outcome.ms / (outcome.flows + FIXED_PART_FLOWS)
    quickest = Math.min(quickest, pace)
    if (pace > quickest * SLOW_JOB_FACTOR) return shrink()
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
