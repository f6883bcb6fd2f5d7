import { type Finding, type Rule, type RunResult, type Severity } from '../model.js';
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
/**
 * Rules in the order a reader should look at them: a flow that cannot be read at all first, then
 * calls into nothing, then defects inside one flow, then style-level warnings.
 */
export declare const RULE_IMPORTANCE: readonly Rule[];
export declare function ruleRank(rule: Rule): number;
/** Severity, then rule importance, then file and line: the order of annotations and of the summary table. */
export declare function compareFindings(a: Finding, b: Finding): number;
export declare function sortFindings(findings: readonly Finding[]): Finding[];
/** Code-unit comparison: the same order on every machine, unlike localeCompare. */
export declare function compareText(a: string, b: string): number;
/** Findings counted by rule, every rule present (0 when none), in the contract's rule order. */
export declare function countByRule(findings: readonly Finding[]): Record<Rule, number>;
export declare function countBySeverity(findings: readonly Finding[]): Record<Severity, number>;
/** The headline numbers of a run, derived once from the RunResult. */
export interface RunTotals {
    readonly exported: number;
    readonly validated: number;
    readonly failed: number;
    /** Flows not exported for a known reason that is not a failure (never published, locked, …). */
    readonly skipped: number;
    readonly findings: number;
    readonly bySeverity: Record<Severity, number>;
    readonly byRule: Record<Rule, number>;
    /** References checked that resolved to nothing: checked − valid, the complement of the integrity rate. */
    readonly brokenReferences: number;
    readonly cycles: number;
    readonly changed: boolean;
    readonly filesChanged: number;
    readonly latencyMs: number;
}
export declare function runTotals(result: RunResult): RunTotals;
/** Milliseconds between two ISO timestamps; 0 when either is unreadable (a report must still be written). */
export declare function latencyMs(startedAt: string, finishedAt: string): number;
/** `integrity-rate` as the contract prints it: 0..1 with four decimals. */
export declare function formatRate(rate: number): string;
/** "broken-reference 2, missing-flow 1": the rules that have findings, most important first. */
export declare function describeRuleCounts(findings: readonly Finding[]): string;
