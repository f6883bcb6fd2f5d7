import type { FlowRef } from '../model.js';
/** The most flows one export job takes here (the API states no limit; 50 keeps one failure small). */
export declare const MAX_FLOWS_PER_JOB = 50;
export interface JobSize {
    /** Flows per job that the service has not refused (so far) this run. */
    limit: number;
}
/** Even chunks of at most `limit` flows: 60 flows at 50 become two jobs of 30, not 50 and 10. */
export declare function chunkFlows(flows: readonly FlowRef[], limit: number): FlowRef[][];
/** A registration refused for how many flows it holds: 413, or a 400 whose message speaks of a limit. */
export declare function isRefusedForSize(error: unknown): boolean;
/** Halves the limit below a refused job's size; returns true when it went down (so the job is worth retrying smaller). */
export declare function shrinkAfterRefusal(size: JobSize, refusedFlows: number): boolean;
