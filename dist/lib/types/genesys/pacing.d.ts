import type { Clock } from '../http/retry.js';
/**
 * A sliding log of the requests we sent in the last window. A sliding log never sends more than the
 * limit in any window, so it is safe against both fixed-window and sliding-window servers.
 */
export declare class RequestPacer {
    /** Requests allowed per window until the server says otherwise: 300, the Genesys default. */
    private limit;
    private readonly windowMs;
    private readonly clock;
    /** Send times (ascending) of the requests that still count against the window. */
    private sent;
    private pausedUntil;
    private readonly slots;
    constructor(options: {
        /** The window the limit counts over (60 s in Genesys Cloud; a benchmark may scale it). */
        readonly windowMs?: number;
        readonly concurrency: number;
        readonly clock: Clock;
    });
    /** Waits for a free slot and room in the window; returns the function that frees the slot. */
    acquire(): Promise<() => void>;
    /** Learns the limit from the response headers and defers to the server's count when it is higher. */
    observe(headers: Partial<ReturnType<typeof readRateHeaders>>): void;
    /** Holds every request until `ms` from now (a 429's Retry-After applies to the whole client). */
    pause(ms: number): void;
    /** Checks and records in the same synchronous step, so two waiters never take the same room. */
    private waitForRoomAndTakeIt;
    private expire;
}
/** `inin-ratelimit-allowed`, `-count` (used in the current window) and `-reset` (seconds until it resets). */
export declare function readRateHeaders(get: (name: string) => string | null): {
    allowed: number | undefined;
    count: number | undefined;
    reset: number | undefined;
};
