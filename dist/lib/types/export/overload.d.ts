import type { Slots } from '../http/limiter.js';
import type { AdaptiveSlots, JobOutcome } from './adaptive-slots.js';
import type { JobError } from './failures.js';
export interface OverloadTally {
    /** Jobs that failed with the overloaded service's error (Archy exit 107). */
    overloaded: number;
    /** Jobs that failed for another transient reason (an internal error, a poll the service could not answer). */
    otherTransient: number;
    /** Batches registered again after a transient failure. */
    reRegistered: number;
    /** The service's distinct messages, as it wrote them (at most MAX_MESSAGES). */
    readonly messages: string[];
    record(error: JobError): void;
}
export declare function createOverloadTally(): OverloadTally;
/** The sentence for the log and the job summary, or undefined when the service failed no job transiently. */
export declare function overloadLine(tally: OverloadTally, slots: Slots<JobOutcome> | AdaptiveSlots): string | undefined;
