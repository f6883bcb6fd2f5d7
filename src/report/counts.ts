// Counting helpers shared by the outputs, the summary, the audit record and the failure message,
// so every place that says "3 broken references" counts them the same way.
import { RULES, type Finding, type FlowOutcome, type Rule, type RunResult, type Severity } from '../model.js'
import { compareText } from '../text/compare.js'

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 }
/** Every flow status, as a record so that a status added to FlowOutcome must be added here too. */
const FLOW_STATUSES = Object.keys({ exported: 0, validated: 0, failed: 0, skipped: 0 } satisfies Record<FlowOutcome['status'], 0>) as FlowOutcome['status'][]

/**
 * Rules in the order a reader should look at them: a flow that cannot be read at all first, then
 * calls into nothing, then defects inside one flow, then style-level warnings.
 */
const RULE_IMPORTANCE: readonly Rule[] = [
  'invalid-flow',
  'format-version',
  'size-limit',
  'missing-flow',
  'route-flow-missing',
  'missing-schedule',
  'deleted-resource',
  'broken-reference',
  'flow-type-mismatch',
  'flow-cycle',
  'duplicate-id',
  'emergency-active',
  'route-never-open',
  'stale-resource',
  'dead-end',
  'unreachable-node',
  'schedule-ended',
  'unused-item',
]
const RULE_RANK = new Map(RULE_IMPORTANCE.map((rule, rank) => [rule, rank]))

/** Severity, then rule importance, then file and line: the order of annotations and of the summary table. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (RULE_RANK.get(a.rule) ?? RULE_IMPORTANCE.length) - (RULE_RANK.get(b.rule) ?? RULE_IMPORTANCE.length) ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      compareText(a.nodeId, b.nodeId) ||
      compareText(a.message, b.message),
  )
}

/** Findings counted by rule, every rule present (0 when none), in the contract's rule order. */
export function countByRule(findings: readonly Finding[]): Record<Rule, number> {
  return tally(RULES, findings.map((finding) => finding.rule))
}

/** How many of `values` are each of `keys`, every key present (0 when none). */
function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
  for (const value of values) counts[value] += 1
  return counts
}

export type RunTotals = ReturnType<typeof runTotals>

export function runTotals(result: RunResult) {
  const findings = result.validation.findings
  const byRule = countByRule(findings)
  const { checked, valid } = result.validation.references
  return {
    ...tally(FLOW_STATUSES, result.flows.map((flow) => flow.status)),
    findings: findings.length,
    bySeverity: tally(Object.keys(SEVERITY_RANK) as Severity[], findings.map((finding) => finding.severity)),
    byRule,
    // References checked that resolved to nothing: the complement of the integrity rate.
    brokenReferences: Math.max(0, checked - valid),
    cycles: byRule['flow-cycle'],
    changed: result.git?.changed ?? false,
    filesChanged: result.git?.filesChanged.length ?? 0,
    // Flows whose document changed in more than layout.
    flowsChanged: result.changes?.reviews.filter(({ status }) => !['layout-only', 'unchanged'].includes(status)).length ?? 0,
    latencyMs: latencyMs(result.startedAt, result.finishedAt),
  }
}

/** Milliseconds between two ISO timestamps; 0 when either is unreadable (a report must still be written). */
export function latencyMs(startedAt: string, finishedAt: string): number {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt)
  return Number.isFinite(ms) && ms > 0 ? ms : 0
}

/** `integrity-rate` as the contract prints it: 0..1 with four decimals. */
export function formatRate(rate: number): string {
  const bounded = Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0
  return bounded.toFixed(4)
}

/** "broken-reference 2, missing-flow 1": the rules that have findings, most important first. */
export function describeRuleCounts(byRule: Record<Rule, number>, separator = ', '): string {
  return RULE_IMPORTANCE.filter((rule) => byRule[rule] > 0)
    .map((rule) => `${rule} ${byRule[rule]}`)
    .join(separator)
}
