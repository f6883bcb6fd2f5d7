import { execFileSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { REPO_ROOT } from '../../scripts/support/runner.js'
import { hasEnded, scheduleTimes, spansBetween } from '../../src/routing/schedules.js'
import type { Schedule } from '../../src/routing/types.js'

const NY = 'America/New_York'
const times = (schedule: Partial<Schedule>) => scheduleTimes({ id: 's', name: 's', ...schedule })!

describe('spansBetween', () => {
  test('a daily night span lasts 9 hours on the night the clocks go back, 8 on others', () => {
    const night = times({ start: '2026-10-30T22:00:00.000', end: '2026-10-31T06:00:00.000', rrule: 'FREQ=DAILY' })
    const spans = spansBetween(night, NY, new Date('2026-10-31T12:00:00Z'), new Date('2026-11-02T12:00:00Z'))
    expect(spans.map((span) => [span.start.toISOString(), (span.end.getTime() - span.start.getTime()) / 3_600_000])).toEqual([
      ['2026-11-01T02:00:00.000Z', 9],
      ['2026-11-02T03:00:00.000Z', 8],
    ])
  })

  test('an unreadable start, an end before the start or an unreadable rrule is no schedule', () => {
    expect(scheduleTimes({ id: 's', name: 's', start: '2026-13-01T00:00:00.000', end: '2026-12-02T00:00:00.000' })).toBeUndefined()
    expect(scheduleTimes({ id: 's', name: 's', start: '2026-12-02T00:00:00.000', end: '2026-12-01T00:00:00.000' })).toBeUndefined()
    expect(scheduleTimes({ id: 's', name: 's', start: '2026-12-01T00:00:00.000', end: '2026-12-02T00:00:00.000', rrule: 'FREQ=SOMETIMES' })).toBeUndefined()
  })
})

describe('hasEnded', () => {
  const now = new Date('2026-03-04T15:00:00Z')

  test('a one-off span ended before now', () => {
    expect(hasEnded(times({ start: '2026-03-01T00:00:00.000', end: '2026-03-02T00:00:00.000' }), NY, now)).toBe(true)
    expect(hasEnded(times({ start: '2026-03-01T00:00:00.000', end: '2026-03-05T00:00:00.000' }), NY, now)).toBe(false)
  })

  test('a recurrence whose UNTIL is in the future has not ended', () => {
    expect(hasEnded(times({ start: '2025-01-06T08:00:00.000', end: '2025-01-06T17:00:00.000', rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T000000' }), NY, now)).toBe(false)
  })

  test('a recurrence whose last span is still running has not ended', () => {
    expect(hasEnded(times({ start: '2026-02-04T08:00:00.000', end: '2026-02-04T17:00:00.000', rrule: 'FREQ=MONTHLY;COUNT=2' }), NY, now)).toBe(false)
  })

  test('a recurrence whose COUNT ran out has ended', () => {
    expect(hasEnded(times({ start: '2025-12-25T00:00:00.000', end: '2025-12-26T00:00:00.000', rrule: 'FREQ=WEEKLY;COUNT=3' }), NY, now)).toBe(true)
  })

  test('a recurrence whose next occurrence is months away has not ended', () => {
    expect(hasEnded(times({ start: '2024-12-25T00:00:00.000', end: '2024-12-26T00:00:00.000', rrule: 'FREQ=YEARLY;UNTIL=20261231T000000Z' }), NY, now)).toBe(false)
  })
})

test('the recurrence library loads under plain Node too (tsx scripts), not only under vitest and the bundler', () => {
  const script = [
    "import { scheduleTimes, spansBetween } from './src/routing/schedules.ts'",
    "const times = scheduleTimes({ id: 's', name: 's', start: '2025-01-06T08:00:00.000', end: '2025-01-06T17:00:00.000', rrule: 'FREQ=WEEKLY' })",
    "process.stdout.write(String(spansBetween(times, 'Europe/London', new Date('2026-03-02T00:00:00Z'), new Date('2026-03-03T00:00:00Z')).length))",
  ].join('\n')
  expect(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' })).toBe('1')
})
