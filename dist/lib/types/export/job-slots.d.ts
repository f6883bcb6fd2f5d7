import type { Concurrency } from '../settings/types.js';
import { type AdaptiveSlots, type JobOutcome } from './adaptive-slots.js';
import { type GenesysClient } from '../genesys/client.js';
import type { Slots } from '../http/limiter.js';
/**
 * Where adaptive concurrency starts. Each clean finish opens one more slot, so from 8 it reaches the most
 * (16) after one wave of jobs: an org of 2,000 flows (40 jobs) then needs the same three waves as at 16
 * from the start (8 + 16 + 16), where starting at 4 needs four (4 + 8 + 16 + 12). One wave is one job's
 * time, seconds in a real org. An org that fails jobs halves it to the floor within that first wave.
 */
export declare const ADAPTIVE_START = 8;
/**
 * The least adaptive concurrency falls to. An org's export service may run only a job or two at once; its
 * transient failures are retried unsplit, so a low level no longer means retrying flows one at a time.
 */
export declare const ADAPTIVE_FLOOR = 1;
export declare function createJobSlots(concurrency: Concurrency, client: Pick<GenesysClient, 'stats' | 'rateHeadroom'>): Slots<JobOutcome> | AdaptiveSlots;
export declare function describeJobSlots(concurrency: Concurrency): string;
/** The log line that says where adaptive concurrency settled, or undefined for pinned slots. */
export declare function settledLine(slots: Slots<JobOutcome> | AdaptiveSlots, concurrency: Concurrency): string | undefined;
