/** `final`: neither retrying nor splitting would help (the job never finished, its download stayed unusable). */
export type FailureKind = 'transient' | 'refused' | 'lost' | 'final';
/** Why a job gave nothing usable, in plain words; the service's own text stays apart in `serviceMessage`. */
export declare class JobError extends Error {
    readonly kind: FailureKind;
    /** The service's messages as it wrote them (they carry the org's name and id): for report.json, not the log. */
    readonly serviceMessage?: string | undefined;
    /** The job failed the way an overloaded export service fails jobs (Archy exit 107). */
    readonly overloaded: boolean;
    readonly name = "JobError";
    constructor(message: string, kind: FailureKind, 
    /** The service's messages as it wrote them (they carry the org's name and id): for report.json, not the log. */
    serviceMessage?: string | undefined, 
    /** The job failed the way an overloaded export service fails jobs (Archy exit 107). */
    overloaded?: boolean);
}
/** Classifies a job that ended `Failure` by its messages. */
export declare function classifyJobFailure(texts: readonly string[]): {
    kind: FailureKind;
    overloaded: boolean;
};
/** A poll that failed: a 5xx (after the client's own retries) is the service's trouble; a 4xx loses the job. */
export declare function pollFailure(error: unknown, jobId: string): JobError | undefined;
export declare class OverloadTally {
    /** Jobs that failed with the overloaded service's error (Archy exit 107). */
    overloaded: number;
    /** Jobs that failed for another transient reason (an internal error, a poll the service could not answer). */
    otherTransient: number;
    /** Batches registered again after a transient failure. */
    reRegistered: number;
    /** The service's distinct messages, as it wrote them (at most MAX_MESSAGES). */
    readonly messages: string[];
    record(error: JobError): void;
    /** The sentence for the log and the job summary, or undefined when the service failed no job transiently. */
    line(settled: number): string | undefined;
}
