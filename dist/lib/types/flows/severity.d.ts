import { type Finding, type Rule, type Severity, type SeverityOrOff } from '../model.js';
/**
 * The severity a finding gets: the user's override for its rule, else the finding's own default
 * (a self-transfer is a warning), else the rule's. `off` means the finding is dropped.
 */
export declare function severityOf(rule: Rule, overrides: Partial<Record<Rule, SeverityOrOff>> | undefined, findingDefault?: Severity): SeverityOrOff;
/** The findings that fail the step: those at or above `failOn` (`never`: none). */
export declare function failingFindings(findings: readonly Finding[], failOn: 'error' | 'warning' | 'notice' | 'never'): Finding[];
