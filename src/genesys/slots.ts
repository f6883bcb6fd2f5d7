// A counting semaphore: at most `size` holders at once, served in arrival order.

export interface Slots {
  /** Waits for a free slot; returns the function that frees it (calling it twice frees it once). */
  acquire(): Promise<() => void>
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
