import { describe, expect, it } from 'vitest'
import { parseJsonOrUndefined } from '../../src/text/json.js'

describe('parseJsonOrUndefined', () => {
  it('parses JSON text', () => {
    expect(parseJsonOrUndefined('{"name":"Main IVR"}')).toEqual({ name: 'Main IVR' })
  })

  it('reads text that is not JSON as no value, instead of throwing', () => {
    expect(parseJsonOrUndefined('{"name": ')).toBeUndefined()
  })

  it('reads a missing text (a file git does not have) as no value', () => {
    expect(parseJsonOrUndefined(null)).toBeUndefined()
  })

  it('reads JSON that starts with a byte-order mark', () => {
    expect(parseJsonOrUndefined('\uFEFF{"name":"Main IVR"}')).toEqual({ name: 'Main IVR' })
  })
})
