import type { Slots } from './slots.js';
export interface AdaptiveOptions {
    readonly initial: number;
    /** The fewest slots it falls to (default 1). */
    readonly min?: number;
    readonly max: number;
    /** Share of the rate window still free (1 = all of it), from the client's latest answer. */
    readonly rateHeadroom: () => number;
    /** 429s this client has had so far. */
    readonly throttled: () => number;
}
export interface AdaptiveSlots extends Slots {
    /** Slots open now. */
    readonly level: number;
    /** The most slots open at once this run. */
    readonly peak: number;
}
/** A job this many times slower than the median of recent jobs (per flow) is taken for a service that queues. */
export declare const SLOW_JOB_FACTOR = 2;
/** Below this share of the rate window left, more jobs at once would only wait for requests. */
export declare const MIN_HEADROOM = 0.25;
export declare function createAdaptiveSlots(options: AdaptiveOptions): AdaptiveSlots;
