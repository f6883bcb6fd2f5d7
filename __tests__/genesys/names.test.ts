import { describe, expect, it } from 'vitest'
import { nameMatcher } from '../../src/export/selection.js'

describe('nameMatcher (flow-names)', () => {
  it('selects every name when there are no patterns', () => {
    expect(nameMatcher([])('Anything at all')).toBe(true)
  })

  it('selects names matching any include glob', () => {
    const matches = nameMatcher(['Sales *', 'Support*'])
    expect(['Sales IVR', 'Support - EMEA', 'Billing'].map(matches)).toEqual([true, true, false])
  })

  it('drops names matching a ! pattern, even when an include matches', () => {
    const matches = nameMatcher(['Sales *', '!* (old)'])
    expect(['Sales IVR', 'Sales IVR (old)'].map(matches)).toEqual([true, false])
  })

  it('with only ! patterns, selects everything else', () => {
    const matches = nameMatcher(['!Test*'])
    expect(['Main IVR', 'Test flow'].map(matches)).toEqual([true, false])
  })

  it('lets * match across a slash, since a flow name is not a path', () => {
    expect(nameMatcher(['Main*'])('Main IVR / Sales')).toBe(true)
  })

  it('matches a name that starts with a dot like any other', () => {
    expect(nameMatcher(['.hidden*'])('.hidden flow')).toBe(true)
  })
})

describe('nameMatcher with the characters real flow names hold', () => {
  it('reads parentheses literally', () => {
    const matches = nameMatcher(['* (old)'])
    expect(['Sales IVR (old)', 'Sales IVR old'].map(matches)).toEqual([true, false])
  })

  it('reads *( and ?( as a wildcard before a literal parenthesis, not as an extglob', () => {
    const matches = nameMatcher(['!*(old)*'])
    expect(['Sales IVR', 'Sales IVR (old) v2'].map(matches)).toEqual([true, false])
  })

  it('keeps extglob groups working', () => {
    const matches = nameMatcher(['Sales @(EMEA|APAC)'])
    expect(['Sales EMEA', 'Sales APAC', 'Sales US'].map(matches)).toEqual([true, true, false])
  })

  it('matches a slash in a pattern against a slash in a name', () => {
    expect(nameMatcher(['Main IVR / *'])('Main IVR / Sales')).toBe(true)
  })
})
