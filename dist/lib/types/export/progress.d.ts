import type { RequestStats } from '../model.js';
export declare function createProgress(log: (line: string) => void, stats: RequestStats, now: () => number, total: number): {
    /** More flows joined the run (dependencies found in exported flows). */
    add(count: number): void;
    /** Flows finished (exported, failed, or skipped for a known reason). */
    done(newlyExported: number, newlyFailed: number, newlySkipped?: number): void;
    finish(): void;
};
