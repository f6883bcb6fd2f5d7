// Fixed-window request counting per key (an OAuth client), as the inin-ratelimit-* headers describe it:
// `allowed` per window, `count` used so far, `reset` seconds until the window starts again.

export interface RateDecision {
  allowed: boolean
  limit: number
  count: number
  /** Whole seconds until the window resets, at least 1 (a Retry-After of 0 would invite a busy loop). */
  resetSeconds: number
}

export interface RateLimiter {
  take(key: string, now: number): RateDecision
  /** Looks without counting (for the headers of answers that do not count, e.g. a 401). */
  peek(key: string, now: number): RateDecision
  clear(): void
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  const current = (key: string, now: number): { start: number; count: number } => {
    let window = windows.get(key)
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 }
      windows.set(key, window)
    }
    return window
  }
  const decide = (window: { start: number; count: number }, now: number, allowed: boolean): RateDecision => ({
    allowed,
    limit,
    count: window.count,
    resetSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
  })
  return {
    take(key, now) {
      const window = current(key, now)
      if (window.count >= limit) return decide(window, now, false)
      window.count++
      return decide(window, now, true)
    },
    peek(key, now) {
      return decide(current(key, now), now, true)
    },
    clear() {
      windows.clear()
    },
  }
}
