import { describe, expect, it } from 'vitest'
import { createPollTiming } from '../../src/genesys/poll-timing.js'

describe('createPollTiming', () => {
  it('starts fast and backs off to a cap while nothing is known', () => {
    const timing = createPollTiming({ firstMs: 100, factor: 2, capMs: 1_000 })
    expect([0, 1, 2, 3, 4, 5].map((attempt) => timing.delay(attempt, 0))).toEqual([100, 100, 200, 400, 800, 1_000])
  })

  it('polls the next job in the middle of what was seen: not done at 150, done at 300', () => {
    const timing = createPollTiming({ firstMs: 150 })
    timing.observe(150, false)
    timing.observe(300, true)
    expect(timing.delay(0, 0)).toBe(225)
    // Time already spent registering the job counts toward it.
    expect(timing.delay(0, 25)).toBe(200)
    // Not done in the middle: the next poll goes at the quickest completion seen.
    expect(timing.delay(1, 225)).toBe(75)
  })

  it('converges to one poll a job on a steady service', () => {
    const jobMs = 200
    const timing = createPollTiming({ firstMs: 150 })
    const pollsPerJob: number[] = []
    for (let job = 0; job < 12; job++) {
      let waited = 0
      let polls = 0
      for (let attempt = 0; ; attempt++) {
        waited += timing.delay(attempt, waited)
        polls++
        const done = waited >= jobMs
        timing.observe(waited, done)
        if (done) break
      }
      pollsPerJob.push(polls)
    }
    expect(pollsPerJob.slice(-4)).toEqual([1, 1, 1, 1])
  })

  it('backs off from the quickest completion when a job is slower than any seen', () => {
    const timing = createPollTiming({ firstMs: 100, factor: 2, capMs: 10_000 })
    timing.observe(800, true)
    // Bracket 0..800: the middle, then the quickest completion, then backing off from a quarter of it.
    expect(timing.delay(0, 0)).toBe(400)
    expect(timing.delay(1, 400)).toBe(400)
    expect(timing.delay(2, 800)).toBe(400)
    expect(timing.delay(3, 1_200)).toBe(800)
  })
})
