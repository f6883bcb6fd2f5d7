export interface PollTiming {
    /** Milliseconds to wait before poll number `attempt` (0-based), `waited` ms after registering. */
    delay(attempt: number, waited: number): number;
    /** A poll `waited` ms after registering found the job done, or not yet. */
    observe(waited: number, done: boolean): void;
}
export interface PollTimingOptions {
    readonly firstMs?: number;
    readonly factor?: number;
    readonly capMs?: number;
}
export declare function createPollTiming(options?: PollTimingOptions): PollTiming;
