import { describe, expect, it } from 'vitest'
import { fillCommitMessage, utcDate } from '../../src/git/commit.js'

describe('fillCommitMessage', () => {
  it('fills every placeholder, as often as it appears', () => {
    expect(fillCommitMessage('snapshot {changed}/{exported} on {date} ({changed})', { changed: 3, exported: 40, date: '2026-01-02' })).toBe(
      'snapshot 3/40 on 2026-01-02 (3)',
    )
  })

  it('leaves unknown placeholders visible', () => {
    expect(fillCommitMessage('{chanegd} files', { changed: 1, exported: 1, date: 'd' })).toBe('{chanegd} files')
  })

  it('dates in UTC, without a time of day', () => {
    expect(utcDate(new Date('2026-03-04T23:59:59-05:00'))).toBe('2026-03-05')
  })
})
