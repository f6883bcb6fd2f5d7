// `npx genesys-flow-snapshot route NUMBER|ROUTE [--at …] [--days N] [--dir DIR]`: which flow answers a number
// (or a call route) at a moment, and why, read from the committed routing files (docs/call-routing.md).
import { DateTime } from 'luxon'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { digitsOf, findRoute, routeAnswer, routeAnswerChanges, routingIndex, type CallAnswer } from '../routing/answer.js'
import { routingObjectsOf } from '../routing/objects.js'
import { readRoutingFilesIn } from '../snapshot/routing-read.js'
import { floatingOf, instantOf, knownZone } from '../routing/schedules.js'
import type { CallRoute, RoutingObjects } from '../routing/types.js'
import { scheduleText } from '../routing/words.js'
import { excerpt } from '../text/excerpt.js'
import type { Command } from './commands.js'

const USAGE = `genesys-flow-snapshot route NUMBER|ROUTE [--at YYYY-MM-DDTHH:MM] [--days N] [--dir DIR]

  NUMBER      a phone number of a call route, written any way (+1 317 555 0100, 13175550100)
  ROUTE       a call route's name or id
  --at        the local time in the route's schedule-group time zone (default: now)
  --days N    each change of answering flow over the next N days (1 to ${366}) from --at
  --dir DIR   the snapshot folder holding routing/ (default: genesys-flows)
`

const MAX_DAYS = 366
const SUGGESTIONS = 5
const LISTED = 10

export const routeCommand: Command = {
  name: 'route',
  summary: 'Say which flow answers a number (or call route) at a time, and why, from the committed routing files',
  usage: USAGE,
  async run(args, io) {
    let target: string
    let at: string | undefined
    let days: number | undefined
    let dir: string
    try {
      const { values, positionals } = parseArgs({
        args: [...args],
        options: { at: { type: 'string' }, days: { type: 'string' }, dir: { type: 'string' } },
        allowPositionals: true,
        strict: true,
      })
      if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'Give a number or a call route.' : `Give one number or call route, not ${positionals.length}.`)
      target = positionals[0]!
      at = values.at
      if (at !== undefined && floatingOf(at.replace(' ', 'T')) === undefined) throw new Error(`--at ${excerpt(at, 40)} is not a local time YYYY-MM-DDTHH:MM.`)
      if (values.days !== undefined) {
        days = Number(values.days)
        if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new Error(`--days takes a whole number of days from 1 to ${MAX_DAYS}, not ${excerpt(values.days, 20)}.`)
      }
      dir = values.dir ?? 'genesys-flows'
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\n\nUsage: ${USAGE}`)
      return 2
    }

    const label = dir.replace(/\\/g, '/').replace(/\/+$/, '')
    const { files, unreadable } = await readRoutingFilesIn(resolve(io.cwd, dir), label, null)
    for (const problem of unreadable) io.err(`Skipped ${excerpt(problem.path, 200)}: ${excerpt(problem.reason, 200)}\n`)
    for (const file of files) if (file.object === undefined) io.err(`Skipped ${excerpt(file.path, 200)}: not JSON\n`)
    const objects = routingObjectsOf(files)
    if (objects.callRoutes.length === 0) {
      io.err(
        `No call route under ${excerpt(dir, 200)}/routing/call-routes. Run the Action with routing: true (the default) to snapshot the ` +
          `call routing, or point --dir at the snapshot folder (the Action's output-dir).\n`,
      )
      return 1
    }
    const found = resolveTarget(objects, target)
    if (found === undefined) {
      io.err(notFound(objects, target))
      return 1
    }
    const index = routingIndex(objects)
    const zone = zoneOf(objects, found.route)
    const from = at === undefined ? new Date() : instantOf(floatingOf(at.replace(' ', 'T'))!, knownZone(zone))
    io.out(`${headline(found.route, found.number)}\n`)
    if (zone !== undefined && knownZone(zone) === undefined) io.out(`Time zone ${excerpt(zone, 40)} is unknown: times are read in UTC.\n`)
    if (days === undefined) {
      const answer = routeAnswer(index, found.route, from)
      io.out(`At ${when(from, zone)}: ${flowWords(answer)} answers.\nWhy: ${why(answer)}.\n${flowsLine(found.route, objects)}\n`)
      return 0
    }
    const changes = routeAnswerChanges(index, found.route, from, days)
    io.out(`From ${when(from, zone)}, over ${days} ${days === 1 ? 'day' : 'days'}:\n`)
    const moments = changes.map((change) => when(change.at, zone))
    const width = Math.max(...moments.map((moment) => moment.length))
    changes.forEach((change, at) => io.out(`  ${moments[at]!.padEnd(width)}  ${flowWords(change.answer)}: ${why(change.answer)}\n`))
    if (changes.length === 1) io.out('No change of answering flow in that period.\n')
    io.out(`${flowsLine(found.route, objects)}\n`)
    return 0
  },
}

/** A number (by its digits), else a route id, else a route name (exact, then ignoring case). */
function resolveTarget(objects: RoutingObjects, target: string): { route: CallRoute; number?: string } | undefined {
  if (/[0-9]/.test(target) && /^[+0-9 ().\-]+$/.test(target)) {
    const byNumber = findRoute(objects, { number: target })
    if (byNumber !== undefined) return byNumber
  }
  const route =
    objects.callRoutes.find((candidate) => candidate.id === target) ??
    objects.callRoutes.find((candidate) => candidate.name === target) ??
    objects.callRoutes.find((candidate) => candidate.name.toLowerCase() === target.toLowerCase())
  return route === undefined ? undefined : { route }
}

function notFound(objects: RoutingObjects, target: string): string {
  const candidates = objects.callRoutes.flatMap((route) => [
    { label: `"${excerpt(route.name, 80)}"`, key: route.name.toLowerCase().slice(0, 200), route },
    ...(route.dnis ?? []).map((number) => ({ label: `${excerpt(number, 32)} ("${excerpt(route.name, 80)}")`, key: digitsOf(number).slice(0, 40), route })),
  ])
  const wanted = /[0-9]/.test(target) && /^[+0-9 ().\-]+$/.test(target) ? digitsOf(target) : target.toLowerCase().slice(0, 200)
  const nearest = candidates
    .map((candidate) => ({ candidate, distance: distance(wanted, candidate.key) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, SUGGESTIONS)
    .map((entry) => entry.candidate.label)
  const routes = objects.callRoutes.slice(0, LISTED).map((route) => `  "${excerpt(route.name, 80)}": ${(route.dnis ?? []).slice(0, 5).map((n) => excerpt(n, 32)).join(', ') || 'no number'}`)
  const more = objects.callRoutes.length > LISTED ? [`  and ${objects.callRoutes.length - LISTED} more call routes`] : []
  return [
    `No call route has the number, name or id ${excerpt(target, 80)}.`,
    `Nearest: ${nearest.join(', ')}.`,
    'Call routes and their numbers:',
    ...routes,
    ...more,
    '',
  ].join('\n')
}

/** Edit distance between two short strings (both bounded by the caller). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at)
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i]
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}

function headline(route: CallRoute, number: string | undefined): string {
  const numbers = route.dnis ?? []
  const shown = numbers.slice(0, 5).map((entry) => excerpt(entry, 32)).join(', ')
  const more = numbers.length > 5 ? ` and ${numbers.length - 5} more` : ''
  const routeText = `call route "${excerpt(route.name, 80)}"`
  if (number !== undefined) return `${excerpt(number, 32)} → ${routeText}`
  return `${routeText[0]!.toUpperCase()}${routeText.slice(1)} (${numbers.length === 0 ? 'no number' : `${shown}${more}`})`
}

function zoneOf(objects: RoutingObjects, route: CallRoute): string | undefined {
  const groupId = route.scheduleGroup?.id
  return groupId === undefined ? undefined : objects.scheduleGroups.find((group) => group.id === groupId)?.timeZone
}

function when(at: Date, zone: string | undefined): string {
  const known = knownZone(zone)
  const text = DateTime.fromJSDate(at, { zone: known ?? 'UTC' }).setLocale('en-US').toFormat('ccc LLL d, yyyy HH:mm')
  return known === undefined ? `${text} UTC` : `${text} (${excerpt(known, 40)})`
}

function flowWords(answer: CallAnswer): string {
  if (answer.flow === undefined) return 'no flow'
  return `"${excerpt(answer.flow.name ?? answer.flow.id, 80)}"`
}

function why(answer: CallAnswer): string {
  const schedule = answer.schedule === undefined ? '' : `"${excerpt(answer.schedule.name, 80)}" (${scheduleText(answer.schedule)})`
  switch (answer.reason) {
    case 'emergency':
      return `emergency group "${excerpt(answer.emergencyGroup?.name ?? '', 80)}" is on`
    case 'holiday':
      return answer.route.holidayHoursFlow === undefined
        ? `holiday schedule ${schedule} is in force; the route has no holiday flow, so its closed-hours flow answers`
        : `holiday schedule ${schedule} is in force`
    case 'closed':
      return `closed schedule ${schedule} is in force`
    case 'open':
      return `open schedule ${schedule} is in force`
    case 'outside-open':
      return 'no open, closed or holiday schedule is in force: outside open hours, the closed-hours flow answers'
    case 'always-open':
      return 'the call route has no schedule group, so its open-hours flow always answers'
  }
}

function flowsLine(route: CallRoute, objects: RoutingObjects): string {
  const name = (ref: { id: string; name?: string } | undefined) => (ref === undefined ? 'none' : `"${excerpt(ref.name ?? ref.id, 80)}"`)
  const group = route.scheduleGroup === undefined ? undefined : objects.scheduleGroups.find((candidate) => candidate.id === route.scheduleGroup!.id)
  const groupText =
    route.scheduleGroup === undefined
      ? 'no schedule group'
      : group === undefined
        ? `schedule group ${name(route.scheduleGroup)} (not among the committed files)`
        : `schedule group ${name(group)}${group.timeZone === undefined ? '' : ` (${excerpt(group.timeZone, 40)})`}`
  return `Flows: open hours ${name(route.openHoursFlow)}, closed hours ${name(route.closedHoursFlow)}, holidays ${name(route.holidayHoursFlow)}; ${groupText}.`
}
