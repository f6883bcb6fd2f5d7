import type { Concurrency } from '../settings/types.js';
import { type GenesysClient } from '../genesys/client.js';
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
interface AdaptiveOptions {
    readonly initial: number;
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
export type AdaptiveSlots = ReturnType<typeof createAdaptiveSlots>;
/** Below this share of the rate window left, more jobs at once would only wait for requests. */
export declare const MIN_HEADROOM = 0.25;
export declare function createAdaptiveSlots(options: AdaptiveOptions): {
    readonly level: number;
    /** The most slots open at once this run. */
    readonly peak: number;
    /**
     * The level the service is known to run: no higher than the most jobs it has run at once cleanly (a probe above
     * that is a question, not an answer), and one less while a failure at this level is taken for chance.
     */
    readonly settled: number;
    acquire(): Promise<(outcome?: JobOutcome) => void>;
};
/** The export-job slots a run uses: a pinned `concurrency` is the most in flight (only overload lowers it). */
export declare function createJobSlots(concurrency: Concurrency, client: Pick<GenesysClient, 'stats' | 'rateHeadroom'>): AdaptiveSlots;
export declare function describeJobSlots(concurrency: Concurrency): string;
export {};
