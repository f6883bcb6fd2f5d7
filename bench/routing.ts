// bench:routing — the pure call-routing work of one run on a large org, in process: reading the committed
// routing files, the five rules, the Call routing table (now and the next 14 days) and the review of a change to
// every group's weekday hours. BENCH_ROUTES call routes (default 300, two numbers each) share BENCH_GROUPS
// schedule groups (default 50, New York and London alternately), each with weekday hours, a daily lunch closure,
// a yearly Christmas holiday and an ended one-off holiday; the recurrences start in 2020, so each question must
// get past years of occurrences. BENCH_ROUNDS (default 5); medians are reported. Prints figures; asserts nothing.
import { canonicalJson } from '../src/snapshot/canonical.js'
import { routingObjectsOf } from '../src/routing/objects.js'
import { reviewRoutingChanges } from '../src/routing/review.js'
import { checkRouting } from '../src/routing/rules.js'
import { callRoutingTable } from '../src/routing/table.js'
import type { KnownFlow, RoutingFile, RoutingKind } from '../src/routing/types.js'

const ROUTES = Number(process.env.BENCH_ROUTES ?? 300)
const GROUPS = Number(process.env.BENCH_GROUPS ?? 50)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const NOW = new Date('2026-12-15T12:00:00Z')

function file(kind: RoutingKind, object: Record<string, unknown>): RoutingFile {
  const id = String(object['id'])
  const name = String(object['name'])
  return { kind, id, name, path: `genesys-flows/routing/${kind}/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}--${id}.json`, text: canonicalJson(object), object }
}

function org(weekdayEnd: string): RoutingFile[] {
  const files: RoutingFile[] = []
  for (let group = 0; group < GROUPS; group += 1) {
    files.push(file('schedules', { id: `s-weekdays-${group}`, name: `Weekdays ${group}`, start: '2020-01-06T08:00:00.000', end: `2020-01-06T${weekdayEnd}:00:00.000`, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }))
    files.push(file('schedules', { id: `s-lunch-${group}`, name: `Lunch ${group}`, start: '2020-01-06T12:00:00.000', end: '2020-01-06T13:00:00.000', rrule: 'FREQ=DAILY' }))
    files.push(file('schedules', { id: `s-christmas-${group}`, name: `Christmas ${group}`, start: '2020-12-25T00:00:00.000', end: '2020-12-26T00:00:00.000', rrule: 'FREQ=YEARLY' }))
    files.push(file('schedules', { id: `s-old-${group}`, name: `Old holiday ${group}`, start: '2023-12-25T00:00:00.000', end: '2023-12-26T00:00:00.000' }))
    files.push(
      file('schedule-groups', {
        id: `g-${group}`,
        name: `Group ${group}`,
        timeZone: group % 2 === 0 ? 'Europe/London' : 'America/New_York',
        openSchedules: [{ id: `s-weekdays-${group}` }],
        closedSchedules: [{ id: `s-lunch-${group}` }],
        holidaySchedules: [{ id: `s-christmas-${group}` }, { id: `s-old-${group}` }],
      }),
    )
  }
  for (let route = 0; route < ROUTES; route += 1) {
    const digits = String(route).padStart(4, '0')
    files.push(
      file('call-routes', {
        id: `r-${route}`,
        name: `Route ${route}`,
        dnis: [`+1317555${digits}`, `+1317666${digits}`],
        openHoursFlow: { id: 'f-open', name: 'Main IVR' },
        closedHoursFlow: { id: 'f-closed', name: 'After hours' },
        holidayHoursFlow: { id: 'f-holiday', name: 'Holiday message' },
        scheduleGroup: { id: `g-${route % GROUPS}` },
      }),
    )
  }
  return files
}

const flows = new Map<string, KnownFlow>(['f-open', 'f-closed', 'f-holiday'].map((id) => [id, { id, name: id, published: true }]))
const before = org('17')
const after = org('18')
const timings: Record<string, number[]> = { read: [], check: [], table: [], review: [] }
let counts = ''
for (let round = 0; round < ROUNDS; round += 1) {
  let started = performance.now()
  const objects = routingObjectsOf(after)
  timings['read']!.push(performance.now() - started)
  started = performance.now()
  const findings = checkRouting({ files: after, objects, flows, now: NOW })
  timings['check']!.push(performance.now() - started)
  started = performance.now()
  const rows = callRoutingTable(objects, NOW)
  timings['table']!.push(performance.now() - started)
  started = performance.now()
  const changes = reviewRoutingChanges(before, after)
  timings['review']!.push(performance.now() - started)
  counts = `${after.length} files, ${findings.length} findings, ${rows.length} table rows, ${changes.length} changes`
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
console.log(`bench:routing — ${ROUTES} routes, ${GROUPS} groups, ${ROUNDS} rounds: ${counts}`)
for (const [step, values] of Object.entries(timings)) console.log(`  ${step.padEnd(7)} median ${median(values).toFixed(0)} ms (first ${values[0]!.toFixed(0)} ms)`)
console.log(`  heap used ${(process.memoryUsage().heapUsed / 1_048_576).toFixed(0)} MiB`)
