import { describe, expect, it } from 'vitest'
import { backoffMs, retryAfterMs } from '../../src/http/retry.js'

describe('backoffMs', () => {
  it('draws a wait below base·2^attempt, capped', () => {
    expect(backoffMs(0, () => 0.999, 400, 15_000)).toBe(399)
    expect(backoffMs(3, () => 0.5, 400, 15_000)).toBe(1600)
    expect(backoffMs(20, () => 0.999, 400, 15_000)).toBe(14_985)
    expect(backoffMs(5, () => 0, 400, 15_000)).toBe(0)
  })
})

describe('retryAfterMs', () => {
  it('reads seconds, as Genesys sends them', () => {
    expect(retryAfterMs('12', 0)).toBe(12_000)
  })
  it('reads fractional seconds as seconds, not as a date', () => {
    expect(retryAfterMs('1.5', 0)).toBe(1_500)
  })
  it('reads an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000)
  })
  it('gives undefined for a missing or unreadable header', () => {
    expect(retryAfterMs(null, 0)).toBeUndefined()
    expect(retryAfterMs('soon', 0)).toBeUndefined()
  })
})
