export interface Slots {
    /** Waits for a free slot; returns the function that frees it (calling it twice frees it once). */
    acquire(): Promise<() => void>;
}
export declare function createSlots(size: number): Slots;
