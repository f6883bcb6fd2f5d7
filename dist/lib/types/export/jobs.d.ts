import type { ExportedFlow, FailedFlow, FlowRef } from '../model.js';
import type { GenesysClient } from '../genesys/client.js';
import type { Clock } from '../http/retry.js';
import type { PollTiming } from './poll-timing.js';
import type { Slots } from '../http/limiter.js';
import type { JobOutcome } from './adaptive-slots.js';
export declare const JOBS_PATH = "/api/v2/flows/export/jobs";
export interface JobContext {
    readonly client: GenesysClient;
    readonly clock: Clock;
    readonly maxExportBytes: number;
    readonly timing: PollTiming;
    /**
     * Export jobs running in Genesys at once. A job holds its slot from registering until it is done;
     * downloading and decoding happen outside it, so the next job is already running meanwhile.
     */
    readonly jobSlots: Slots<JobOutcome>;
}
/** The flows exported, those whose file could not be decoded (failed) and those the download lacked (missing). */
export declare function runExportJob(ctx: JobContext, flows: readonly FlowRef[]): Promise<{
    exported: ExportedFlow[];
    failed: FailedFlow[];
    missing: FlowRef[];
}>;
