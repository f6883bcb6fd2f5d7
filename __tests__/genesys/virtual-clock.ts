// A clock for pacing tests: sleeps are timers on a virtual timeline that advances only when every
// pending task is waiting, so schedules are exact and a minute of pacing takes milliseconds.

export interface VirtualClock {
  now(): number
  sleep(ms: number): Promise<void>
  /** Advances time timer by timer until `work` settles, and returns its value. */
  runUntilSettled<T>(work: Promise<T>): Promise<T>
}

export function createVirtualClock(start = 0): VirtualClock {
  let time = start
  let timers: { at: number; seq: number; resolve: () => void }[] = []
  let seq = 0
  const idle = () => new Promise<void>((resolve) => setImmediate(resolve))
  return {
    now: () => time,
    sleep(ms) {
      return new Promise((resolve) => {
        timers.push({ at: time + Math.max(0, ms), seq: seq++, resolve })
      })
    },
    async runUntilSettled(work) {
      let settled = false
      const done = work.finally(() => {
        settled = true
      })
      done.catch(() => {})
      for (;;) {
        await idle()
        if (settled) return done
        if (timers.length === 0) throw new Error('virtual clock: nothing left to run, but the work is not done')
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq)
        const next = timers[0]!
        timers = timers.slice(1)
        time = Math.max(time, next.at)
        next.resolve()
      }
    },
  }
}
