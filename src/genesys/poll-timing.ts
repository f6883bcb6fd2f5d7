// When to poll an export job. Polls cost requests from the same per-minute budget as everything else,
// and a poll that comes late costs time. So: start fast and back off while nothing is known; once jobs
// have been seen done and not yet done, poll the next job inside that bracket, halving it, so that a
// steady service soon gets one poll a job, close to the moment the job is done.

export interface PollTiming {
  /** Milliseconds to wait before poll number `attempt` (0-based), `waited` ms after registering. */
  delay(attempt: number, waited: number): number
  /** A poll `waited` ms after registering found the job done, or not yet. */
  observe(waited: number, done: boolean): void
}

export interface PollTimingOptions {
  readonly firstMs?: number
  readonly factor?: number
  readonly capMs?: number
}

/** Observations kept: recent ones, so the bracket follows a service that slows down or speeds up. */
const MEMORY = 20

export function createPollTiming(options: PollTimingOptions = {}): PollTiming {
  const firstMs = options.firstMs ?? 150
  const factor = options.factor ?? 1.6
  const capMs = options.capMs ?? 5_000
  const done: number[] = []
  const notDone: number[] = []
  const remember = (list: number[], value: number): void => {
    list.push(value)
    if (list.length > MEMORY) list.shift()
  }
  const backoff = (attempt: number, base: number): number => Math.min(capMs, Math.round(base * factor ** Math.max(0, attempt - 1)))

  return {
    delay(attempt, waited) {
      if (done.length === 0) return attempt === 0 ? Math.max(0, firstMs - waited) : backoff(attempt, firstMs)
      // hi: the quickest a job was seen done; lo: the longest one was seen not done, below that.
      const hi = Math.min(...done)
      const lo = Math.max(0, ...notDone.filter((value) => value < hi))
      const target = hi - lo > hi * 0.1 ? (lo + hi) / 2 : hi
      if (waited < target) return Math.round(target - waited)
      if (waited < hi) return Math.round(hi - waited)
      // Slower than any job seen lately: back off from there.
      return backoff(attempt, Math.max(firstMs, hi / 4))
    },
    observe(waited, isDone) {
      remember(isDone ? done : notDone, waited)
    },
  }
}
