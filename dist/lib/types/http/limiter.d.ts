export interface Slots<Outcome = unknown> {
    /**
     * Waits for a free slot; returns the function that frees it (calling it twice frees it once), told how
     * the work that held it went, for limits that learn from it.
     */
    acquire(): Promise<(outcome?: Outcome) => void>;
}
export declare function createSlots<Outcome = unknown>(size: number): Slots<Outcome>;
