// Client-side pacing: stay under the org's per-client request limit (docs/genesys-api.md §6) and bound the
// requests in flight, so throttling is the exception and not the way we discover the limit.
import { createSlots, type Slots } from '../http/limiter.js'
import type { Clock } from '../http/retry.js'

/**
 * A sliding log of the requests we sent in the last window. A sliding log never sends more than the
 * limit in any window, so it is safe against both fixed-window and sliding-window servers.
 */
export class RequestPacer {
  /** Requests allowed per window until the server says otherwise: 300, the Genesys default. */
  private limit = 300
  private readonly windowMs: number
  private readonly clock: Clock
  /** Send times (ascending) of the requests that still count against the window. */
  private sent: number[] = []
  private pausedUntil = 0
  private readonly slots: Slots

  constructor(options: {
    /** The window the limit counts over (60 s in Genesys Cloud; a benchmark may scale it). */
    readonly windowMs?: number
    readonly concurrency: number
    readonly clock: Clock
  }) {
    const windowMs = options.windowMs ?? 60_000
    // The server counts arrivals, we count departures: a margin for requests delayed on the way (a busy event loop).
    this.windowMs = windowMs + Math.max(250, windowMs / 50)
    this.slots = createSlots(options.concurrency)
    this.clock = options.clock
  }

  /** Waits for a free slot and room in the window; returns the function that frees the slot. */
  async acquire(): Promise<() => void> {
    const release = await this.slots.acquire()
    await this.waitForRoomAndTakeIt().catch((error: unknown) => {
      release()
      throw error
    })
    return release
  }

  /** Learns the limit from the response headers and defers to the server's count when it is higher. */
  observe(headers: Partial<ReturnType<typeof readRateHeaders>>): void {
    const now = this.clock.now()
    if (headers.allowed !== undefined && headers.allowed > 0) this.limit = headers.allowed
    if (headers.count === undefined || headers.reset === undefined) return
    this.expire(now)
    // Another job with the same OAuth client used part of the window: its requests count as ours until the reset.
    const missing = headers.count - this.sent.length
    if (missing > 0) {
      const expiresAt = now + headers.reset * 1000 - this.windowMs
      this.sent = [...new Array<number>(missing).fill(expiresAt), ...this.sent].sort((a, b) => a - b)
    }
  }

  /** Holds every request until `ms` from now (a 429's Retry-After applies to the whole client). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms)
  }

  /** Checks and records in the same synchronous step, so two waiters never take the same room. */
  private async waitForRoomAndTakeIt(): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      this.expire(now)
      let wait = this.pausedUntil - now
      if (this.sent.length >= this.limit) {
        const oldestThatMustExpire = this.sent[this.sent.length - this.limit]!
        wait = Math.max(wait, oldestThatMustExpire + this.windowMs - now)
      }
      if (wait <= 0) {
        this.sent.push(now)
        return
      }
      await this.clock.sleep(wait)
    }
  }

  private expire(now: number): void {
    this.sent = this.sent.filter((time) => time > now - this.windowMs)
  }
}

/** `inin-ratelimit-allowed`, `-count` (used in the current window) and `-reset` (seconds until it resets). */
export function readRateHeaders(get: (name: string) => string | null) {
  const num = (name: string): number | undefined => {
    const value = Number(get(name) ?? NaN)
    return Number.isFinite(value) ? value : undefined
  }
  return {
    allowed: num('inin-ratelimit-allowed'),
    count: num('inin-ratelimit-count'),
    reset: num('inin-ratelimit-reset'),
  }
}
