import type { Clock } from '../http/retry.js';
/** One job's polling so far; `wait` and `observe` read and the caller updates it. */
export interface JobPolls {
    readonly startedAt: number;
    polls: number;
    lastPollAt: number;
}
export type PollTiming = ReturnType<typeof createPollTiming>;
export declare function createPollTiming(clock: Clock): {
    /** Resolves when `job` should be polled next. */
    wait(job: JobPolls): Promise<void>;
    /** A poll `waited` ms after registering found the job done (or failed), or not yet. */
    observe(waited: number, isDone: boolean): void;
    /** The job will not be polled again (done, failed or abandoned): another job may scout. */
    finished(job: JobPolls): void;
    /** About how long a job takes, from the jobs seen done (a guess of FIRST_MS × PATIENCE before any). */
    typicalJobMs(): number;
};
