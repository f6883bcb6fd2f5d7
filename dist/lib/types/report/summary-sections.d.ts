import type { FlowOutcome, Finding, RunResult, Severity } from '../model.js';
import { type RunTotals } from './counts.js';
import { type BoundedTable } from './html.js';
import type { CallGraph } from './mermaid.js';
export declare function headline(result: RunResult, totals: RunTotals, commitUrl: string | null): string;
export declare function totalsTable(result: RunResult, totals: RunTotals): string;
export interface FindingsSection {
    readonly findings: readonly Finding[];
    readonly omitted: Record<Severity, number>;
    /** `<serverUrl>/<repo>/blob/<sha>/`, or null when the files are not on GitHub at a known commit. */
    readonly blobBase: string | null;
    readonly budgetBytes: number;
}
export declare function findingsSection(section: FindingsSection): string;
export declare function changedFilesSection(files: readonly string[], budgetBytes: number): BoundedTable | null;
/** The flows that ended `failed` or `skipped`, each with its reason. */
export declare function unexportedFlowsSection(flows: readonly FlowOutcome[], status: 'failed' | 'skipped', budgetBytes: number): BoundedTable | null;
export declare function graphSection(graph: CallGraph): string;
export declare function plural(count: number, noun: string): string;
