// sameJsonData: whether two JSON values are the same data, at any depth a pull request can commit.
import { describe, expect, it } from 'vitest'
import { sameJsonData } from '../../src/flows/json.js'

function nested(depth: number, bottom: string): unknown {
  return JSON.parse('{"a":'.repeat(depth) + JSON.stringify(bottom) + '}'.repeat(depth))
}

describe('sameJsonData', () => {
  it('compares values 100,000 levels deep without overflowing the stack', () => {
    expect(sameJsonData(nested(100_000, 'x'), nested(100_000, 'x'))).toBe(true)
    expect(sameJsonData(nested(100_000, 'x'), nested(100_000, 'y'))).toBe(false)
  })

  it('ignores key order, and tells arrays of another length or order apart', () => {
    expect(sameJsonData({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true)
    expect(sameJsonData({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameJsonData({ a: [1] }, { a: [1, 1] })).toBe(false)
    expect(sameJsonData({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameJsonData([], {})).toBe(false)
  })
})
