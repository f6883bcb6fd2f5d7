// When to poll an export job. Polls cost requests from the same per-minute budget as everything else,
// and a poll that comes late costs time. So:
// - while no job has been seen done, one job (the scout) polls fast and backs off; the others poll
//   rarely, waiting to learn from it;
// - once jobs have been seen done and not yet done, each job is polled inside that bracket, halving it,
//   so a steady service soon gets one poll a job, close to the moment the job is done.
import type { Clock } from '../http/retry.js'

/** One job's polling so far; `wait` and `observe` read and the caller updates it. */
export interface JobPolls {
  readonly startedAt: number
  polls: number
  lastPollAt: number
}

export type PollTiming = ReturnType<typeof createPollTiming>

/** The scout's first pause between polls; then pauses grow by BACKOFF_FACTOR, up to MAX_PAUSE_MS. */
const FIRST_MS = 150
const BACKOFF_FACTOR = 1.6
const MAX_PAUSE_MS = 5_000
/** Observations kept: recent ones, so the bracket follows a service that slows down or speeds up. */
const MEMORY = 20
/** How often a waiting job looks again at what the others learned (no request: a timer). */
const RECHECK_MS = 25
/** Jobs waiting for the scout poll this many times less often. */
const PATIENCE = 8
/**
 * The scout waits FIRST_MS between polls, or a fifth of the time its job has run when that is longer: it is
 * a single job, so polling it often costs few requests (32 for a job of 5.5 s), and how late it sees its
 * job done is how late the whole first wave learns (at most FIRST_MS, or 5 %).
 */
const SCOUT_SHARE = 0.05
/**
 * The bracket is halved until it is this narrow (a share of a job's time, or RECHECK_MS × 2): every job polled at
 * its top may see its job done that much late, and the next job waits for that poll.
 */
const BRACKET_SHARE = 0.02

export function createPollTiming(clock: Clock) {
  const done: number[] = []
  const notDone: number[] = []
  let scout: JobPolls | undefined
  const backoff = (polls: number, base: number): number =>
    Math.min(MAX_PAUSE_MS, Math.round(base * BACKOFF_FACTOR ** Math.max(0, polls - 1)))

  const nextPollAt = (job: JobPolls): number => {
    if (done.length === 0) {
      scout ??= job
      const scoutPause = Math.max(FIRST_MS, Math.round(SCOUT_SHARE * (job.lastPollAt - job.startedAt)))
      if (scout === job) return job.lastPollAt + Math.min(MAX_PAUSE_MS, scoutPause)
      return job.lastPollAt + backoff(job.polls + 1, FIRST_MS * PATIENCE)
    }
    // hi: the quickest a job was seen done; lo: the longest one was seen not done, below that.
    const hi = Math.min(...done)
    const lo = Math.max(0, ...notDone.filter((value) => value < hi))
    const target = hi - lo > Math.max(hi * BRACKET_SHARE, RECHECK_MS * 2) ? (lo + hi) / 2 : hi
    // At most two polls inside the bracket: its middle, then its top.
    if (job.polls === 0) return job.startedAt + target
    if (job.lastPollAt - job.startedAt < hi) return job.startedAt + hi
    // Slower than any job seen lately: back off from there.
    return job.lastPollAt + backoff(job.polls, Math.max(FIRST_MS, hi / 4))
  }

  return {
    /** Resolves when `job` should be polled next. */
    async wait(job: JobPolls): Promise<void> {
      for (;;) {
        const now = clock.now()
        const at = nextPollAt(job)
        if (at <= now) return
        // Sleep in short steps while others may still teach us something; then the whole way.
        await clock.sleep(done.length === 0 && scout !== job ? Math.min(at - now, RECHECK_MS) : at - now)
      }
    },
    /** A poll `waited` ms after registering found the job done (or failed), or not yet. */
    observe(waited: number, isDone: boolean) {
      const list = isDone ? done : notDone
      list.push(waited)
      if (list.length > MEMORY) list.shift()
    },
    /** The job will not be polled again (done, failed or abandoned): another job may scout. */
    finished(job: JobPolls) {
      if (scout === job) scout = undefined
    },
    /** About how long a job takes, from the jobs seen done (a guess of FIRST_MS × PATIENCE before any). */
    typicalJobMs() {
      return done.length === 0 ? FIRST_MS * PATIENCE : Math.min(...done)
    },
  }
}
