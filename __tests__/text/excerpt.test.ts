import { describe, expect, it } from 'vitest'
import { escapeControls, excerpt, excerptAround, firstDifference } from '../../src/text/excerpt.js'

describe('excerpt', () => {
  it('leaves a short value as it is', () => {
    expect(excerpt('Main IVR')).toBe('Main IVR')
  })

  it('cuts a long value with an ellipsis and says its length', () => {
    const shown = excerpt('x'.repeat(4_000_000), 20)
    expect(shown).toBe(`${'x'.repeat(19)}… (4,000,000 characters)`)
  })

  it('shows control characters as escapes so they cannot rewrite or split a log line', () => {
    expect(escapeControls('a\u001b[31mb\u2028c\u0085d\u0000e\nf')).toBe('a\\u001b[31mb\\u2028c\\u0085d\\u0000e\\nf')
  })

  it('keeps within its bound when escapes lengthen the text', () => {
    const shown = excerpt('\u0000'.repeat(50), 20)
    expect(shown.startsWith('\\u0000')).toBe(true)
    expect(shown.split('…')[0]!.length).toBeLessThanOrEqual(19)
    expect(shown).toMatch(/… \(50 characters\)$/)
  })

  it('does not split a surrogate pair at the cut', () => {
    const shown = excerpt(`${'a'.repeat(18)}😀${'b'.repeat(10)}`, 20)
    expect(shown.startsWith(`${'a'.repeat(18)}…`)).toBe(true)
  })
})

describe('excerptAround', () => {
  it('shows the window around a late difference, not the shared start', () => {
    const before = `${'Welcome to our line. '.repeat(10)}Press 1 for sales.`
    const after = `${'Welcome to our line. '.repeat(10)}Press 2 for sales.`
    const at = firstDifference(before, after)
    expect(excerptAround(before, at, 40)).toContain('Press 1')
    expect(excerptAround(after, at, 40)).toContain('Press 2')
    expect(excerptAround(after, at, 40).startsWith('…')).toBe(true)
  })

  it('finds the first difference, or the shorter length when one text starts the other', () => {
    expect(firstDifference('abcd', 'abXd')).toBe(2)
    expect(firstDifference('abc', 'abcdef')).toBe(3)
  })
})
