import type { FailedFlow, FlowRef, SelectionScope } from '../model.js';
import type { SelectionSettings } from '../settings/types.js';
import type { GenesysClient } from '../genesys/client.js';
export interface ResolvedSelection {
    /** Flows to export, each once, in a stable order (by id). */
    readonly selected: FlowRef[];
    /** Selected ids that do not exist, and types the client may not list. */
    readonly failed: FailedFlow[];
    readonly scope: SelectionScope;
    /** Every flow the listings returned, before the name filter: called flows are found here first. */
    readonly listed: ReadonlyMap<string, FlowRef>;
}
export declare const NOT_FOUND_REASON = "not found in the org: check the id";
export declare function resolveSelection(client: GenesysClient, selection: SelectionSettings, log: (line: string) => void): Promise<ResolvedSelection>;
/** Splits off the flows with nothing to export: those never published (only saved or checked in). */
export declare function exportableNow(flows: readonly FlowRef[]): {
    exportable: FlowRef[];
    unexportable: FailedFlow[];
};
/** Why a flow whose own job failed is skipped rather than failed, when its Flow entity explains it. */
export declare function skipReasonAfterFailure(ref: FlowRef): string | undefined;
