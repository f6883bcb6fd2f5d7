// "What changed" wherever a run reports: the commit message body, the job summary section, the pull
// request body, report.json and the webhook. Pure: the run's review in, text and plain values out.
import { md, oneLineSummary, reviewMarkdown, versionStep } from './review-text.js'
import type { FlowReview } from '../flow-review.js'
import type { FlowOutcome, RunChanges } from '../model.js'
import { encodePath } from './html.js'
import { plural } from '../text/plural.js'
import { reportedRoutingChanges, routingChangeLines, routingChangesMarkdown } from './routing.js'

/** Lines of the commit message body; a larger review is counted after them. */
const COMMIT_LINES = 200
/** Changes per flow in report.json and the webhook; the rest are counted (`moreChanges`). */
const REPORTED_CHANGES = 10

/** `Compared with the previous snapshot: 3 flows changed, 1 removed.`, or `First snapshot: 12 added.` */
function comparedLine(changes: RunChanges): string {
  const count = (status: FlowReview['status']): number => changes.reviews.filter(({ status: s }) => s === status).length
  const parts = [`${plural(count('changed'), 'flow')} changed`, `${count('added')} added`, `${count('removed')} removed`]
  const counts = [...parts, `${count('layout-only')} only in layout`].filter((part) => !/^0 /.test(part)).join(', ')
  return changes.against === '' ? `First snapshot: ${counts}.` : `Compared with ${changes.against}: ${counts}.`
}

/** The commit message body: one line per flow that differs, most changed first, then the routing's changes. */
export function commitBody(changes: RunChanges | undefined): string {
  const reviews = changes?.reviews ?? []
  const lines = reviews.slice(0, COMMIT_LINES).map((review) => oneLineSummary(review))
  if (reviews.length > COMMIT_LINES) lines.push(`…and ${plural(reviews.length - COMMIT_LINES, 'more flow')} (see the run's job summary).`)
  const routing = routingChangeLines(changes?.routing, COMMIT_LINES)
  if (routing.length > 0) lines.push(...(lines.length > 0 ? [''] : []), ...routing)
  // git refuses a NUL in a message, and a line break in a flow name would split its line.
  return lines.map((line) => line.replace(/[\u0000-\u001f\u007f]+/g, ' ')).join('\n')
}

export interface ChangesSectionOptions {
  readonly budgetBytes: number
  /** `<server>/<repo>/blob/<sha>/` when the new files can be opened on GitHub. */
  readonly blobBase: string | null
  readonly flows: readonly FlowOutcome[]
}

/** The job summary's *What changed*: the count, each flow's changes, then diagrams of the first changed items that fit. */
export function changesSection(changes: RunChanges | undefined, options: ChangesSectionOptions): string {
  if (!changes) return ''
  const head = `### What changed\n\n`
  const routing = routingChangesMarkdown(changes.routing, Math.floor(options.budgetBytes / 6))
  if (changes.reviews.length === 0) return `${head}No flow changed since ${changes.against || 'the previous snapshot'}.\n${routing ? `\n${routing}` : ''}`
  const intro = `${comparedLine(changes)}\n\n`
  const fileById = new Map(options.flows.map((flow) => [flow.id, flow.path]))
  const lineLink = (review: FlowReview, line: number): string | undefined => {
    const file = fileById.get(review.flowId)
    return file && options.blobBase !== null ? `${options.blobBase}${encodePath(file)}#L${line}` : undefined
  }
  // Characters are counted, bytes are the limit: an accented name takes up to 3 bytes a character.
  const listBudget = Math.floor((options.budgetBytes - Buffer.byteLength(head + intro)) * 0.7)
  const list = reviewMarkdown(changes.reviews, { maxChars: Math.max(0, Math.floor(listBudget / 3)), lineLink })
  let text = `${head}${intro}${list.trimEnd()}\n${routing ? `\n${routing}` : ''}`
  for (const diagram of changes.diagrams) {
    const block = `\n**${md(diagram.flowName)}** › ${md(diagram.itemName)} (green: added · orange: changed · dashed: removed · thick: re-pointed)\n\n\`\`\`mermaid\n${diagram.mermaid}\n\`\`\`\n`
    if (Buffer.byteLength(text) + Buffer.byteLength(block) > options.budgetBytes) break
    text += block
  }
  return text
}

/** The pull request body's review, within what is left of GitHub's limit; the rest points at the run summary. */
export function pullRequestReview(changes: RunChanges | undefined, maxChars: number, runUrl: string): string {
  if (!changes || (changes.reviews.length === 0 && (changes.routing ?? []).length === 0)) return ''
  const tail = runUrl ? `\n\nThe whole review, with diagrams, is in the [run summary](${runUrl}).` : ''
  const routing = routingChangesMarkdown(changes.routing, Math.floor(maxChars / 4))
  if (changes.reviews.length === 0) return `## What changed\n\n${routing}${tail}`
  const head = `## What changed\n\n${comparedLine(changes)}\n\n`
  const list = reviewMarkdown(changes.reviews, { maxChars: Math.max(0, maxChars - head.length - tail.length - routing.length - 2) })
  return `${head}${list}${routing ? `\n\n${routing}` : ''}${tail}`
}

/** The run's page, where its job summary is (`<server>/<repo>/actions/runs/<id>`); '' outside a runner. */
export function runUrl(ctx: { readonly serverUrl: string; readonly repository: string; readonly runId: string }): string {
  if (!ctx.repository || !ctx.runId) return ''
  return `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository}/actions/runs/${ctx.runId}`
}

/**
 * report.json's and the webhook's `changes`: each changed flow (changes past the first few counted in
 * `moreChanges`), then each changed routing object.
 */
export function reportedRunChanges(changes: RunChanges | undefined) {
  const flows = (changes?.reviews ?? []).map((review) => ({
    id: review.flowId,
    name: review.name,
    previousName: review.previousName ?? null,
    versionFrom: review.versionFrom,
    versionTo: review.versionTo,
    versionStep: versionStep(review), // `12.0 → 13.0`, `new in 3.0`, …
    status: review.status,
    summary: oneLineSummary(review),
    counts: { ...review.counts },
    changes: review.changes.slice(0, REPORTED_CHANGES).map((change) => ({ ...change })),
    moreChanges: Math.max(0, review.changes.length - REPORTED_CHANGES),
  }))
  return [...flows, ...reportedRoutingChanges(changes?.routing)]
}
