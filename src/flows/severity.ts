// Severities: the contract's defaults, the user's `rule-severity` overrides, and which findings fail the step.
import type { Finding, Rule, Severity, SeverityOrOff } from '../model.js'

export const DEFAULT_SEVERITIES: Readonly<Record<Rule, Severity>> = {
  'broken-reference': 'error',
  'duplicate-id': 'error',
  'unreachable-node': 'warning',
  'dead-end': 'warning',
  'missing-flow': 'error',
  'flow-type-mismatch': 'error',
  'flow-cycle': 'error',
  'format-version': 'error',
  'invalid-flow': 'error',
  'size-limit': 'error',
  'unused-item': 'notice',
  'deleted-resource': 'error',
  'stale-resource': 'warning',
  'route-flow-missing': 'error',
  'missing-schedule': 'error',
  'schedule-ended': 'notice',
  'route-never-open': 'warning',
  'emergency-active': 'warning',
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 }

/**
 * The severity a finding gets: the user's override for its rule, else the finding's own default
 * (a self-transfer is a warning), else the rule's. `off` means the finding is dropped.
 */
export function severityOf(
  rule: Rule,
  overrides: Partial<Record<Rule, SeverityOrOff>> | undefined,
  findingDefault?: Severity,
): SeverityOrOff {
  return overrides?.[rule] ?? findingDefault ?? DEFAULT_SEVERITIES[rule]
}

/** The findings that fail the step: those at or above `failOn` (`never`: none). */
export function failingFindings(findings: readonly Finding[], failOn: 'error' | 'warning' | 'notice' | 'never'): Finding[] {
  if (failOn === 'never') return []
  const threshold = RANK[failOn]
  return findings.filter((finding) => RANK[finding.severity] >= threshold)
}
