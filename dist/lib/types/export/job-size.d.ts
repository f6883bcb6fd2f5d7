import type { FlowRef } from '../model.js';
/** The most flows one export job takes here (the API states no limit; 50 keeps one failure small). */
export declare const MAX_FLOWS_PER_JOB = 50;
/** Even chunks of at most `limit` flows: 60 flows at 50 become two jobs of 30, not 50 and 10. */
export declare function chunkFlows(flows: readonly FlowRef[], limit: number): FlowRef[][];
/** A registration refused for how many flows it holds: 413, or a 400 whose message speaks of a limit. */
export declare function isRefusedForSize(error: unknown): boolean;
/** Half a refused job's size (or the limit, when lower); undefined when that is no smaller than the refused job. */
export declare function limitAfterRefusal(limit: number, refusedFlows: number): number | undefined;
