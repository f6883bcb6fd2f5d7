// The job summary of a run: what was exported, what changed, what is broken and where, readable in
// ten seconds. Pure: RunResult in, Markdown (with HTML tables) out; publish.ts writes it.
import type { RunResult } from '../model.js'
import type { FailOn } from '../settings/types.js'
import { buildAnnotations } from './annotations.js'
import { failureMessage } from './failure.js'
import { runTotals } from './counts.js'
import { byteLength, cell } from './html.js'
import { buildCallGraph, type GraphOptions } from './mermaid.js'
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
  readonly outputDir: string
  readonly failOn: FailOn
  /** The webhook delivery, when one was attempted, so a failed one is visible next to the totals. */
  readonly webhook?: { readonly delivered: boolean; readonly attempts: number; readonly error?: string } | null
  readonly graph?: GraphOptions
  /** Bytes the summary may take (default 768 KiB: GitHub refuses a step summary over 1 MiB). */
  readonly budgetBytes?: number
}

export const DEFAULT_SUMMARY_BUDGET_BYTES = 768 * 1024

export function buildSummary(result: RunResult, ctx: SummaryContext): string {
  const totals = runTotals(result)
  const server = ctx.serverUrl.replace(/\/+$/, '')
  const sha = linkSha(result, ctx.sha)
  const blobBase = sha && ctx.repository ? `${server}/${ctx.repository}/blob/${sha}/` : null
  const commitUrl =
    result.git?.commitSha && ctx.repository ? `${server}/${ctx.repository}/commit/${result.git.commitSha}` : null
  const graph = buildCallGraph(
    result.validation.calls,
    result.flows,
    result.validation.findings,
    ctx.graph,
  )
  const failure = failureMessage(result, ctx.failOn)
  const fixed = [
    headline(result, totals, commitUrl) + (failure ? `\n> **This step fails.** ${cell(failure)}\n` : '') + warningLines(result),
    totalsTable(result, totals),
    webhookLine(ctx.webhook) + resourcesLine(result) + exportServiceLine(result),
    graphSection(graph),
  ]
  const budget = ctx.budgetBytes ?? DEFAULT_SUMMARY_BUDGET_BYTES
  let remaining = budget - fixed.reduce((sum, part) => sum + byteLength(part), 0) - 512
  const whatChanged = changesSection(result.changes, { budgetBytes: Math.max(0, Math.floor(remaining * 0.3)), blobBase, flows: result.flows })
  remaining -= byteLength(whatChanged)
  const callRouting = callRoutingSection(result.routing, Math.max(0, Math.floor(remaining * 0.2)), result.validation.findings)
  remaining -= byteLength(callRouting)
  const failed = unexportedFlowsSection(result.flows, 'failed', Math.max(0, Math.floor(remaining * 0.15)))
  remaining -= failed ? byteLength(failed.html) : 0
  const skipped = unexportedFlowsSection(result.flows, 'skipped', Math.max(0, Math.floor(remaining * 0.1)))
  remaining -= skipped ? byteLength(skipped.html) : 0
  const changed = changedFilesSection(result.git?.filesChanged ?? [], Math.max(0, Math.floor(remaining * 0.25)))
  remaining -= changed ? byteLength(changed.html) : 0
  const { omitted } = buildAnnotations(result.validation.findings)
  const findings = findingsSection({
    findings: result.validation.findings,
    omitted,
    blobBase,
    budgetBytes: Math.max(0, remaining),
  })
  return [
    fixed[0],
    fixed[1],
    fixed[2],
    whatChanged,
    findings,
    callRouting,
    failed ? `### Failed flows\n\n${failed.html}` : '',
    skipped ? `### Skipped flows\n\n${skipped.html}` : '',
    changed ? `### Changed files\n\n${changed.html}` : '',
    fixed[3],
  ]
    .filter((part) => part !== '')
    .join('\n')
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
