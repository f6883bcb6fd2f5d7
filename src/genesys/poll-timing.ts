// When to poll an export job. Polls cost requests from the same per-minute budget as everything else,
// so: start fast, back off, and once jobs have finished, wait about as long as they took before the
// first poll of the next one, which then usually needs a single poll.

export interface PollTiming {
  /** Milliseconds to wait before poll number `attempt` (0-based), `waited` ms after registering. */
  delay(attempt: number, waited: number): number
  /** A job was seen done `ms` after it was registered. */
  record(ms: number): void
}

export interface PollTimingOptions {
  readonly firstMs?: number
  readonly factor?: number
  readonly capMs?: number
}

export function createPollTiming(options: PollTimingOptions = {}): PollTiming {
  const firstMs = options.firstMs ?? 150
  const factor = options.factor ?? 1.6
  const capMs = options.capMs ?? 5_000
  const seen: number[] = []
  // The shortest completion seen: an upper bound of how long a job takes (it was seen at a poll).
  const expected = (): number | undefined => (seen.length === 0 ? undefined : Math.min(...seen))
  return {
    delay(attempt, waited) {
      const learned = expected()
      if (attempt === 0) return Math.max(0, (learned ?? firstMs) - waited)
      const base = learned === undefined ? firstMs : Math.max(firstMs, learned / 4)
      return Math.min(capMs, Math.round(base * factor ** (attempt - 1)))
    },
    record(ms) {
      seen.push(ms)
      if (seen.length > 20) seen.shift()
    },
  }
}
