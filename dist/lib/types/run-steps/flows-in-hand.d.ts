import type { ExportResult, ExportedFlow, Finding, FlowFile, FlowOutcome, RunChanges, RunResult, SnapshotPlan } from '../model.js';
/** The flows one run has in hand, whether exported from Genesys Cloud or read from the repository. */
export interface FlowsInHand extends Pick<ExportResult, 'exported' | 'failed' | 'skipped' | 'stats'>, Pick<RunResult, 'resources' | 'routing' | 'warnings' | 'exportService'> {
    readonly files: FlowFile[];
    /** Flows in the repository's manifest that this run did not export: they satisfy calls to them. */
    readonly knownFlows: ReadonlyMap<string, string>;
    /** What to write under output-dir (absent in mode validate). */
    readonly plan?: SnapshotPlan;
    /** What changed since the previous snapshot (mode validate: since a pull request's base branch); never rejects. */
    readonly changes?: Promise<RunChanges | undefined>;
    /** What the call routing's checks found; absent when off. */
    readonly routingFindings?: readonly Finding[];
}
/** Pairs each exported flow with the file the plan writes for it, as validation reads it. */
export declare function exportedFlowsInHand(result: ExportResult, plan: SnapshotPlan, outputDir: string): FlowsInHand;
/** An exported flow as validation reads it: its repository-relative file (`path` under output-dir) and the text written there. */
export declare function flowFileOf(flow: ExportedFlow, outputDir: string, path: string, text: string): FlowFile;
export declare function outcomesOf(inHand: FlowsInHand, mode: RunResult['mode'], written: boolean): FlowOutcome[];
/** success: every selected flow exported; partial: some failed; failed: none exported, or the run stopped. */
export declare function statusOf(inHand: FlowsInHand, fatalError: string | undefined): RunResult['status'];
