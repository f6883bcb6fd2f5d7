import type { Slots } from '../http/limiter.js';
/** How an export job that held a slot went, so slots that adapt can learn from it. */
export interface JobOutcome {
    /** False: the job failed, or never got done. */
    readonly ok: boolean;
    /** From registering to the poll that saw it done. */
    readonly ms: number;
    readonly flows: number;
    /** The job failed as the service fails when overloaded (genesys-api.md §4.2a). */
    readonly overloaded?: boolean;
}
export interface AdaptiveOptions {
    readonly initial: number;
    /** The fewest slots it falls to (default 1). */
    readonly min?: number;
    readonly max: number;
    /** Share of the rate window still free (1 = all of it), from the client's latest answer. */
    readonly rateHeadroom: () => number;
    /** 429s this client has had so far. */
    readonly throttled: () => number;
    /**
     * `overload`: a level the user pinned, which only an overloaded service lowers (and which climbs back to
     * `max`); `all` (default): every signal moves it.
     */
    readonly reactTo?: 'all' | 'overload';
}
export interface AdaptiveSlots extends Slots<JobOutcome> {
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
