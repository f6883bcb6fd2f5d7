// The job summary of a run: what was exported, what changed, what is broken and where, readable in
// ten seconds. Pure: RunResult in, Markdown (with HTML tables) out; publish.ts writes it.
import type { RunResult } from '../model.js'
import type { FailOn } from '../settings/types.js'
import { failureMessage } from './failure.js'
import { runTotals } from './counts.js'
import { byteLength, cell } from './html.js'
import { buildCallGraph } from './mermaid.js'
import { changesSection } from './changes.js'
import { callRoutingSection } from './routing.js'
import {
  changedFilesSection,
  unexportedFlowsSection,
  findingsSection,
  graphSection,
  headline,
  totalsTable,
} from './summary-sections.js'

export interface SummaryContext {
  /** `owner/name` (GITHUB_REPOSITORY). */
  readonly repository: string
  /** `https://github.com` or a GHES URL (GITHUB_SERVER_URL), no trailing slash needed. */
  readonly serverUrl: string
  /** The checked-out commit (GITHUB_SHA): where the files are in `mode: validate`. */
  readonly sha: string
  readonly failOn: FailOn
  /** The webhook delivery, when one was attempted, so a failed one is visible next to the totals. */
  readonly webhook?: { readonly delivered: boolean; readonly attempts: number; readonly error?: string } | null
}

/** Bytes the summary may take: GitHub refuses a step summary over 1 MiB. */
const SUMMARY_BUDGET_BYTES = 768 * 1024

export function buildSummary(result: RunResult, ctx: SummaryContext): string {
  const totals = runTotals(result)
  const server = ctx.serverUrl.replace(/\/+$/, '')
  const sha = linkSha(result, ctx.sha)
  const blobBase = sha && ctx.repository ? `${server}/${ctx.repository}/blob/${sha}/` : null
  const commitUrl =
    result.git?.commitSha && ctx.repository ? `${server}/${ctx.repository}/commit/${result.git.commitSha}` : null
  const graph = buildCallGraph(result.validation.calls, result.flows, result.validation.findings)
  const failure = failureMessage(result, ctx.failOn)
  const fixed = [
    headline(result, totals, commitUrl) + (failure ? `\n> **This step fails.** ${cell(failure)}\n` : '') + warningLines(result),
    totalsTable(result, totals),
    webhookLine(ctx.webhook) + resourcesLine(result) + exportServiceLine(result),
    graphSection(graph),
  ]
  // Each section takes its share of what the sections before it left.
  let remaining = SUMMARY_BUDGET_BYTES - fixed.reduce((sum, part) => sum + byteLength(part), 0) - 512
  const fitted = (share: number, build: (budgetBytes: number) => string): string => {
    const text = build(Math.max(0, Math.floor(remaining * share)))
    remaining -= byteLength(text)
    return text
  }
  const { changes, flows } = result
  const whatChanged = fitted(0.3, (budgetBytes) => changesSection(changes, { budgetBytes, blobBase, flows }))
  const callRouting = fitted(0.2, (budget) => callRoutingSection(result.routing, budget, result.validation.findings))
  const failed = fitted(0.15, (budget) => unexportedFlowsSection(result.flows, 'failed', budget))
  const skipped = fitted(0.1, (budget) => unexportedFlowsSection(result.flows, 'skipped', budget))
  const changed = fitted(0.25, (budget) => changedFilesSection(result.git?.filesChanged ?? [], budget))
  const findings = findingsSection(result.validation.findings, blobBase, Math.max(0, remaining))
  const parts = [...fixed.slice(0, 3), whatChanged, findings, callRouting, failed, skipped, changed, fixed[3]]
  return parts.filter((part) => part !== '').join('\n')
}

/**
 * The commit at which the flow files can be opened on GitHub: the new commit once pushed (or in a
 * pull request); the checked-out commit when nothing changed or in validate mode; none when the
 * files exist only on the runner (export mode, or a commit that was not pushed).
 */
function linkSha(result: RunResult, checkedOut: string): string | null {
  if (result.mode === 'export') return null
  const git = result.git
  if (git?.changed) return git.pushed || git.pullRequest ? git.commitSha || null : null
  return checkedOut || null
}

/** What the resource check found, or why it did not run or may be incomplete (a quote block then). */
function resourcesLine(result: RunResult): string {
  const check = result.resources
  if (!check) return ''
  if (check.outcome === 'checked' && !check.incomplete) {
    const count = (rule: string): number => result.validation.findings.filter((finding) => finding.rule === rule).length
    return `Resource check (dependency tracking ${check.buildStatus}): ${count('deleted-resource')} deleted, ${count('stale-resource')} stale.\n`
  }
  return check.outcome === 'checked' || check.outcome === 'no-permission' || check.outcome === 'failed'
    ? `> **${cell(check.note)}**\n`
    : `${cell(check.note)}\n`
}

/** Problems of the run that belong to no flow, each a quoted line under the headline. */
function warningLines(result: RunResult): string {
  return (result.warnings ?? []).map((warning) => `\n> **Warning:** ${cell(warning)}\n`).join('')
}

/** The export service's overload, in the plain sentence the log has too; its own messages stay in report.json. */
function exportServiceLine(result: RunResult): string {
  return result.exportService ? `${cell(result.exportService.summary)}\n` : ''
}

function webhookLine(webhook: SummaryContext['webhook']): string {
  if (!webhook) return ''
  if (webhook.delivered) return `Webhook delivered (${webhook.attempts} ${webhook.attempts === 1 ? 'try' : 'tries'}).\n`
  return `> **Webhook not delivered** after ${webhook.attempts} tries: ${cell(webhook.error ?? 'unknown reason')}. The snapshot itself is not affected.\n`
}
