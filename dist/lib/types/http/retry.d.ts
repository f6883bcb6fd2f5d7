export interface Clock {
    now(): number;
    sleep(ms: number): Promise<void>;
}
/** Wall-clock time and timers; tests pass their own Clock. */
export declare const REAL_CLOCK: Clock;
/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export declare function backoffMs(attempt: number, random: () => number, baseMs?: number, capMs?: number): number;
/** `Retry-After` in seconds or as an HTTP date; undefined when absent or unreadable. */
export declare function retryAfterMs(value: string | null | undefined, now: number): number | undefined;
/** What one attempt came to: a value, or a reason to try again (with the server's Retry-After, if it gave one). */
export type Attempt<T, Reason = unknown> = {
    readonly value: T;
} | {
    readonly retry: Reason;
    readonly retryAfter?: string | null;
};
export interface RetryPolicy {
    /** Tries after the first. */
    readonly retries: number;
    readonly clock: Clock;
    readonly random: () => number;
    readonly baseMs?: number;
    readonly capMs?: number;
    /** The longest Retry-After honoured (a receiver asking for an hour is not waited on). Default: no cap. */
    readonly maxRetryAfterMs?: number;
    /** Told before each pause (to count retries, log a throttle, …). */
    readonly onRetry?: (pauseMs: number, attempt: number) => void;
}
/**
 * Runs `attempt` until it gives a value or the retries are spent. The last retryable outcome is handed to
 * `giveUp`, which turns it into the error the caller throws (or a value it settles for); by default it is thrown.
 */
export declare function withRetries<T, Reason = unknown>(attempt: (index: number) => Promise<Attempt<T, Reason>>, policy: RetryPolicy, giveUp?: (last: Reason) => T | never): Promise<T>;
