/** How an export job that held a slot went, so slots that adapt can learn from it. */
export interface JobOutcome {
    /** False: the job failed, or never got done. */
    readonly ok: boolean;
    /** From registering to the poll that saw it done. */
    readonly ms: number;
    readonly flows: number;
}
export interface Slots {
    /**
     * Waits for a free slot; returns the function that frees it (calling it twice frees it once), told how
     * the job went when there was one.
     */
    acquire(): Promise<(outcome?: JobOutcome) => void>;
}
export declare function createSlots(size: number): Slots;
