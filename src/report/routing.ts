// The call routing wherever a run reports: the job summary's *Call routing* table, the routing changes in words
// (commit body, summary, pull request body), and report.json's `routing` per number. Pure: values in, text out.
// Every value from the org was bounded by the routing module (routing/table.ts, routing/review.ts); the cells are
// escaped here.
import type { Finding } from '../model.js'
import type { AnswerReason, RoutingObjectChange, RunRouting } from '../routing-model.js'
import { md } from './review-text.js'
import { excerpt } from '../text/excerpt.js'
import { boundedTable, cell, code } from './html.js'
import { plural } from '../text/plural.js'
import { capitalized } from '../flows/document.js'
import { ROUTING_KIND_WORDS } from '../routing/review.js'

const REASON_WORDS: Readonly<Record<AnswerReason, string>> = {
  emergency: '🚨 emergency group on',
  holiday: 'holiday schedule',
  closed: 'closed schedule',
  open: 'open schedule',
  'outside-open': 'outside open hours',
  'always-open': 'always open (no schedule group)',
}

/** Lines of one routing change at most in the commit body and report; the rest are counted. */
const LINES_PER_CHANGE = 10

/**
 * The job summary's *Call routing*: one row per number, what answers it now and why, and the coming exceptions.
 * A route with a `route-flow-missing` finding is marked, so a number that reaches nothing stands out.
 */
export function callRoutingSection(routing: RunRouting | undefined, budgetBytes: number, findings: readonly Finding[] = []): string {
  if (!routing) return ''
  const broken = new Set(findings.filter((finding) => finding.rule === 'route-flow-missing').map((finding) => /--([^/]+)\.json$/.exec(finding.file)?.[1]))
  const head = '### Call routing\n\n'
  const refused = routing.refused.length === 0
    ? ''
    : `> **Not read:** ${routing.refused.map((entry) => `${entry.kind} (needs \`${entry.permission}\`)`).join(', ')}. Their committed files were kept and checked as they are.\n\n`
  const failed = routing.failure === undefined ? '' : `> **Call routing could not be read:** ${cell(routing.failure)}. The committed files were kept and checked as they are.\n\n`
  if (routing.rows.length === 0) return `${head}${failed}${refused}No call route in the org.\n`
  const at = `Answers at ${routing.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC')}; exceptions of the next 14 days in each schedule group's time zone.\n\n`
  const rows = routing.rows.map((row) => [
    row.number ? code(row.number) : '—',
    `${cell(row.route)}${broken.has(row.routeId) ? '<br>⚠️ names a missing flow' : ''}`,
    `<b>${cell(row.now.flow ?? '—')}</b>`,
    cell(REASON_WORDS[row.now.reason]),
    cell(row.openFlow ?? '—'),
    cell(row.closedFlow ?? '—'),
    cell(row.holidayFlow ?? '—'),
    cell(row.scheduleGroup === undefined ? '—' : row.timeZone ? `${row.scheduleGroup} (${row.timeZone})` : row.scheduleGroup),
    row.exceptions.length === 0 ? '—' : row.exceptions.map(cell).join('<br>'),
  ])
  const table = boundedTable(
    ['Number', 'Call route', 'Answers now', 'Why', 'Open hours', 'Closed hours', 'Holiday', 'Schedule group', 'Next 14 days'],
    rows,
    Math.max(0, budgetBytes - Buffer.byteLength(head + refused + at)),
    (left) => `${left} more numbers are not listed here; all of them are in the report JSON.`,
  )
  return `${head}${failed}${refused}${at}${table}`
}

/**
 * The commit body's `Main line: open hours now go to "Main IVR v2" (was "Main IVR")` — the review's lines, which
 * name their object; past `maxLines` they are counted.
 */
export function routingChangeLines(changes: readonly RoutingObjectChange[] | undefined, maxLines: number): string[] {
  const lines: string[] = []
  for (const change of changes ?? []) {
    const shown = change.lines.slice(0, LINES_PER_CHANGE)
    for (const line of shown) lines.push(line.text)
    const object = `${capitalized(ROUTING_KIND_WORDS[change.kind])} "${excerpt(change.name, 80)}"`
    if (change.lines.length > shown.length) lines.push(`${object}: …and ${change.lines.length - shown.length} more changes`)
  }
  if (lines.length <= maxLines) return lines
  return [...lines.slice(0, maxLines), `…and ${lines.length - maxLines} more routing changes (see the run's job summary).`]
}

/** Routing changes as a Markdown list within `maxChars`; the rest are counted. '' when there are none. */
export function routingChangesMarkdown(changes: readonly RoutingObjectChange[] | undefined, maxChars: number): string {
  const list = changes ?? []
  if (list.length === 0) return ''
  let text = `**Call routing** (${plural(list.length, 'object')} changed):\n\n`
  let shown = 0
  for (const change of list) {
    const item = `${change.lines.slice(0, LINES_PER_CHANGE).map((line) => `- ${md(line.text)}${line.line ? ` (line ${line.line})` : ''}`).join('\n')}\n`
    if (text.length + item.length > maxChars) break
    text += item
    shown++
  }
  if (shown < list.length) text += `- …and ${plural(list.length - shown, 'more routing object')}\n`
  return text
}

/** Each routing object's change as report.json and the webhook carry it. */
export function reportedRoutingChanges(changes: readonly RoutingObjectChange[] | undefined) {
  return (changes ?? []).map((change) => ({
    id: change.id,
    name: change.name,
    kind: change.kind,
    path: change.path,
    changes: change.lines.slice(0, LINES_PER_CHANGE).map((line) => ({ text: line.text, line: line.line ?? null })),
    moreChanges: Math.max(0, change.lines.length - LINES_PER_CHANGE),
  }))
}

/** report.json's `routing`: per number, the route, its flows, group and zone, and what answers now and why. */
export function reportedRouting(routing: RunRouting | undefined) {
  return (routing?.rows ?? []).map((row) => ({
    number: row.number,
    route: row.route,
    routeId: row.routeId,
    openFlow: row.openFlow ?? null,
    closedFlow: row.closedFlow ?? null,
    holidayFlow: row.holidayFlow ?? null,
    scheduleGroup: row.scheduleGroup ?? null,
    timeZone: row.timeZone ?? null,
    now: { flow: row.now.flow ?? null, reason: row.now.reason },
    exceptions: [...row.exceptions],
  }))
}
