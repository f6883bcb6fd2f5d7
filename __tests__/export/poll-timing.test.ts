import { describe, expect, it } from 'vitest'
import { createPollTiming, type PollTiming } from '../../src/export/poll-timing.js'
import { createVirtualClock, type VirtualClock } from '../genesys/virtual-clock.js'

/** Polls one job that is done `durationMs` after `startAt`, as jobs.ts does; returns its poll times. */
async function pollJob(clock: VirtualClock, timing: PollTiming, startAt: number, durationMs: number, maxPolls = 50): Promise<number[]> {
  await clock.sleep(startAt)
  const job = { startedAt: clock.now(), polls: 0, lastPollAt: clock.now() }
  const polls: number[] = []
  try {
    while (polls.length < maxPolls) {
      await timing.wait(job)
      job.polls++
      job.lastPollAt = clock.now()
      polls.push(clock.now())
      const waited = clock.now() - job.startedAt
      const done = waited >= durationMs
      timing.observe(waited, done)
      if (done) break
    }
  } finally {
    timing.finished(job)
  }
  return polls
}

describe('createPollTiming', () => {
  it('lets the first job poll every 150 ms, then every twentieth of the time it has run, while nothing is known', async () => {
    const clock = createVirtualClock()
    const timing = createPollTiming(clock)
    const polls = await clock.runUntilSettled(pollJob(clock, timing, 0, 10_000, 24))
    const everyFirstMs = Array.from({ length: 20 }, (_, index) => 150 * (index + 1))
    expect(polls).toEqual([...everyFirstMs, 3_150, 3_308, 3_473, 3_647])
  })

  it('has the other jobs of the first wave wait for what the first one learns', async () => {
    const clock = createVirtualClock()
    const timing = createPollTiming(clock)
    const [scout, ...others] = await clock.runUntilSettled(
      Promise.all([0, 0, 0, 0].map((start) => pollJob(clock, timing, start, 2_000))),
    )
    expect(scout).toEqual(Array.from({ length: 14 }, (_, index) => 150 * (index + 1)))
    // One early look (1.2 s), then the poll right after the scout saw its job done.
    for (const polls of others) expect(polls).toEqual([1_200, 2_100])
  })

  it('polls a new job in the middle of the bracket seen, then at its top', async () => {
    const clock = createVirtualClock()
    const timing = createPollTiming(clock)
    timing.observe(150, false)
    timing.observe(300, true)
    const polls = await clock.runUntilSettled(pollJob(clock, timing, 1_000, 260))
    expect(polls).toEqual([1_225, 1_300])
  })

  it('converges to one poll a job on a steady service', async () => {
    const clock = createVirtualClock()
    const timing = createPollTiming(clock)
    const counts: number[] = []
    for (let job = 0; job < 12; job++) counts.push((await clock.runUntilSettled(pollJob(clock, timing, 0, 200))).length)
    expect(counts.slice(-4)).toEqual([1, 1, 1, 1])
  })

  it('backs off from the quickest completion when a job is slower than any seen', async () => {
    const clock = createVirtualClock()
    const timing = createPollTiming(clock)
    timing.observe(800, true)
    const polls = await clock.runUntilSettled(pollJob(clock, timing, 0, 2_400))
    // The bracket 0..800: its middle, its top, then backing off from a quarter of it (200 ms, × 1.6 a poll).
    expect(polls).toEqual([400, 800, 1_120, 1_632, 2_451])
  })
})
