// When a schedule is in force, as instants. A schedule's start and end are wall-clock times in its group's time
// zone, and a recurrence repeats that wall-clock span (docs/genesys-api.md §5a): "Mon–Fri 08:00–17:00" stays
// 08:00–17:00 on both sides of a daylight-saving change, so the span lasts an hour more or less that day.
//
// So recurrence runs on "floating" times: each local wall-clock time is held in a Date as if it were UTC, where
// no day has a gap or an overlap, and rrule repeats it there. Only the occurrences are then turned into instants in
// the real zone (luxon, on Node's tz database). A wall-clock time that does not exist (02:30 on the night the
// clocks go forward) is moved on by the gap (03:30), as java.time reads it; one that happens twice (01:30 on the night they go
// back) is the earlier instant, as java.time reads it too.
import { DateTime } from 'luxon'
import { RRule } from 'rrule'
import type { Schedule } from './types.js'

/** The span a schedule is in force: `start` included, `end` excluded. */
export interface Span {
  readonly start: Date
  readonly end: Date
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** The widest gap between a floating time and its instant: UTC−12 to UTC+14, with margin. */
const ZONE_MARGIN = 2 * DAY
/** Occurrences read at most per question, so a hostile `FREQ=SECONDLY` cannot make one answer take minutes. */
const MAX_OCCURRENCES = 10_000

/** Schedules starting before this year are not read (see ruleOf). */
const EARLIEST_YEAR = 1970

/** A schedule's local start and end and its recurrence, read once; undefined when its times cannot be read. */
export interface ScheduleTimes {
  /** Floating milliseconds (the wall-clock time as if it were UTC). */
  readonly start: number
  readonly end: number
  readonly rule?: RRule
}

/** The zone a group names, when the tz database knows it; UTC otherwise (a rule or the table says so). */
export function knownZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined || timeZone === '') return undefined
  return DateTime.now().setZone(timeZone).isValid ? timeZone : undefined
}

/**
 * The schedule's times, or undefined when its start or end is missing or not a local date-time, its end is not
 * after its start, or its rrule cannot be read (such a schedule matches no moment).
 */
export function scheduleTimes(schedule: Schedule): ScheduleTimes | undefined {
  const start = floatingOf(schedule.start)
  const end = floatingOf(schedule.end)
  if (start === undefined || end === undefined || end <= start) return undefined
  if (schedule.rrule === undefined || schedule.rrule.trim() === '') return { start, end }
  const rule = ruleOf(schedule.rrule, start)
  return rule === undefined ? undefined : { start, end, rule }
}

/** The spans of a schedule that overlap [from, to), in time order, at most MAX_OCCURRENCES of them. */
export function spansBetween(times: ScheduleTimes, zone: string | undefined, from: Date, to: Date): Span[] {
  const length = times.end - times.start
  if (times.rule === undefined) {
    const span = spanOf(times.start, length, zone)
    return span.end > from && span.start < to ? [span] : []
  }
  const floatingFrom = floatingAt(from, zone) - length - ZONE_MARGIN
  const floatingTo = floatingAt(to, zone) + ZONE_MARGIN
  const spans: Span[] = []
  times.rule.between(new Date(floatingFrom), new Date(floatingTo), true, (occurrence, count) => {
    const span = spanOf(occurrence.getTime(), length, zone)
    if (span.end > from && span.start < to) spans.push(span)
    return count < MAX_OCCURRENCES
  })
  return spans
}

/** True when the schedule is in force at `at`. */
export function inForce(times: ScheduleTimes, zone: string | undefined, at: Date): boolean {
  return spansBetween(times, zone, at, new Date(at.getTime() + 1)).some((span) => span.start <= at && at < span.end)
}

/**
 * True when the schedule is never in force again after `now`: its one span is over, or its recurrence ended
 * (UNTIL or COUNT) and its last span is over.
 */
export function hasEnded(times: ScheduleTimes, zone: string | undefined, now: Date): boolean {
  const length = times.end - times.start
  if (times.rule === undefined) return spanOf(times.start, length, zone).end <= now
  let next = times.rule.after(new Date(floatingAt(now, zone) - length - ZONE_MARGIN), true)
  for (let tries = 0; next !== null && tries < MAX_OCCURRENCES; tries += 1) {
    const span = spanOf(next.getTime(), length, zone)
    if (span.end > now) return false
    // Past the margin, every later occurrence ends after now as well.
    if (next.getTime() > floatingAt(now, zone) + ZONE_MARGIN) return false
    next = times.rule.after(next, false)
  }
  return next === null
}

/** The wall-clock time at instant `at` in `zone`, as floating milliseconds. */
export function floatingAt(at: Date, zone: string | undefined): number {
  const local = DateTime.fromJSDate(at, { zone: zone ?? 'UTC' })
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond)
}

/** The instant of a floating wall-clock time in `zone`. */
export function instantOf(floating: number, zone: string | undefined): Date {
  const wall = new Date(floating)
  const instant = DateTime.fromObject(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      millisecond: wall.getUTCMilliseconds(),
    },
    { zone: zone ?? 'UTC' },
  ).toMillis()
  // luxon takes the later of two instants that show the same wall-clock time (the hour the clocks go back);
  // java.time, and so presumably Genesys, takes the earlier one.
  for (const earlier of [instant - HOUR, instant - HOUR / 2]) {
    if (floatingAt(new Date(earlier), zone) === floating) return new Date(earlier)
  }
  return new Date(instant)
}

/** A local date-time `yyyy-MM-ddTHH:mm[:ss[.SSS]]` (no zone) as floating milliseconds; undefined otherwise. */
export function floatingOf(local: string | undefined): number | undefined {
  if (local === undefined) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(local)
  if (match === null) return undefined
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number]
  const second = Number(match[6] ?? '0')
  const millisecond = Number((match[7] ?? '0').padEnd(3, '0'))
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const value = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  // 2025-02-30 is not a day: Date.UTC would roll it into March.
  const check = new Date(value)
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? value : undefined
}

function spanOf(floatingStart: number, length: number, zone: string | undefined): Span {
  return { start: instantOf(floatingStart, zone), end: instantOf(floatingStart + length, zone) }
}

/**
 * The recurrence from the schedule's rrule, starting at its local start. A DTSTART or TZID inside the text is
 * ignored: the schedule's own start and its group's zone are what Genesys reads. An UNTIL is taken as a wall-clock
 * time too (a `Z` on it moves it by the zone's offset at most, which never changes which day a schedule ends).
 */
function ruleOf(text: string, floatingStart: number): RRule | undefined {
  try {
    const body = text.replace(/^RRULE:/i, '').trim()
    const options = RRule.parseString(body)
    // rrule walks every occurrence from the start: an hourly or finer rule, or a start centuries ago, would make
    // one question cost minutes. Genesys offers daily to yearly recurrences only.
    if (options.freq === undefined || options.freq > RRule.DAILY || new Date(floatingStart).getUTCFullYear() < EARLIEST_YEAR) return undefined
    return new RRule({ ...options, dtstart: new Date(floatingStart), tzid: null })
  } catch {
    return undefined
  }
}
