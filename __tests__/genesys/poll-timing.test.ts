import { describe, expect, it } from 'vitest'
import { createPollTiming } from '../../src/genesys/poll-timing.js'

describe('createPollTiming', () => {
  it('starts fast and backs off to a cap while nothing is known', () => {
    const timing = createPollTiming({ firstMs: 100, factor: 2, capMs: 1_000 })
    expect([0, 1, 2, 3, 4, 5].map((attempt) => timing.delay(attempt, 0))).toEqual([100, 100, 200, 400, 800, 1_000])
  })

  it('waits about as long as finished jobs took before the first poll of the next job', () => {
    const timing = createPollTiming({ firstMs: 100 })
    timing.record(900)
    timing.record(700)
    expect(timing.delay(0, 0)).toBe(700)
    // Time already spent (registering the job) counts toward it.
    expect(timing.delay(0, 200)).toBe(500)
    expect(timing.delay(0, 5_000)).toBe(0)
  })
})
