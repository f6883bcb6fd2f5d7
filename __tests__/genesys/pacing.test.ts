import { describe, expect, it } from 'vitest'
import { readRateHeaders, RequestPacer } from '../../src/genesys/pacing.js'
import { createVirtualClock } from './virtual-clock.js'

/** Acquires `count` sends as fast as the pacer allows, `parallel` at a time; returns the send times. */
async function sendAll(pacer: RequestPacer, clock: ReturnType<typeof createVirtualClock>, count: number, parallel: number) {
  const sentAt: number[] = []
  let next = 0
  const worker = async () => {
    while (next < count) {
      next++
      const release = await pacer.acquire()
      sentAt.push(clock.now())
      release()
    }
  }
  await clock.runUntilSettled(Promise.all(Array.from({ length: parallel }, worker)))
  return sentAt
}

function mostInAnyWindow(times: number[], windowMs: number): number {
  let most = 0
  for (let start = 0; start < times.length; start++) {
    let end = start
    while (end < times.length && times[end]! < times[start]! + windowMs) end++
    most = Math.max(most, end - start)
  }
  return most
}

describe('RequestPacer', () => {
  it('never sends more than the limit in any window, and sends the next one as soon as the window allows', async () => {
    const clock = createVirtualClock()
    const pacer = new RequestPacer({ windowMs: 60_000, concurrency: 16, clock })
    const sentAt = await sendAll(pacer, clock, 1000, 16)
    expect(sentAt).toHaveLength(1000)
    expect(mostInAnyWindow(sentAt, 60_000)).toBe(300)
    // The pipe stays full: request 301 leaves the moment the first one leaves the window (plus the
    // margin of 2 % for requests delayed on the way).
    expect(sentAt[300]).toBe(61_200)
    expect(sentAt[999]).toBe(183_600)
  })

  it('holds every request during a pause (a 429 applies to the whole client)', async () => {
    const clock = createVirtualClock()
    const pacer = new RequestPacer({ concurrency: 4, clock })
    pacer.pause(12_000)
    const sentAt = await sendAll(pacer, clock, 5, 4)
    expect(Math.min(...sentAt)).toBe(12_000)
  })

  it('learns the limit from inin-ratelimit-allowed', async () => {
    const clock = createVirtualClock()
    const pacer = new RequestPacer({ windowMs: 1_000, concurrency: 8, clock })
    pacer.observe({ allowed: 5 })
    const sentAt = await sendAll(pacer, clock, 10, 8)
    expect(mostInAnyWindow(sentAt, 1_000)).toBe(5)
  })

  it('waits for the reset when the server counts more requests than this run sent (another user of the client)', async () => {
    const clock = createVirtualClock()
    const pacer = new RequestPacer({ windowMs: 60_000, concurrency: 1, clock })
    pacer.observe({ allowed: 10, count: 10, reset: 20 })
    const sentAt = await sendAll(pacer, clock, 1, 1)
    expect(sentAt[0]).toBe(20_000)
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    const clock = createVirtualClock()
    const pacer = new RequestPacer({ concurrency: 2, clock })
    let inFlight = 0
    let most = 0
    const oneRequest = async () => {
      const release = await pacer.acquire()
      most = Math.max(most, ++inFlight)
      await clock.sleep(100)
      inFlight--
      release()
    }
    await clock.runUntilSettled(Promise.all(Array.from({ length: 7 }, oneRequest)))
    expect(most).toBe(2)
  })
})

describe('readRateHeaders', () => {
  it('reads the inin-ratelimit headers as numbers and ignores junk', () => {
    const headers: Record<string, string> = { 'inin-ratelimit-allowed': '300', 'inin-ratelimit-count': '3', 'inin-ratelimit-reset': 'x' }
    expect(readRateHeaders((name) => headers[name] ?? null)).toEqual({ allowed: 300, count: 3, reset: undefined })
  })
})
