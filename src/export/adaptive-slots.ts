// Export-job slots whose number finds the export service's capacity (`concurrency: adaptive`). Genesys states no
// limit on export jobs running at once, and an overloaded service does not answer 429: it fails the jobs beyond
// its capacity with Archy's exit 107 (docs/genesys-api.md §4.2a). So the level grows while jobs finish cleanly,
// fast at first (one more slot for each job done, about doubling every wave), then, once the service has pushed
// back, by one slot a wave. Each job failed as overloaded lowers the level by one: it is one job more than the
// service runs at once. But the same failure also strikes jobs at random under load, so one such failure at a
// level the service has been seen to run cleanly is taken for chance; a second before the next clean job lowers it.
// A 429 halves the level; a job much slower than the recent ones (jobs queueing in the service) gives up a
// quarter. It never grows while the rate window is nearly used up.
import type { Concurrency } from '../settings/types.js'
import { MAX_CONCURRENCY, type GenesysClient } from '../genesys/client.js'

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

interface AdaptiveOptions {
  readonly initial: number
  readonly max: number
  /** Share of the rate window still free (1 = all of it), from the client's latest answer. */
  readonly rateHeadroom: () => number
  /** 429s this client has had so far. */
  readonly throttled: () => number
  /**
   * `overload`: a level the user pinned, which only an overloaded service lowers (and which climbs back to
   * `max`); `all` (default): every signal moves it.
   */
  readonly reactTo?: 'all' | 'overload'
}

export type AdaptiveSlots = ReturnType<typeof createAdaptiveSlots>

/** A job this many times slower than the median of recent jobs (per flow) is taken for a service that queues. */
const SLOW_JOB_FACTOR = 2
/**
 * Recent jobs the median is taken over. A median of recent jobs, not the quickest ever: one lucky poll
 * must not make every later job look slow (and pin the level at 1).
 */
const RECENT_JOBS = 10
/** Jobs seen before any is judged slow. */
const MIN_JOBS_TO_JUDGE = 3
/** Below this share of the rate window left, more jobs at once would only wait for requests. */
export const MIN_HEADROOM = 0.25
/**
 * Clean waves of jobs a step up first costs from the level an overload failure set. Each probe the service
 * fails again at the same level doubles it (up to MAX_PROBE_WAVES): a service that runs two jobs at once is
 * not asked for a third every few jobs, each such probe being one more failed job.
 */
const ABOVE_CEILING_WAVES = 1
const MAX_PROBE_WAVES = 32
/** Jobs differ in size; their time is compared per flow, with this many flows' worth of fixed time. */
const FIXED_PART_FLOWS = 50
/** Clean jobs kept to tell how many the service has run at once (at least the most slots there are). */
const RECENT_CLEAN_RUNS = 32

/** A job's hold of a slot, from granted to given back, counted in slot events: which jobs overlapped, with no clock. */
interface SlotSpan {
  readonly from: number
  readonly to: number
}

export function createAdaptiveSlots(options: AdaptiveOptions) {
  const onlyOverload = options.reactTo === 'overload'
  let level = Math.max(1, Math.min(options.initial, options.max))
  let peak = level
  let held = 0
  let throttledSeen = options.throttled()
  /** Until the service first pushes back, each clean job opens a slot; afterwards one a wave. */
  let slowStart = !onlyOverload
  let cleanSinceChange = 0
  /** The level an overload failure last set: from there up, the level climbs ABOVE_CEILING_WAVES times slower. */
  let ceiling = Infinity
  let probeWaves = ABOVE_CEILING_WAVES
  /** Slot events so far (granted or given back). */
  let events = 0
  /** The jobs that finished cleanly since the level was last lowered. */
  const cleanRuns: SlotSpan[] = []
  /** Jobs the service has been seen to run at once, all cleanly (the most of `cleanRuns` that overlapped). */
  let proven = 0
  /**
   * Clean jobs since the service last failed a job as overloaded. A failure is taken for chance only after a whole
   * clean wave: a service that fails one job in every few, or several in one wave, is overloaded, not unlucky.
   */
  let cleanSinceOverload = Infinity
  /** The last overload failure was taken for chance: `settled` says one less until a clean wave has passed. */
  let lastTakenForChance = false
  /** Recent jobs' time in ms per (flows + FIXED_PART_FLOWS), oldest first. */
  const recent: number[] = []
  const waiting: (() => void)[] = []

  const pump = (): void => {
    while (held < level && waiting.length > 0) {
      held++
      waiting.shift()!()
    }
  }
  const lowerTo = (next: number): void => {
    level = Math.max(1, Math.min(level, next))
    slowStart = false
    cleanSinceChange = 0
    // Clean jobs from before say nothing of the service now, but the level it has just been lowered to was run.
    cleanRuns.length = 0
    proven = Math.min(proven, level)
  }
  const learn = (outcome: JobOutcome, run: SlotSpan): void => {
    const throttled = options.throttled()
    const newlyThrottled = throttled > throttledSeen
    throttledSeen = throttled
    if (outcome.overloaded) {
      const chance = level <= proven && cleanSinceOverload >= level
      cleanSinceOverload = 0
      lastTakenForChance = chance
      if (chance) return
      // Each job the service failed as overloaded is one job more than it runs at once: a wave of 8 jobs
      // against a service that runs 2 fails 6 of them and brings the level to 2 in that one wave.
      lowerTo(level - 1)
      probeWaves = level === ceiling ? Math.min(MAX_PROBE_WAVES, probeWaves * 2) : ABOVE_CEILING_WAVES
      ceiling = level
      return
    }
    if (newlyThrottled && !onlyOverload) return lowerTo(Math.floor(level / 2))
    // A job refused for one of its flows says nothing about the service's capacity.
    if (!outcome.ok) return
    cleanSinceOverload++
    if (cleanRuns.length === RECENT_CLEAN_RUNS) cleanRuns.shift()
    cleanRuns.push(run)
    proven = Math.max(proven, ...cleanRuns.map(({ from }) => cleanRuns.filter((other) => other.from <= from && from < other.to).length))
    if (onlyOverload) return grow()
    const pace = outcome.ms / (outcome.flows + FIXED_PART_FLOWS)
    const median = (): number => [...recent].sort((a, b) => a - b)[Math.floor(recent.length / 2)]!
    const slow = recent.length >= MIN_JOBS_TO_JUDGE && pace > median() * SLOW_JOB_FACTOR
    recent.push(pace)
    if (recent.length > RECENT_JOBS) recent.shift()
    if (slow) return lowerTo(Math.floor(level * 3 / 4))
    if (options.rateHeadroom() < MIN_HEADROOM) return
    grow()
  }
  const grow = (): void => {
    cleanSinceChange++
    const wave = level >= ceiling ? level * probeWaves : level
    if (!slowStart && cleanSinceChange < wave) return
    cleanSinceChange = 0
    level = Math.min(options.max, level + 1)
    peak = Math.max(peak, level)
  }

  return {
    get level() {
      return level
    },
    /** The most slots open at once this run. */
    get peak() {
      return peak
    },
    /**
     * The level the service is known to run: no higher than the most jobs it has run at once cleanly (a probe above
     * that is a question, not an answer), and one less while a failure at this level is taken for chance.
     */
    get settled() {
      const known = proven > 0 ? Math.min(level, proven) : level
      return lastTakenForChance && cleanSinceOverload < known ? Math.max(1, known - 1) : known
    },
    async acquire() {
      if (held < level && waiting.length === 0) held++
      else await new Promise<void>((resolve) => waiting.push(resolve))
      const from = ++events
      let released = false
      return (outcome?: JobOutcome) => {
        if (released) return
        released = true
        held--
        if (outcome) learn(outcome, { from, to: ++events })
        pump()
      }
    },
  }
}

/**
 * Where adaptive concurrency starts. Each clean finish opens one more slot, so from 8 it reaches the most
 * (16) after one wave of jobs: an org of 2,000 flows (40 jobs) then needs the same three waves as at 16
 * from the start (8 + 16 + 16), where starting at 4 needs four (4 + 8 + 16 + 12). One wave is one job's
 * time, seconds in a real org. An org whose service runs fewer comes down to them within that first wave.
 */
const ADAPTIVE_START = 8

/** The export-job slots a run uses: a pinned `concurrency` is the most in flight (only overload lowers it). */
export function createJobSlots(concurrency: Concurrency, client: Pick<GenesysClient, 'stats' | 'rateHeadroom'>): AdaptiveSlots {
  if (concurrency !== 'adaptive') {
    return createAdaptiveSlots({ initial: concurrency, max: concurrency, reactTo: 'overload', rateHeadroom: () => 1, throttled: () => 0 })
  }
  return createAdaptiveSlots({
    initial: ADAPTIVE_START,
    max: MAX_CONCURRENCY,
    rateHeadroom: () => client.rateHeadroom(),
    throttled: () => client.stats.throttled,
  })
}

export function describeJobSlots(concurrency: Concurrency): string {
  return concurrency === 'adaptive'
    ? `${ADAPTIVE_START} at a time to start with (concurrency: adaptive, up to ${MAX_CONCURRENCY})`
    : `${concurrency} at a time`
}
