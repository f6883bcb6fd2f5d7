import type { RequestStats } from '../model.js';
export interface Progress {
    /** More flows joined the run (dependencies found in exported flows). */
    add(count: number): void;
    /** Flows finished (exported, failed, or skipped for a known reason). */
    done(exported: number, failed: number, skipped?: number): void;
    /** The closing line. */
    finish(): void;
}
export declare function createProgress(log: (line: string) => void, stats: RequestStats, now: () => number, total: number): Progress;
