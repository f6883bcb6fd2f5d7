// A counting semaphore: at most `size` holders at once, served in arrival order.

/** How an export job that held a slot went, so slots that adapt can learn from it. */
export interface JobOutcome {
  /** False: the job failed, or never got done. */
  readonly ok: boolean
  /** From registering to the poll that saw it done. */
  readonly ms: number
  readonly flows: number
}

export interface Slots {
  /**
   * Waits for a free slot; returns the function that frees it (calling it twice frees it once), told how
   * the job went when there was one.
   */
  acquire(): Promise<(outcome?: JobOutcome) => void>
}

export function createSlots(size: number): Slots {
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
