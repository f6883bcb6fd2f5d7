// The sections of the job summary, each from plain values to an HTML/Markdown string.
import type { FlowOutcome, Finding, RunResult, Severity } from '../model.js'
import { ANNOTATIONS_SHOWN_PER_KIND, omittedAnnotations } from './annotations.js'
import { describeRuleCounts, formatRate, sortFindings, type RunTotals } from './counts.js'
import { boundedTable, cell, code, encodePath, formatBytes, formatDuration, link } from './html.js'
import type { CallGraph } from './mermaid.js'
import { plural } from '../changes/labels.js'

const STATUS_ICON: Readonly<Record<RunResult['status'], string>> = { success: '✅', partial: '⚠️', failed: '❌' }
const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' }

export function headline(result: RunResult, totals: RunTotals, commitUrl: string | null): string {
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
export function findingsSection(findings: readonly Finding[], blobBase: string | null, budgetBytes: number): string {
  if (findings.length === 0) return '### Findings\n\nNo findings: every reference resolves.\n'
  const rows = sortFindings(findings).map((finding) => [
    cell(SEVERITY_ICON[finding.severity]),
    code(finding.rule),
    cell(finding.flowName || finding.flowId),
    fileCell(finding, blobBase),
    cell(finding.nodeId ? `${finding.message} (node ${finding.nodeId})` : finding.message),
  ])
  const table = boundedTable(['Severity', 'Rule', 'Flow', 'File', 'Message'], rows, budgetBytes, (left) =>
    `${left} more findings are not listed here (the summary must stay under GitHub's 1 MiB limit); all of them are in the report JSON and the log.`,
  )
  return `### Findings\n\n${annotationNote(omittedAnnotations(findings))}${table.html}`
}

function fileCell(finding: Finding, blobBase: string | null): string {
  if (!finding.file) return ''
  const label = finding.line >= 1 ? `${finding.file}:${finding.line}` : finding.file
  if (!blobBase) return code(label)
  const anchor = finding.line >= 1 ? `#L${finding.line}` : ''
  return link(label, `${blobBase}${encodePath(finding.file)}${anchor}`)
}

function annotationNote(omitted: Record<Severity, number>): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((severity) => omitted[severity] > 0)
    .map((severity) => plural(omitted[severity], severity))
  if (parts.length === 0) return ''
  return (
    `GitHub shows only the first ${ANNOTATIONS_SHOWN_PER_KIND} annotations of each kind on the files; ` +
    `${parts.join(', ')} more are annotated in the log only (all are listed below).\n\n`
  )
}

export function changedFilesSection(files: readonly string[], budgetBytes: number): string {
  if (files.length === 0) return ''
  const rows = [...files].sort().map((file) => [code(file)])
  const cutNote = (left: number): string => `${left} more changed files are not listed; see the commit.`
  const table = boundedTable(['Changed file'], rows, budgetBytes, cutNote)
  return `### Changed files\n\n${table.html}`
}

/** The flows that ended `failed` or `skipped`, each with its reason. */
export function unexportedFlowsSection(
  flows: readonly FlowOutcome[],
  status: 'failed' | 'skipped',
  budget: number,
): string {
  const listed = flows.filter((flow) => flow.status === status)
  if (listed.length === 0) return ''
  const rows = listed.map((flow) => [cell(flow.name), code(flow.id), cell(flow.type), cell(flow.error)])
  const cutNote = (left: number): string => `${left} more ${status} flows are listed in the report JSON.`
  const table = boundedTable(['Flow', 'Id', 'Type', 'Reason'], rows, budget, cutNote)
  return `### ${status === 'failed' ? 'Failed' : 'Skipped'} flows\n\n${table.html}`
}

export function graphSection(graph: CallGraph): string {
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
