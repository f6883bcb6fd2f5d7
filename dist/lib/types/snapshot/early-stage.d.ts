import { type StagedEarly } from './write.js';
export type EarlyStaging = ReturnType<typeof createEarlyStaging>;
export declare function createEarlyStaging(workspace: string, outputDir: string): {
    /** Stages one file; resolves when done, never rejects. */
    stage(path: string, content: string): Promise<void>;
    /** What was staged; read after every stage() has resolved. */
    staged: StagedEarly;
    /** Removes every staged file (the run stopped before applySnapshot). */
    discardAll: () => Promise<void>;
};
