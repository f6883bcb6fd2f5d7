import { type StagedEarly } from './write.js';
export interface EarlyStaging {
    /** Stages one file; resolves when done, never rejects. */
    stage(path: string, content: string): Promise<void>;
    /** What was staged; call after every stage() has resolved. */
    readonly staged: StagedEarly;
    /** Removes every staged file (the run stopped before applySnapshot). */
    discardAll(): Promise<void>;
}
export declare function createEarlyStaging(workspace: string, outputDir: string): EarlyStaging;
