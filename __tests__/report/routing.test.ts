// The call routing where a run reports it: the summary's Call routing table, the routing changes in the commit
// body and the pull request body, and report.json's routing per number and changes.
import { describe, expect, it } from 'vitest'
import type { RunChanges } from '../../src/model.js'
import type { NumberRouting as CallRoutingRow, RoutingObjectChange as RoutingChange, RunRouting } from '../../src/routing-model.js'
import { commitBody, pullRequestReview, reportedRunChanges } from '../../src/report/changes.js'
import { buildOutputs } from '../../src/report/outputs.js'
import { callRoutingSection, reportedRouting } from '../../src/report/routing.js'
import { finding, runResult, withFindings } from './run-result.js'
import { runTotals } from '../../src/report/counts.js'
import { totalsTable } from '../../src/report/summary.js'

const ROUTE_ID = '0b7c4f1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b'

const row = (overrides: Partial<CallRoutingRow> = {}): CallRoutingRow => ({
  number: '+13175550100',
  route: 'Main line',
  routeId: ROUTE_ID,
  now: { flow: 'Holiday message', reason: 'holiday' },
  openFlow: 'Main IVR',
  closedFlow: 'Closed message',
  holidayFlow: 'Holiday message',
  scheduleGroup: 'Main hours',
  timeZone: 'America/New_York',
  exceptions: ['now – Dec 26 00:00 holiday → Holiday message'],
  ...overrides,
})

const routing = (rows: CallRoutingRow[], more: Partial<RunRouting> = {}): RunRouting => ({ at: '2026-12-24T20:00:00.000Z', objects: 5, rows, refused: [], ...more })

const repointed: RoutingChange = {
  kind: 'call-routes',
  id: ROUTE_ID,
  name: 'Main line',
  path: `genesys-flows/routing/call-routes/main-line--${ROUTE_ID}.json`,
  lines: [{ text: 'Main line: open hours now go to "Main IVR v2" (was "Main IVR")', line: 14 }],
}
const routingOnly: RunChanges = { against: 'the previous snapshot', reviews: [], diagrams: [], routing: [repointed] }

describe('the Call routing table', () => {
  it('gives each number its route, the flow answering now and why, its flows, group, zone and exceptions', () => {
    const html = callRoutingSection(routing([row()]), 100_000)
    expect(html).toContain('<tr><td><code>+13175550100</code></td><td>Main line</td><td><b>Holiday message</b></td><td>holiday schedule</td><td>Main IVR</td><td>Closed message</td><td>Holiday message</td><td>Main hours (America/New_York)</td><td>now – Dec 26 00:00 holiday → Holiday message</td></tr>')
  })

  it('escapes a route name written to break out of its cell', () => {
    const html = callRoutingSection(routing([row({ route: '<img src=x onerror=alert(1)>' })]), 100_000)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('stops adding numbers before its byte budget and says how many more the report holds', () => {
    const rows = Array.from({ length: 200 }, (_, index) => row({ number: `+1317555${String(index).padStart(4, '0')}` }))
    const html = callRoutingSection(routing(rows), 8_000)
    expect(Buffer.byteLength(html)).toBeLessThan(8_000)
    expect(html).toMatch(/\d+ more numbers are not listed here/)
  })

  it('names the kinds the client may not read and the permission each needs', () => {
    const html = callRoutingSection(routing([row()], { refused: [{ kind: 'schedules', permission: 'routing:schedule:view' }] }), 100_000)
    expect(html).toContain('schedules (needs `routing:schedule:view`)')
  })

  it('marks a route that a route-flow-missing finding is about', () => {
    const missing = finding({ rule: 'route-flow-missing', file: `genesys-flows/routing/call-routes/main-line--${ROUTE_ID}.json` })
    expect(callRoutingSection(routing([row()]), 100_000, [missing])).toContain('Main line<br>⚠️ names a missing flow')
  })
})

describe('routing findings in the totals', () => {
  it('are counted by rule beside the flows\' findings', () => {
    const result = withFindings([finding(), finding({ rule: 'route-flow-missing' }), finding({ rule: 'schedule-ended', severity: 'notice' })])
    const html = totalsTable(result, runTotals(result))
    expect(html).toContain('route-flow-missing 1')
    expect(html).toContain('schedule-ended 1')
  })
})

describe('routing changes where a run reports them', () => {
  it('are the commit body when no flow changed', () => {
    expect(commitBody(routingOnly)).toBe('Main line: open hours now go to "Main IVR v2" (was "Main IVR")')
  })

  it('are in the pull request body when no flow changed', () => {
    expect(pullRequestReview(routingOnly, 10_000, '')).toContain('- Main line: open hours now go to "Main IVR v2" (was "Main IVR") (line 14)')
  })

  it('are counted by routing-changed and listed in report.json with their kind, path and lines', () => {
    const paths = { reportPath: 'report.json', auditLogPath: 'audit.jsonl' }
    expect(buildOutputs(runResult({ changes: routingOnly }), paths)['routing-changed']).toBe('1')
    expect(reportedRunChanges(routingOnly)).toEqual([
      { id: ROUTE_ID, name: 'Main line', kind: 'call-routes', path: repointed.path, changes: [{ text: repointed.lines[0]!.text, line: 14 }], moreChanges: 0 },
    ])
  })

  it('report.json gives each number where it goes now, with nulls for what is not set', () => {
    expect(reportedRouting(routing([row({ holidayFlow: undefined, now: { reason: 'always-open' } })]))[0]).toMatchObject({
      number: '+13175550100',
      holidayFlow: null,
      now: { flow: null, reason: 'always-open' },
    })
  })
})
