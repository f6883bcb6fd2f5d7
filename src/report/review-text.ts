// Reviews as words: one line per flow (commit messages, webhooks), Markdown within a size budget
// (job summary, pull request body), and plain text for a terminal (`diff`, git's diff driver).
import { plural } from '../text/plural.js'
import { append } from '../changes/view.js'
import type { ChangeKind, FlowChange, FlowReview } from '../flow-review.js'

/** The summary line names at most this many changes; the rest are counted. */
const SUMMARY_PARTS = 4
/** Changes listed per flow in Markdown before "and N more". */
const MARKDOWN_CHANGES_PER_FLOW = 12
/** Flows listed before "…and N more flows changed". */
const FLOWS_LISTED = 25

/** `12.0 → 13.0`, `new in 13.0`, `removed (was 12.0)`, or '' when the versions are unknown. */
export function versionStep(review: FlowReview): string {
  const { versionFrom: from, versionTo: to } = review
  if (review.status === 'added') return to === '' ? 'new' : `new in ${to}`
  if (review.status === 'removed') return from === '' ? 'removed' : `removed (was ${from})`
  if (from === to || from === '' || to === '') return from || to
  return `${from} → ${to}`
}

/** `Main IVR 12.0 → 13.0: 2 actions added, Decision "Open today?" rewired, queue "Sales" → "Support"`. */
export function oneLineSummary(review: FlowReview): string {
  const head = [review.name, versionStep(review)].filter((part) => part !== '').join(' ')
  if (review.status === 'added' || review.status === 'removed') return `${head}${review.changes[0] ? `: ${afterColon(review.changes[0])}` : ''}`
  if (review.status === 'layout-only') return `${head}: layout only (nothing the flow does changed)`
  if (review.status === 'unchanged') return `${head}: no change`
  const parts = summaryParts(review)
  const shown = parts.slice(0, SUMMARY_PARTS)
  const more = parts.length - shown.length
  return `${head}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`
}

/** Counted kinds read as their two words, "2 actions added"; named kinds quote their subject while there are few. */
const COUNTED: readonly ChangeKind[] = [
  'item-added', 'item-removed', 'item-renamed',
  'action-added', 'action-removed', 'action-moved', 'action-renamed',
]

const NAMED: readonly (readonly [ChangeKind, string, string])[] = [
  ['rewired', 'action', 'rewired'],
  ['action-changed', 'action', 'changed'],
  ['item-changed', 'item', 'changed'],
]

function summaryParts(review: FlowReview): string[] {
  const parts: string[] = []
  const counts = review.counts
  if (review.previousName !== undefined) parts.push(`renamed from "${review.previousName}"`)
  const flowSettings = (counts.flow ?? 0) - (review.previousName === undefined ? 0 : 1)
  if (flowSettings > 0) parts.push(plural(flowSettings, 'flow setting') + ' changed')
  if ((counts['start-changed'] ?? 0) > 0) parts.push('start changed')
  for (const kind of COUNTED) {
    const [noun, verb] = kind.split('-') as [string, string]
    if ((counts[kind] ?? 0) > 0) parts.push(`${plural(counts[kind]!, noun)} ${verb}`)
  }
  for (const [kind, noun, verb] of NAMED) {
    const subjects = [...new Set(review.changes.filter((change) => change.kind === kind).map(subjectOf))]
    if (subjects.length > 2) parts.push(`${plural(subjects.length, noun)} ${verb}`)
    else if (subjects.length > 0) parts.push(subjects.map((subject) => `${subject} ${verb}`).join(', '))
  }
  // Swaps (`queue "Sales" → "Support"`) first, then what is used or called, or no longer.
  const uses = review.changes.filter((change) => change.kind === 'resource' || change.kind === 'flow-call')
  const swap = (change: FlowChange): boolean => change.text.includes(' → ')
  append(parts, [...uses.filter(swap), ...uses.filter((change) => !swap(change))].map(afterColon))
  if ((counts.choice ?? 0) > 0) parts.push(`${plural(counts.choice!, 'menu choice')} changed`)
  return parts
}

/** A quoted name or value in a change's text (quotes inside it escaped): a `: ` or ` now ` in it is no cut. */
const QUOTED_OR_CHAR = String.raw`(?:"(?:[^"\\]|\\.)*"|[^"])`
const SUBJECT = new RegExp(`^${QUOTED_OR_CHAR}+?(?=: | now |$)`)
const UP_TO_COLON = new RegExp(`^${QUOTED_OR_CHAR}*: `)

/** What the change is about: the text before its first `: ` or ` now ` outside quotes. */
function subjectOf(change: FlowChange): string {
  return SUBJECT.exec(change.text)?.[0] ?? change.text
}

function afterColon(change: FlowChange): string {
  const text = change.text.slice(UP_TO_COLON.exec(change.text)?.[0].length ?? 0)
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Flows with the most changes first; added and removed flows after them; unchanged ones not at all. */
export function orderReviews(reviews: readonly FlowReview[]): FlowReview[] {
  const rank = { changed: 0, added: 1, removed: 2, 'layout-only': 3, unchanged: 4 } as const
  return reviews
    .filter((review) => review.status !== 'unchanged')
    .sort((a, b) => rank[a.status] - rank[b.status] || b.changes.length - a.changes.length || a.name.localeCompare(b.name))
}

export interface MarkdownBudget {
  readonly maxChars: number
  /** The address of a line of a flow's new file (e.g. the file at the commit): `(line 40)` becomes a link. */
  readonly lineLink?: (review: FlowReview, line: number) => string | undefined
}

/** Markdown of the changed flows, most changed first, within `budget.maxChars` (lists cut, flows left over counted). */
export function reviewMarkdown(reviews: readonly FlowReview[], budget: MarkdownBudget): string {
  const ordered = orderReviews(reviews)
  const layoutOnly = ordered.filter((review) => review.status === 'layout-only')
  const listed = ordered.filter((review) => review.status !== 'layout-only')
  const layoutNote = layoutOnly.length === 0 ? '' : `${plural(layoutOnly.length, 'flow')} changed only in layout: ${layoutOnly.map((review) => md(review.name)).join(', ')}.`
  const footer = (left: number): string =>
    [left > 0 ? `…and ${plural(left, 'more flow')} changed.` : '', layoutNote].filter((note) => note !== '').join('\n')
  const blocks: string[] = []
  let used = 0
  for (const review of listed.slice(0, FLOWS_LISTED)) {
    const block = flowBlock(review, budget.lineLink)
    const reserve = footer(listed.length - blocks.length - 1).length + 2
    if (used + block.length + reserve > budget.maxChars) break
    blocks.push(block)
    used += block.length + 1
  }
  const end = footer(listed.length - blocks.length)
  const text = [...blocks, end].filter((part) => part !== '').join('\n')
  return text.length <= budget.maxChars ? text : `${text.slice(0, Math.max(0, budget.maxChars - 1))}…`
}

function flowBlock(review: FlowReview, lineLink: MarkdownBudget['lineLink']): string {
  const step = versionStep(review)
  const renamed = review.previousName === undefined ? '' : ` (renamed from ${md(review.previousName)})`
  const head = `**${md(review.name)}**${step === '' ? '' : ` ${md(step)}`}${renamed}`
  const shown = review.changes.slice(0, MARKDOWN_CHANGES_PER_FLOW)
  const where = (line: number): string => {
    const address = lineLink?.(review, line)
    return address === undefined ? ` (line ${line})` : ` ([line ${line}](${address.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}))`
  }
  const lines = shown.map((change) => `- ${md(change.text)}${change.line === undefined ? '' : where(change.line)}`)
  const more = review.changes.length - shown.length
  if (more > 0) lines.push(`- …and ${plural(more, 'more change')}`)
  return [head, ...lines, ''].join('\n')
}

/** Plain text for a terminal: a heading per flow, then one change per line with its line number. */
export function reviewText(reviews: readonly FlowReview[]): string {
  const out: string[] = []
  for (const review of orderReviews(reviews)) {
    const step = versionStep(review)
    out.push(`${review.name}${step === '' ? '' : ` ${step}`}${review.previousName === undefined ? '' : ` (renamed from "${review.previousName}")`}`)
    if (review.status === 'layout-only') out.push('  layout only: nothing the flow does changed')
    const width = review.changes.reduce((widest, change) => Math.max(widest, change.line === undefined ? 0 : String(change.line).length), 0)
    for (const change of review.changes) {
      const where = change.line === undefined ? ' '.repeat(width + 5) : `line ${String(change.line).padStart(width)}`
      out.push(`  ${where}  ${change.text}`)
    }
    out.push('')
  }
  return out.join('\n')
}

/** Text safe in Markdown: the characters that start markup are escaped, angle brackets become entities. */
export function md(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]{}#+!|~]/g, (char) => `\\${char}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
