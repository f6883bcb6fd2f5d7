import type { ExportResult, ExportServiceReport, ExportedFlow, FailedFlow, Finding, FlowFile, FlowOutcome, RequestStats, ResourceCheck, RunChanges, RunRouting, RunStatus, SnapshotPlan } from '../model.js';
import type { Settings } from '../settings/types.js';
import type { EarlyStaging } from '../snapshot/early-stage.js';
import type { OneFlowValidation } from '../flows/validate.js';
/** The flows one run has in hand, whether exported from Genesys Cloud or read from the repository. */
export interface FlowsInHand {
    readonly files: FlowFile[];
    readonly exported: ExportedFlow[];
    readonly failed: FailedFlow[];
    readonly skipped: FailedFlow[];
    /** Flows in the repository's manifest that this run did not export: they satisfy calls to them. */
    readonly knownFlows: ReadonlyMap<string, string>;
    readonly stats: RequestStats;
    /** What to write under output-dir (absent in mode validate). */
    readonly plan?: SnapshotPlan;
    readonly resources?: ResourceCheck;
    /** What changed since the previous snapshot (mode validate: since a pull request's base branch); never rejects. */
    readonly changes?: Promise<RunChanges | undefined>;
    /** Flow files staged while the export ran, for applySnapshot (which removes what it does not take). */
    readonly staging?: EarlyStaging;
    /** What validation found in each flow by itself while the export ran, by document. */
    readonly oneFlowValidations?: ReadonlyMap<unknown, OneFlowValidation>;
    /** The call routing (input `routing`) and what its checks found; absent when off. */
    readonly routing?: RunRouting;
    readonly routingFindings?: readonly Finding[];
    readonly warnings?: readonly string[];
    readonly exportService?: ExportServiceReport;
}
/** Pairs each exported flow with the file the plan writes for it, as validation reads it. */
export declare function exportedFlowsInHand(result: ExportResult, plan: SnapshotPlan, outputDir: string): FlowsInHand;
/** An exported flow as validation reads it: its repository-relative file (`path` under output-dir) and the text written there. */
export declare function flowFileOf(flow: ExportedFlow, outputDir: string, path: string, text: string): FlowFile;
/** `written`: the flow files reached the disk; when they did not, no flow counts as exported. */
export declare function outcomesOf(inHand: FlowsInHand, settings: Settings, written: boolean): FlowOutcome[];
/** success: every selected flow exported; partial: some failed; failed: none exported, or the run stopped. */
export declare function statusOf(inHand: FlowsInHand, fatalError: string | undefined): RunStatus;
