// A counting semaphore: at most `size` holders at once, served in arrival order. The one limiter every
// HTTP caller uses (requests in flight, export jobs in flight); adaptive limits build on its interface.

export interface Slots<Outcome = unknown> {
  /**
   * Waits for a free slot; returns the function that frees it (calling it twice frees it once), told how
   * the work that held it went, for limits that learn from it.
   */
  acquire(): Promise<(outcome?: Outcome) => void>
}

export function createSlots<Outcome = unknown>(size: number): Slots<Outcome> {
  let free = Math.max(1, size)
  const waiting: (() => void)[] = []
  const release = (): void => {
    const next = waiting.shift()
    if (next) next()
    else free++
  }
  return {
    async acquire() {
      if (free > 0) free--
      else await new Promise<void>((resolve) => waiting.push(resolve))
      let released = false
      return () => {
        if (released) return
        released = true
        release()
      }
    },
  }
}
