// A schedule said the way a person says it: "Mon–Fri 08:00–17:00", "every year Dec 25 all day",
// "Dec 24, 2026 12:00 – Dec 26, 2026 00:00". Split into when (the days) and the hours, so a change can name only
// the part that moved ("Mon–Fri 08:00–17:00 (was 08:00–18:00)"). Wall-clock times, as the schedule holds them.
import { RRule, type Options, type Weekday } from './rrule.js'
import { excerpt } from '../text/excerpt.js'
import { floatingOf } from './schedules.js'
import type { Schedule } from './types.js'

export interface ScheduleWords {
  /** Which days: "Mon–Fri", "every year on Dec 25", "Dec 24, 2026"; '' for a one-off span given in `hours`. */
  readonly days: string
  /** "08:00–17:00", "all day", or a one-off span "Dec 24, 2026 12:00 – Dec 26, 2026 00:00". */
  readonly hours: string
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY = 86_400_000

export function scheduleWords(schedule: Schedule): ScheduleWords {
  const start = floatingOf(schedule.start)
  const end = floatingOf(schedule.end)
  if (start === undefined || end === undefined) {
    return { days: '', hours: `from ${excerpt(schedule.start ?? 'no start', 30)} to ${excerpt(schedule.end ?? 'no end', 30)}` }
  }
  const rrule = schedule.rrule?.trim() ?? ''
  if (rrule === '') return { days: '', hours: `${dateTime(start)} – ${dateTime(end)}` }
  let options: Partial<Options>
  try {
    options = RRule.parseString(rrule.replace(/^RRULE:/i, ''))
  } catch {
    return { days: `repeating as ${excerpt(rrule, 60)}`, hours: hoursOf(start, end) }
  }
  const until = options.until instanceof Date ? ` until ${date(options.until.getTime())}` : ''
  const count = typeof options.count === 'number' ? `, ${options.count} times` : ''
  return { days: `${daysOf(options, start, rrule)}${until}${count}`, hours: hoursOf(start, end) }
}

/** The whole description: "Mon–Fri 08:00–17:00". */
export function scheduleText(schedule: Schedule): string {
  const words = scheduleWords(schedule)
  return words.days === '' ? words.hours : `${words.days} ${words.hours}`
}

/** What changed between two versions of a schedule, or undefined when they say the same. */
export function scheduleChangeText(before: Schedule, after: Schedule): string | undefined {
  const was = scheduleWords(before)
  const now = scheduleWords(after)
  if (was.days === now.days && was.hours === now.hours) return undefined
  const text = now.days === '' ? now.hours : `${now.days} ${now.hours}`
  if (was.days === now.days && was.days !== '') return `${text} (was ${was.hours})`
  if (was.hours === now.hours && was.days !== '' && now.days !== '') return `${text} (was ${was.days})`
  return `${text} (was ${was.days === '' ? was.hours : `${was.days} ${was.hours}`})`
}

function daysOf(options: Partial<Options>, start: number, rrule: string): string {
  const interval = typeof options.interval === 'number' && options.interval > 1 ? options.interval : 1
  const every = (unit: string): string => (interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`)
  const weekdays = weekdaysOf(options.byweekday)
  const startDate = new Date(start)
  switch (options.freq) {
    case RRule.DAILY:
      return every('day')
    case RRule.WEEKLY: {
      const days = weekdays ?? [(startDate.getUTCDay() + 6) % 7]
      const list = dayList(days)
      return interval === 1 ? list : `${list}, every ${interval} weeks`
    }
    case RRule.MONTHLY: {
      const monthDays = numbers(options.bymonthday)
      if (monthDays.length > 0) return `${every('month')} on day ${monthDays.join(', ')}`
      if (weekdays !== undefined) return `${every('month')} on ${nthWeekdays(options.byweekday)}`
      return `${every('month')} on day ${startDate.getUTCDate()}`
    }
    case RRule.YEARLY: {
      const months = numbers(options.bymonth)
      const monthDays = numbers(options.bymonthday)
      if (months.length <= 1 && monthDays.length <= 1 && weekdays === undefined) {
        const month = months[0] ?? startDate.getUTCMonth() + 1
        const day = monthDays[0] ?? startDate.getUTCDate()
        return `${every('year')} on ${MONTHS[month - 1] ?? '?'} ${day}`
      }
      break
    }
  }
  // Anything rarer: rrule's own English, bounded.
  try {
    return excerpt(RRule.fromString(rrule.replace(/^RRULE:/i, '')).toText(), 80)
  } catch {
    return `repeating as ${excerpt(rrule, 60)}`
  }
}

function hoursOf(start: number, end: number): string {
  const startDay = Math.floor(start / DAY)
  const endDay = Math.floor(end / DAY)
  const from = time(start)
  const to = time(end)
  if (from === '00:00' && to === '00:00' && endDay - startDay === 1) return 'all day'
  if (from === '00:00' && to === '00:00' && endDay > startDay) return `all day for ${endDay - startDay} days`
  if (endDay === startDay) return `${from}–${to}`
  if (endDay - startDay === 1) return `${from}–${to} next day`
  return `${from} – ${to} ${endDay - startDay} days later`
}

function weekdaysOf(value: Options['byweekday'] | undefined): number[] | undefined {
  if (value === null || value === undefined) return undefined
  const list = Array.isArray(value) ? value : [value]
  const days = list.map((entry) => (typeof entry === 'number' ? entry : typeof entry === 'string' ? DAY_NAMES.findIndex((name) => name.slice(0, 2).toUpperCase() === entry) : entry.weekday))
  return days.length === 0 ? undefined : days
}

function nthWeekdays(value: Options['byweekday'] | undefined): string {
  const list = (Array.isArray(value) ? value : [value]).filter((entry): entry is Weekday => typeof entry === 'object' && entry !== null)
  return list.map((entry) => `${entry.n === undefined ? 'every' : ordinal(entry.n)} ${DAY_NAMES[entry.weekday] ?? '?'}`).join(', ')
}

function ordinal(n: number): string {
  if (n === -1) return 'last'
  const suffix = n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

/** "Mon–Fri", "Mon, Wed, Fri", "every day": runs of three or more days are joined with a dash. */
function dayList(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((day) => day >= 0 && day < 7).sort((a, b) => a - b)
  if (sorted.length === 7) return 'every day'
  const parts: string[] = []
  for (let at = 0; at < sorted.length; ) {
    let last = at
    while (last + 1 < sorted.length && sorted[last + 1] === sorted[last]! + 1) last += 1
    if (last - at >= 2) parts.push(`${DAY_NAMES[sorted[at]!]}–${DAY_NAMES[sorted[last]!]}`)
    else for (let day = at; day <= last; day += 1) parts.push(DAY_NAMES[sorted[day]!]!)
    at = last + 1
  }
  return parts.join(', ')
}

function numbers(value: number | number[] | null | undefined): number[] {
  if (value === null || value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

function time(floating: number): string {
  const at = new Date(floating)
  return `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`
}

function date(floating: number): string {
  const at = new Date(floating)
  return `${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}, ${at.getUTCFullYear()}`
}

function dateTime(floating: number): string {
  return `${date(floating)} ${time(floating)}`
}
