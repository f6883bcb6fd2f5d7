import type { SnapshotPlan } from '../model.js';
/**
 * Applies the plan under `<workspace>/<outputDir>`: every changed file is staged as a temporary file next to its
 * target (when one cannot be written, the staged ones are removed and output-dir is unchanged, but for an empty
 * type folder), then the deletes, then each staged file is renamed over its target, so a crash never leaves half a
 * file. An unchanged file is left alone; folders a delete leaves empty are removed (not output-dir).
 */
export declare function applySnapshot(workspace: string, outputDir: string, plan: SnapshotPlan, early?: StagedEarly): Promise<void>;
/**
 * Runs `work` on every item, `limit` at a time; after a failure starts no more, waits for those running, and
 * throws the earliest failed item's error (so the message names the same file every time).
 */
export declare function forEachAtOnce<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void>;
export interface Staged {
    readonly path: string;
    readonly file: string;
    readonly temp: string;
}
/**
 * Files staged before the plan was known (early-stage.ts), by path: the staged file, or null when the file on disk
 * already held that content. Used only where the plan writes the very same content.
 */
export type StagedEarly = ReadonlyMap<string, {
    readonly content: string;
    readonly staged: Staged | null;
}>;
/**
 * Writes `content` to a temporary file next to `<root>/<path>`, or returns null when the file already holds it.
 * `onStaged` hears of the temporary file before it is written, so a failure midway leaves it known for removal.
 */
export declare function stageFile(root: string, path: string, content: string, onStaged: (staged: Staged) => void, checkedFolders?: Set<string>): Promise<Staged | null>;
/** Removes the files staged early that `drop` picks (those the plan does not take as staged, or all). */
export declare function discardEarly(early: StagedEarly | undefined, drop: (path: string, content: string) => boolean): Promise<void>;
/** Removes staged files not (yet) renamed; one that was never created is no loss. */
export declare function removeStaged(staged: readonly Staged[]): Promise<void>;
