import type { FailedFlow, FlowRef } from '../model.js';
export declare const NEVER_PUBLISHED = "never published: nothing to snapshot (publish it in Architect to include it)";
/** Splits off the flows with nothing to export: those never published (only saved or checked in). */
export declare function exportableNow(flows: readonly FlowRef[]): {
    exportable: FlowRef[];
    unexportable: FailedFlow[];
};
/** Why a flow whose own job failed is skipped rather than failed, when its Flow entity explains it. */
export declare function skipReasonAfterFailure(ref: FlowRef): string | undefined;
