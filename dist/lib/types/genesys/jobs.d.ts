import type { ExportedFlow, FailedFlow, FlowRef } from '../model.js';
import type { GenesysClient } from './client.js';
import type { DownloadDecoder } from './decode-pool.js';
import type { Clock } from './pacing.js';
import type { PollTiming } from './poll-timing.js';
import type { Slots } from './slots.js';
export declare const JOBS_PATH = "/api/v2/flows/export/jobs";
/**
 * Why a job gave nothing usable. `split`: something about one of its flows may be to blame, so halves
 * are worth trying; otherwise the same job would fail the same way and its flows are named as failed.
 */
export declare class JobError extends Error {
    readonly split: boolean;
    /** The job failed inside Genesys as its transient failures do: the same job may well succeed later. */
    readonly transient: boolean;
    readonly name = "JobError";
    constructor(message: string, split: boolean, 
    /** The job failed inside Genesys as its transient failures do: the same job may well succeed later. */
    transient?: boolean);
}
export interface JobContext {
    readonly client: GenesysClient;
    readonly clock: Clock;
    readonly maxExportBytes: number;
    readonly timing: PollTiming;
    /**
     * Export jobs running in Genesys at once. A job holds its slot from registering until it is done;
     * downloading and decoding happen outside it, so the next job is already running meanwhile.
     */
    readonly jobSlots: Slots;
    /** Decodes each download, on a worker thread where one runs. */
    readonly decoder: DownloadDecoder;
}
export interface JobResult {
    readonly exported: ExportedFlow[];
    /** Flows whose file could not be decoded. */
    readonly failed: FailedFlow[];
    /** Requested flows the download did not contain. */
    readonly missing: FlowRef[];
}
/**
 * max-export-bytes is the size-limit rule's threshold, judged by validation on each flow's real bytes, so
 * a flow over it is still exported and reported (and `rule-severity` can relax the rule). Only a download
 * this many times over the limit is refused, to keep a runaway answer from filling the runner's memory.
 */
export declare const DOWNLOAD_CAP_FACTOR = 4;
export declare function runExportJob(ctx: JobContext, flows: readonly FlowRef[]): Promise<JobResult>;
