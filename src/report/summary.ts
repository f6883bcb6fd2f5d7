// The job summary of a run: what was exported, what changed, what is broken and where, readable in
// ten seconds. Pure: RunResult in, Markdown (with HTML tables) out; publish.ts writes it.
import type { FlowOutcome, Finding, RunResult, Severity } from '../model.js'
import type { FailOn } from '../settings/types.js'
import { plural } from '../text/plural.js'
import { ANNOTATIONS_SHOWN_PER_KIND } from './annotations.js'
import { changesSection } from './changes.js'
import { describeRuleCounts, formatRate, runTotals, sortFindings, type RunTotals } from './counts.js'
import { failureMessage } from './failure.js'
import { boundedTable, cell, code, encodePath, formatBytes, formatDuration, link } from './html.js'
import { buildCallGraph, type CallGraph } from './mermaid.js'
import type { ReportContext } from './publish.js'
import { callRoutingSection } from './routing.js'
import type { WebhookResult } from './webhook.js'

/** `sha`: the checked-out commit, where the files are in `mode: validate`; `serverUrl` may end in a slash. */
export type SummaryContext = Pick<ReportContext, 'repository' | 'serverUrl' | 'sha'> & {
  readonly failOn: FailOn
  /** The webhook delivery, when one was attempted, so a failed one is visible next to the totals. */
  readonly webhook?: Pick<WebhookResult, 'delivered' | 'attempts' | 'error'> | null
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
  const failure = failureMessage(result, ctx.failOn)
  const warnings = (result.warnings ?? []).map((warning) => `\n> **Warning:** ${cell(warning)}\n`).join('')
  const fixed = [
    headline(result, totals, commitUrl) + (failure ? `\n> **This step fails.** ${cell(failure)}\n` : '') + warnings,
    totalsTable(result, totals),
    // The export service's overload in the log's plain sentence; its own messages stay in report.json.
    webhookLine(ctx.webhook) +
      resourcesLine(result) +
      (result.exportService ? `${cell(result.exportService.summary)}\n` : ''),
    graphSection(buildCallGraph(result.validation.calls, result.flows, result.validation.findings)),
  ]
  // Each section takes its share of what the sections before it left.
  let remaining = SUMMARY_BUDGET_BYTES - fixed.reduce((sum, part) => sum + Buffer.byteLength(part), 0) - 512
  const fitted = (share: number, build: (budgetBytes: number) => string): string => {
    const text = build(Math.max(0, Math.floor(remaining * share)))
    remaining -= Buffer.byteLength(text)
    return text
  }
  const { changes, flows } = result
  const whatChanged = fitted(0.3, (budgetBytes) => changesSection(changes, { budgetBytes, blobBase, flows }))
  const callRouting = fitted(0.2, (budget) => callRoutingSection(result.routing, budget, result.validation.findings))
  const failed = fitted(0.15, (budget) => unexportedFlowsSection(result.flows, 'failed', budget))
  const skipped = fitted(0.1, (budget) => unexportedFlowsSection(result.flows, 'skipped', budget))
  const changed = fitted(0.25, (budget) => changedFilesSection(result.git?.filesChanged ?? [], budget))
  const findings = findingsSection(result.validation.findings, totals, blobBase, Math.max(0, remaining))
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

function webhookLine(webhook: SummaryContext['webhook']): string {
  if (!webhook) return ''
  if (webhook.delivered) return `Webhook delivered (${webhook.attempts} ${webhook.attempts === 1 ? 'try' : 'tries'}).\n`
  return `> **Webhook not delivered** after ${webhook.attempts} tries: ${cell(webhook.error ?? 'unknown reason')}. The snapshot itself is not affected.\n`
}

const STATUS_ICON: Readonly<Record<RunResult['status'], string>> = { success: '✅', partial: '⚠️', failed: '❌' }
const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' }

function headline(result: RunResult, totals: RunTotals, commitUrl: string | null): string {
  const lines = [`## ${STATUS_ICON[result.status]} Genesys flow snapshot: ${result.status}`, '']
  const flows =
    result.mode === 'validate'
      ? `Validated ${plural(totals.validated, 'flow file')} already in the repository`
      : `Exported ${plural(totals.exported, 'flow')}` +
        (totals.failed > 0 ? `, **${totals.failed} failed**` : '') +
        (totals.skipped > 0 ? `, ${totals.skipped} skipped` : '')
  const findings =
    totals.findings === 0 ? 'no findings' : `${plural(totals.findings, 'finding')} (${severityText(totals)})`
  lines.push(`${flows}; ${findings}; ${changeText(result, totals, commitUrl)}.`)
  if (result.fatalError) lines.push('', `> **The run stopped early:** ${cell(result.fatalError)}`)
  return lines.join('\n') + '\n'
}

function changeText(result: RunResult, totals: RunTotals, commitUrl: string | null): string {
  if (result.mode === 'export') return 'files written, no commit (mode: export)'
  if (result.mode === 'validate' || !result.git) return 'nothing committed'
  if (!totals.changed) return 'no changes, no commit'
  const sha = result.git.commitSha.slice(0, 7)
  const commit = commitUrl ? `[\`${sha}\`](${commitUrl})` : `\`${sha}\``
  const { pullRequest, pushed } = result.git
  const where = pullRequest
    ? ` on [pull request #${pullRequest.number}](${pullRequest.url})`
    : pushed ? ', pushed' : ', not pushed'
  return `${plural(totals.filesChanged, 'file')} changed in commit ${commit}${where}`
}

export function totalsTable(result: RunResult, totals: RunTotals): string {
  const { checked, valid } = result.validation.references
  // mode: validate reads files already in the repository: nothing is exported, downloaded or committed.
  const fromGenesys = result.mode !== 'validate'
  const { requests, retries, throttled } = result.stats
  const rows = [
    fromGenesys ? ['Flows exported', String(totals.exported)] : ['Flows validated', String(totals.validated)],
    fromGenesys && ['Flows failed', String(totals.failed)],
    fromGenesys && totals.skipped > 0 && ['Flows skipped', String(totals.skipped)],
    fromGenesys && ['Files changed', String(totals.filesChanged)],
    ['Findings', `${totals.findings} (${severityText(totals)})`],
    ['Findings by rule', describeRuleCounts(totals.byRule, ' · ') || 'none'],
    ['Integrity rate', `${formatRate(result.validation.integrityRate)} (${valid} of ${checked} references resolve)`],
    ['Broken references', String(totals.brokenReferences)],
    ['Flow cycles', String(totals.cycles)],
    fromGenesys && ['Genesys requests', `${requests} (${retries} retries, ${throttled} throttled)`],
    fromGenesys && ['Downloaded', formatBytes(result.stats.bytes)],
    ['Time', formatDuration(totals.latencyMs)],
  ].filter((row) => row !== false)
  const body = rows.map(([name, value]) => `<tr><th align="left">${cell(name)}</th><td>${cell(value)}</td></tr>`)
  return `### Totals\n\n<table>\n${body.join('\n')}\n</table>\n`
}

function severityText(totals: RunTotals): string {
  const { error, warning, notice } = totals.bySeverity
  return `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}`
}

/** `blobBase`: `<serverUrl>/<repo>/blob/<sha>/`, or null when the files are not on GitHub at a known commit. */
function findingsSection(findings: readonly Finding[], totals: RunTotals, blobBase: string | null, budget: number) {
  if (findings.length === 0) return '### Findings\n\nNo findings: every reference resolves.\n'
  const rows = sortFindings(findings).map((finding) => [
    cell(SEVERITY_ICON[finding.severity]),
    code(finding.rule),
    cell(finding.flowName || finding.flowId),
    fileCell(finding, blobBase),
    cell(finding.nodeId ? `${finding.message} (node ${finding.nodeId})` : finding.message),
  ])
  const table = boundedTable(['Severity', 'Rule', 'Flow', 'File', 'Message'], rows, budget, (left) =>
    `${left} more findings are not listed here (the summary must stay under GitHub's 1 MiB limit); all of them are in the report JSON and the log.`,
  )
  return `### Findings\n\n${annotationNote(totals.bySeverity)}${table}`
}

function fileCell(finding: Finding, blobBase: string | null): string {
  if (!finding.file) return ''
  const label = finding.line >= 1 ? `${finding.file}:${finding.line}` : finding.file
  if (!blobBase) return code(label)
  const anchor = finding.line >= 1 ? `#L${finding.line}` : ''
  return link(label, `${blobBase}${encodePath(finding.file)}${anchor}`)
}

/** How many annotations of each kind GitHub will not display (annotations.ts). */
function annotationNote(counts: RunTotals['bySeverity']): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((severity) => counts[severity] > ANNOTATIONS_SHOWN_PER_KIND)
    .map((severity) => plural(counts[severity] - ANNOTATIONS_SHOWN_PER_KIND, severity))
  if (parts.length === 0) return ''
  return (
    `GitHub shows only the first ${ANNOTATIONS_SHOWN_PER_KIND} annotations of each kind on the files; ` +
    `${parts.join(', ')} more are annotated in the log only (all are listed below).\n\n`
  )
}

function changedFilesSection(files: readonly string[], budget: number): string {
  const rows = [...files].sort().map((file) => [code(file)])
  const cutNote = (left: number): string => `${left} more changed files are not listed; see the commit.`
  return tableSection('Changed files', ['Changed file'], rows, budget, cutNote)
}

function unexportedFlowsSection(flows: readonly FlowOutcome[], status: 'failed' | 'skipped', budget: number): string {
  const listed = flows.filter((flow) => flow.status === status)
  const rows = listed.map((flow) => [cell(flow.name), code(flow.id), cell(flow.type), cell(flow.error)])
  const cutNote = (left: number): string => `${left} more ${status} flows are listed in the report JSON.`
  const title = `${status === 'failed' ? 'Failed' : 'Skipped'} flows`
  return tableSection(title, ['Flow', 'Id', 'Type', 'Reason'], rows, budget, cutNote)
}

/** A section of one bounded table; '' when it has no row. */
function tableSection(title: string, ...table: Parameters<typeof boundedTable>): string {
  return table[1].length === 0 ? '' : `### ${title}\n\n${boundedTable(...table)}`
}

function graphSection(graph: CallGraph): string {
  if (!graph.mermaid) return ''
  const note =
    graph.cut === 'none'
      ? ''
      : graph.cut === 'findings-and-neighbours'
        ? `Large org: showing only the ${graph.shownFlows} flows with findings and their neighbours, out of ${graph.totalFlows} flows in calls.\n\n`
        : `Large org: showing ${graph.shownFlows} of ${graph.totalFlows} flows and ${graph.shownCalls} of ${graph.totalCalls} calls, those with findings first.\n\n`
  const legend = 'Red: flows and calls in a cycle · dashed grey: called flows that do not exist · orange: flows with other findings.\n\n'
  return `### Flow calls\n\n${note}${legend}\`\`\`mermaid\n${graph.mermaid}\n\`\`\`\n`
}
