// The export-job slots a run uses: a fixed number when `concurrency` pins it, else slots that adapt.
import type { Concurrency } from '../settings/types.js'
import { createAdaptiveSlots, type AdaptiveSlots } from './adaptive-slots.js'
import { MAX_CONCURRENCY, type GenesysClient } from './client.js'
import { createSlots, type Slots } from './slots.js'

/**
 * Where adaptive concurrency starts, and the least it falls to: the old fixed default, safe for any org.
 * Below it, an org whose jobs keep failing (often transiently) would retry them one at a time.
 */
export const ADAPTIVE_START = 4

export function createJobSlots(concurrency: Concurrency, client: Pick<GenesysClient, 'stats' | 'rateHeadroom'>): Slots | AdaptiveSlots {
  if (concurrency !== 'adaptive') return createSlots(concurrency)
  return createAdaptiveSlots({
    initial: ADAPTIVE_START,
    min: ADAPTIVE_START,
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
export function settledLine(slots: Slots | AdaptiveSlots): string | undefined {
  if (!('level' in slots)) return undefined
  return `Export-job concurrency settled at ${slots.level} (adaptive; the most at once was ${slots.peak}).`
}
