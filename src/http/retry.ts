// The one retry policy of every HTTP caller (Genesys API, login, downloads, the webhook): exponential
// backoff with full jitter, and a server's Retry-After honoured in full. Genesys-agnostic on purpose.

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

/** Wall-clock time and timers; tests pass their own Clock. */
export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export function backoffMs(attempt: number, random: () => number, baseMs = 400, capMs = 15_000): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt))
}

/** `Retry-After` in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** What one attempt came to: a value, or a reason to try again (with the server's Retry-After, if it gave one). */
export type Attempt<T, Reason = unknown> = { readonly value: T } | { readonly retry: Reason; readonly retryAfter?: string | null }

export interface RetryPolicy {
  /** Tries after the first. */
  readonly retries: number
  readonly clock: Clock
  readonly random: () => number
  readonly baseMs?: number
  readonly capMs?: number
  /** The longest Retry-After honoured (a receiver asking for an hour is not waited on). Default: no cap. */
  readonly maxRetryAfterMs?: number
  /** Told before each pause (to count retries, log a throttle, …). */
  readonly onRetry?: (pauseMs: number, attempt: number) => void
}

/**
 * Runs `attempt` until it gives a value or the retries are spent. The last retryable outcome is handed to
 * `giveUp`, which turns it into the error the caller throws (or a value it settles for); by default it is thrown.
 */
export async function withRetries<T, Reason = unknown>(
  attempt: (index: number) => Promise<Attempt<T, Reason>>,
  policy: RetryPolicy,
  giveUp: (last: Reason) => T | never = (last) => {
    throw last
  },
): Promise<T> {
  for (let index = 0; ; index++) {
    const outcome = await attempt(index)
    if ('value' in outcome) return outcome.value
    if (index >= policy.retries) return giveUp(outcome.retry)
    const asked = retryAfterMs(outcome.retryAfter, policy.clock.now())
    const pause =
      asked === undefined
        ? backoffMs(index, policy.random, policy.baseMs, policy.capMs)
        : Math.min(asked, policy.maxRetryAfterMs ?? Infinity)
    policy.onRetry?.(pause, index)
    await policy.clock.sleep(pause)
  }
}
