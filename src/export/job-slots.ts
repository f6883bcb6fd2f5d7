// The export-job slots a run uses: a fixed number when `concurrency` pins it, else slots that adapt.
import type { Concurrency } from '../settings/types.js'
import { createAdaptiveSlots, type AdaptiveSlots, type JobOutcome } from './adaptive-slots.js'
import { MAX_CONCURRENCY, type GenesysClient } from '../genesys/client.js'
import type { Slots } from '../http/limiter.js'

/**
 * Where adaptive concurrency starts. Each clean finish opens one more slot, so from 8 it reaches the most
 * (16) after one wave of jobs: an org of 2,000 flows (40 jobs) then needs the same three waves as at 16
 * from the start (8 + 16 + 16), where starting at 4 needs four (4 + 8 + 16 + 12). One wave is one job's
 * time, seconds in a real org. An org that fails jobs halves it to the floor within that first wave.
 */
export const ADAPTIVE_START = 8
/**
 * The least adaptive concurrency falls to. An org's export service may run only a job or two at once; its
 * transient failures are retried unsplit, so a low level no longer means retrying flows one at a time.
 */
export const ADAPTIVE_FLOOR = 1

export function createJobSlots(concurrency: Concurrency, client: Pick<GenesysClient, 'stats' | 'rateHeadroom'>): Slots<JobOutcome> | AdaptiveSlots {
  // A pinned number is the most jobs in flight: an overloaded service still lowers it (and it climbs back).
  if (concurrency !== 'adaptive') {
    return createAdaptiveSlots({ initial: concurrency, min: 1, max: concurrency, reactTo: 'overload', rateHeadroom: () => 1, throttled: () => 0 })
  }
  return createAdaptiveSlots({
    initial: ADAPTIVE_START,
    min: ADAPTIVE_FLOOR,
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

/** The log line that says where adaptive concurrency settled, or undefined for pinned slots. */
export function settledLine(slots: Slots<JobOutcome> | AdaptiveSlots, concurrency: Concurrency): string | undefined {
  if (!('level' in slots) || concurrency !== 'adaptive') return undefined
  return `Export-job concurrency settled at ${slots.level} (adaptive; the most at once was ${slots.peak}).`
}
