import { describe, expect, test } from 'vitest'
import { scheduleText } from '../../src/routing/words.js'

const at = (start: string, end: string, rrule?: string) => scheduleText({ id: 's', name: 's', start, end, ...(rrule === undefined ? {} : { rrule }) })

describe('scheduleText', () => {
  test('weekdays with a run of days are joined with a dash', () => {
    expect(at('2025-01-06T08:00:00.000', '2025-01-06T17:00:00.000', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR')).toBe('Mon–Fri 08:00–17:00')
  })

  test('separate days are listed', () => {
    expect(at('2025-01-06T09:00:00.000', '2025-01-06T12:00:00.000', 'FREQ=WEEKLY;BYDAY=MO,WE,FR,SA,SU')).toBe('Mon, Wed, Fri–Sun 09:00–12:00')
  })

  test('a weekly rule without days repeats on the weekday it starts', () => {
    expect(at('2025-01-11T10:00:00.000', '2025-01-11T14:00:00.000', 'FREQ=WEEKLY')).toBe('Sat 10:00–14:00')
  })

  test('a night span ends the next day', () => {
    expect(at('2025-01-06T22:00:00.000', '2025-01-07T06:00:00.000', 'FREQ=DAILY')).toBe('every day 22:00–06:00 next day')
  })

  test('a monthly rule on a nth weekday', () => {
    expect(at('2025-01-14T13:00:00.000', '2025-01-14T15:00:00.000', 'FREQ=MONTHLY;BYDAY=2TU')).toBe('every month on 2nd Tue 13:00–15:00')
  })

  test('a yearly holiday until a date', () => {
    expect(at('2024-12-25T00:00:00.000', '2024-12-26T00:00:00.000', 'FREQ=YEARLY;UNTIL=20301231T000000Z')).toBe('every year on Dec 25 until Dec 31, 2030 all day')
  })

  test('a one-off span gives both dates', () => {
    expect(at('2026-12-24T12:00:00.000', '2026-12-26T00:00:00.000')).toBe('Dec 24, 2026 12:00 – Dec 26, 2026 00:00')
  })

  test('unreadable times are quoted, bounded', () => {
    expect(at('soon', 'x'.repeat(500))).toMatch(/^from soon to x+… \(500 characters\)$/)
  })
})
