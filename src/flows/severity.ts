// Severities: the defaults (model.ts), the user's `rule-severity` overrides, and which findings fail the step.
import { DEFAULT_SEVERITIES, type Finding, type Rule, type Severity, type SeverityOrOff } from '../model.js'

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
