import { describe, expect, it } from 'vitest'
import { createAdaptiveSlots, MIN_HEADROOM } from '../../src/export/adaptive-slots.js'

function slotsWith(world: { headroom?: number; throttled?: number } = {}, initial = 4) {
  const state = { headroom: world.headroom ?? 1, throttled: world.throttled ?? 0 }
  const slots = createAdaptiveSlots({ initial, max: 16, rateHeadroom: () => state.headroom, throttled: () => state.throttled })
  return { slots, state }
}

const quick = { ok: true, ms: 550, flows: 50 } as const
const overloaded = { ok: false, ms: 550, flows: 50, overloaded: true } as const

/** One wave at the current level: its last job fails as overloaded, the others finish cleanly. */
async function waveWithLastOverloaded(slots: ReturnType<typeof createAdaptiveSlots>): Promise<void> {
  const releases = await takeFree(slots)
  releases[releases.length - 1]!(overloaded)
  for (const release of releases.slice(0, -1)) release(quick)
}

/** Takes every free slot without waiting; returns their release functions. */
async function takeFree(slots: ReturnType<typeof createAdaptiveSlots>) {
  const releases = []
  for (let i = 0; i < slots.level; i++) releases.push(await slots.acquire())
  return releases
}

describe('adaptive export-job slots', () => {
  it('opens one more slot for each job that finishes cleanly, doubling over a wave', async () => {
    const { slots } = slotsWith()
    for (const release of await takeFree(slots)) release(quick)
    expect(slots.level).toBe(8)
  })

  it('lets a waiting job start as soon as a finished job opens a slot', async () => {
    const { slots } = slotsWith({}, 1)
    const first = await slots.acquire()
    let started = false
    const waiting = slots.acquire().then(() => (started = true))
    await Promise.resolve()
    expect(started).toBe(false)
    first(quick)
    await waiting
    expect(started).toBe(true)
  })

  it('stops at the maximum', async () => {
    const { slots } = slotsWith({}, 16)
    for (const release of await takeFree(slots)) release(quick)
    expect(slots.level).toBe(16)
  })

  it('steps down one slot for each job the service failed as overloaded', async () => {
    const { slots } = slotsWith({}, 8)
    const releases = await takeFree(slots)
    // Three of eight jobs failed as overloaded: the service runs five at once.
    for (const release of releases.slice(5)) release({ ok: false, ms: 300, flows: 50, overloaded: true })
    expect(slots.level).toBe(5)
  })

  it('keeps its level when a job fails for one of its flows (that says nothing of the service)', async () => {
    const { slots } = slotsWith({}, 8)
    const [release] = await takeFree(slots)
    release!({ ok: false, ms: 550, flows: 50 })
    expect(slots.level).toBe(8)
  })

  it('probes one slot higher after a clean wave, and waits twice as long after each probe the service fails', async () => {
    const { slots } = slotsWith({}, 4)
    const releases = await takeFree(slots)
    releases[3]!(overloaded)
    expect(slots.level).toBe(3)
    for (const release of releases.slice(0, 3)) release(quick)
    // One clean wave of 3: the level probes 4.
    expect(slots.level).toBe(4)
    await waveWithLastOverloaded(slots)
    expect(slots.level).toBe(3)
    // The probe's wave counted as one clean wave; the next makes two.
    for (const release of await takeFree(slots)) release(quick)
    expect(slots.level).toBe(4)
  })

  it('takes one overload failure at a level the service has run cleanly for chance, and a second for overload', async () => {
    const { slots } = slotsWith({}, 5)
    await waveWithLastOverloaded(slots)
    // Four ran at once, cleanly; after that clean wave the level probes five.
    expect(slots.level).toBe(5)
    const second = await takeFree(slots)
    second[4]!(overloaded)
    expect(slots.level).toBe(4)
    for (const release of second.slice(0, 4)) release(quick)
    // Four ran at once again, cleanly: one failure at four is taken for chance...
    const third = await takeFree(slots)
    third[2]!(overloaded)
    expect(slots.level).toBe(4)
    expect(slots.settled).toBe(3)
    // ...and a second before the next clean wave for overload.
    third[3]!(overloaded)
    expect(slots.level).toBe(3)
  })

  it('takes only the first failure of a failing wave for chance: the rest bring the level down one each', async () => {
    const { slots } = slotsWith({}, 5)
    await waveWithLastOverloaded(slots)
    await waveWithLastOverloaded(slots)
    expect(slots.level).toBe(4)
    // Four ran cleanly at four; then the service runs one job: the whole next wave fails.
    for (const release of await takeFree(slots)) release(overloaded)
    expect(slots.level).toBe(1)
  })

  it('says it settled at the most jobs the service ran cleanly, not at a probe above them that no job has tried', async () => {
    const { slots } = slotsWith({}, 5)
    await waveWithLastOverloaded(slots)
    expect(slots.level).toBe(5)
    expect(slots.settled).toBe(4)
  })

  it('takes failures that come every few clean jobs for overload, not chance', async () => {
    const { slots } = slotsWith({}, 5)
    await waveWithLastOverloaded(slots)
    await waveWithLastOverloaded(slots)
    expect(slots.level).toBe(4)
    const third = await takeFree(slots)
    third[0]!(overloaded)
    third[1]!(quick)
    third[2]!(quick)
    expect(slots.level).toBe(4)
    // Two clean jobs since the last failure taken for chance: not a clean wave of four.
    third[3]!(overloaded)
    expect(slots.level).toBe(3)
  })

  it('halves when the client was throttled (HTTP 429) since the last job', async () => {
    const { slots, state } = slotsWith({}, 8)
    const [release] = await takeFree(slots)
    state.throttled = 1
    release!(quick)
    expect(slots.level).toBe(4)
  })

  it('gives up a quarter after a job much slower than the recent ones (the service queues jobs)', async () => {
    const { slots } = slotsWith({}, 8)
    const [a, b, c, slow] = await takeFree(slots)
    for (const release of [a, b, c]) release!(quick)
    expect(slots.level).toBe(11)
    slow!({ ok: true, ms: 550 * 3, flows: 50 })
    expect(slots.level).toBe(8)
  })

  it('does not judge a job slow against one lucky quick job', async () => {
    const { slots } = slotsWith({}, 8)
    const [lucky, ...rest] = await takeFree(slots)
    lucky!({ ok: true, ms: 100, flows: 50 })
    for (const release of rest.slice(0, 4)) release({ ok: true, ms: 550, flows: 50 })
    expect(slots.level).toBe(13)
  })

  it('does not take a small job that is quick for its size as a sign of a slower service', async () => {
    const { slots } = slotsWith({}, 8)
    const [small, large] = await takeFree(slots)
    small!({ ok: true, ms: 310, flows: 2 })
    large!({ ok: true, ms: 600, flows: 50 })
    expect(slots.level).toBe(10)
  })

  it('does not grow while the rate window is nearly used up', async () => {
    const { slots } = slotsWith({ headroom: MIN_HEADROOM / 2 })
    for (const release of await takeFree(slots)) release(quick)
    expect(slots.level).toBe(4)
  })

  it('remembers the most slots it opened at once', async () => {
    const { slots } = slotsWith({}, 4)
    const releases = await takeFree(slots)
    releases[0]!(quick)
    releases[1]!({ ok: false, ms: 0, flows: 50, overloaded: true })
    expect({ level: slots.level, peak: slots.peak }).toEqual({ level: 4, peak: 5 })
  })
})
