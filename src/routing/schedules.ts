// When a schedule is in force, as instants. A schedule's start and end are wall-clock times in its group's time
// zone, and a recurrence repeats that wall-clock span (docs/genesys-api.md §5a): "Mon–Fri 08:00–17:00" stays
// 08:00–17:00 on both sides of a daylight-saving change, so the span lasts an hour more or less that day.
//
// So recurrence runs on "floating" times: each local wall-clock time is held in a Date as if it were UTC, where
// no day has a gap or an overlap, and rrule repeats it there. Only the occurrences are then turned into instants in
// the real zone (luxon, on Node's tz database). A wall-clock time that does not exist (02:30 on the night the
// clocks go forward) is moved on by the gap (03:30), as java.time reads it; one that happens twice (01:30 on the night they go
// back) is the earlier instant, as java.time reads it too.
import { DateTime, IANAZone } from 'luxon'
import { RRule, type Options } from './rrule.js'
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

/** Schedules starting before this year are not read (see recurrenceOf). */
const EARLIEST_YEAR = 1970

/** A schedule's local start and end and its recurrence, read once; undefined when its times cannot be read. */
export interface ScheduleTimes {
  /** Floating milliseconds (the wall-clock time as if it were UTC). */
  readonly start: number
  readonly end: number
  /** The recurrence as parsed, without its start. */
  readonly recurrence?: Partial<Options>
  /**
   * For a daily or weekly rule without COUNT: the length of its whole period (interval days or weeks). Its start
   * may then be moved on by whole periods without changing any occurrence, so a walk need not begin years back.
   */
  readonly period?: number
}

/** Zone names already looked up: asking the tz database costs about a tenth of a millisecond each time. */
const zones = new Map<string, string | undefined>()
const MAX_ZONES = 1_000

/** The zone a group names, when the tz database knows it; UTC otherwise (a rule or the table says so). */
export function knownZone(timeZone: string | undefined): string | undefined {
  if (timeZone === undefined || timeZone === '') return undefined
  if (zones.has(timeZone)) return zones.get(timeZone)
  const known = DateTime.now().setZone(timeZone).isValid ? timeZone : undefined
  if (zones.size < MAX_ZONES) zones.set(timeZone, known)
  return known
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
  const recurrence = recurrenceOf(schedule.rrule, start)
  if (recurrence === undefined) return undefined
  const interval = typeof recurrence.interval === 'number' && recurrence.interval > 0 ? recurrence.interval : 1
  const unit = recurrence.freq === RRule.DAILY ? DAY : recurrence.freq === RRule.WEEKLY ? 7 * DAY : undefined
  const hasCount = typeof recurrence.count === 'number'
  return unit === undefined || hasCount ? { start, end, recurrence } : { start, end, recurrence, period: unit * interval }
}

/** The rule, its start moved on by whole periods to just before `floatingFrom` when that changes nothing. */
function ruleFrom(times: ScheduleTimes, recurrence: Partial<Options>, floatingFrom: number): RRule {
  let start = times.start
  if (times.period !== undefined && floatingFrom > start) start += Math.floor((floatingFrom - start) / times.period) * times.period
  return new RRule({ ...recurrence, dtstart: new Date(start), tzid: null })
}

/** The spans of a schedule that overlap [from, to), in time order, at most MAX_OCCURRENCES of them. */
export function spansBetween(times: ScheduleTimes, zone: string | undefined, from: Date, to: Date): Span[] {
  const length = times.end - times.start
  if (times.recurrence === undefined) {
    const span = spanOf(times.start, length, zone)
    return span.end > from && span.start < to ? [span] : []
  }
  const floatingFrom = floatingAt(from, zone) - length - ZONE_MARGIN
  const floatingTo = floatingAt(to, zone) + ZONE_MARGIN
  const spans: Span[] = []
  ruleFrom(times, times.recurrence, floatingFrom).between(new Date(floatingFrom), new Date(floatingTo), true, (occurrence, count) => {
    const span = spanOf(occurrence.getTime(), length, zone)
    if (span.end > from && span.start < to) spans.push(span)
    return count < MAX_OCCURRENCES
  })
  return spans
}

/**
 * True when the schedule is never in force again after `now`: its one span is over, or its recurrence ended
 * (UNTIL or COUNT) and its last span is over.
 */
export function hasEnded(times: ScheduleTimes, zone: string | undefined, now: Date): boolean {
  const length = times.end - times.start
  if (times.recurrence === undefined) return spanOf(times.start, length, zone).end <= now
  // A span still running or starting in the next two days; else any later occurrence. A zone's offset moves by
  // a few hours at most, so an occurrence from half a day before `soon` on the wall clock still starts after now.
  const soon = new Date(now.getTime() + ZONE_MARGIN)
  if (spansBetween(times, zone, now, soon).length > 0) return false
  const after = floatingAt(soon, zone) - ZONE_MARGIN / 4
  return ruleFrom(times, times.recurrence, after).after(new Date(after), true) === null
}

/** The wall-clock time at instant `at` in `zone`, as floating milliseconds. */
export function floatingAt(at: Date, zone: string | undefined): number {
  const time = at.getTime()
  return zone === undefined ? time : time + offsetOf(zone, time)
}

/**
 * The instant of a floating wall-clock time in `zone`. The offsets a day either side are the ones in play (zones
 * change offset at most once a day); each gives a candidate instant, valid when it shows that wall-clock time.
 * Two valid (the hour the clocks go back): the earlier. None (the hour they go forward): read with the offset
 * before the change, which moves the time on by the gap, as java.time does.
 */
export function instantOf(floating: number, zone: string | undefined): Date {
  if (zone === undefined) return new Date(floating)
  const before = offsetOf(zone, floating - DAY)
  const after = offsetOf(zone, floating + DAY)
  const candidates = [floating - before, floating - after].filter((instant) => instant + offsetOf(zone, instant) === floating)
  return new Date(candidates.length === 0 ? floating - before : Math.min(...candidates))
}

/** Offsets already read, by zone and quarter hour: Intl answers one in about ten microseconds, a table needs thousands. */
const offsets = new Map<string, number>()
const MAX_OFFSETS = 100_000
/** Zones in use change offset on a quarter hour of UTC, so one reading holds for its quarter hour. */
const QUARTER_HOUR = 900_000

/** The zone's offset from UTC at an instant, in milliseconds (luxon's reading of the tz database). */
function offsetOf(zone: string, instant: number): number {
  const key = `${zone} ${Math.floor(instant / QUARTER_HOUR)}`
  const known = offsets.get(key)
  if (known !== undefined) return known
  const offset = IANAZone.create(zone).offset(instant) * 60_000
  if (offsets.size >= MAX_OFFSETS) offsets.clear()
  offsets.set(key, offset)
  return offset
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
 * time too, `Z` or not: only an occurrence within the zone's offset of the UNTIL can be counted otherwise than in UTC.
 */
function recurrenceOf(text: string, floatingStart: number): Partial<Options> | undefined {
  try {
    const options = RRule.parseString(text.replace(/^RRULE:/i, '').trim())
    // rrule walks every occurrence from the start: an hourly or finer rule, or a start centuries ago, would make
    // one question cost minutes. An opening-hours schedule repeats daily at most.
    if (options.freq === undefined || options.freq > RRule.DAILY || new Date(floatingStart).getUTCFullYear() < EARLIEST_YEAR) return undefined
    const { dtstart: _start, tzid: _zone, ...rest } = options
    // Reading it once here turns a malformed part into "no schedule" instead of a failure in every later question.
    new RRule({ ...rest, dtstart: new Date(floatingStart), tzid: null }).after(new Date(floatingStart), true)
    return rest
  } catch {
    return undefined
  }
}
