import { type ExportedFlow, type ExportResult } from '../model.js';
import type { Concurrency, SelectionSettings } from '../settings/types.js';
import type { GenesysClient } from '../genesys/client.js';
import { type Clock } from '../http/retry.js';
export interface ExportOptions {
    /** Size limit of one flow's export; a job of n flows may download n times this. */
    readonly maxExportBytes: number;
    /** Export jobs in flight at once, or `adaptive` (see adaptive-slots.ts). */
    readonly concurrency: Concurrency;
    readonly log?: (line: string) => void;
    /** Told each job's flows as soon as they are decoded, while other jobs still run (for pipelined work). */
    readonly onExported?: (flows: readonly ExportedFlow[]) => void;
    /** Injected for tests; real time otherwise. */
    readonly clock?: Clock;
}
export declare function exportFlows(client: GenesysClient, selection: SelectionSettings, options: ExportOptions): Promise<ExportResult>;
