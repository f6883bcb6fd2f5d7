// Progress lines a person can follow on a long export without being flooded: one at every tenth of
// the work, and at least one every 30 seconds while it runs.
import type { RequestStats } from '../model.js'

export function createProgress(log: (line: string) => void, stats: RequestStats, now: () => number, total: number) {
  const startedAt = now()
  let expected = total
  let exported = 0
  let failed = 0
  let skipped = 0
  let lastTenth = 0
  let lastLineAt = startedAt

  const line = (): string => {
    const seconds = Math.max(0.001, (now() - startedAt) / 1000)
    const finished = exported + failed + skipped
    const percent = expected === 0 ? 100 : Math.floor((finished / expected) * 100)
    const failures = (failed > 0 ? `, ${failed} failed` : '') + (skipped > 0 ? `, ${skipped} skipped` : '')
    return (
      `Exported ${exported} of ${expected} flows (${percent} %${failures}) in ${seconds.toFixed(1)} s: ` +
      `${(finished / seconds).toFixed(1)} flows/s, ${stats.requests} requests, ${stats.retries} retries, ${stats.throttled} throttled.`
    )
  }

  return {
    /** More flows joined the run (dependencies found in exported flows). */
    add(count: number) {
      expected += count
    },
    /** Flows finished (exported, failed, or skipped for a known reason). */
    done(newlyExported: number, newlyFailed: number, newlySkipped = 0) {
      exported += newlyExported
      failed += newlyFailed
      skipped += newlySkipped
      const finished = exported + failed + skipped
      const tenth = expected === 0 ? 10 : Math.floor((finished / expected) * 10)
      if (tenth > lastTenth || now() - lastLineAt >= 30_000) {
        lastTenth = Math.max(lastTenth, tenth)
        lastLineAt = now()
        if (finished < expected) log(line())
      }
    },
    finish() {
      log(line())
    },
  }
}
