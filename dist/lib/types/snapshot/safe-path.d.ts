/** Throws unless `path` is a plain relative path of `/`-separated, ordinary names. */
export declare function checkRelativePath(path: string, what: string): void;
/**
 * The real absolute output-dir, created when missing. Refuses an output-dir outside the workspace
 * or reached through a symlink.
 */
export declare function resolveOutputDir(workspace: string, outputDir: string, create: boolean): Promise<string>;
/**
 * Makes sure every folder from `base` down to the parent of `relPath` is a real folder (created when
 * missing and `create`), and that the file itself, if present, is no symlink. Returns its absolute path and
 * whether a plain file is there already. `checkedFolders` (one set for one run's writes) holds the folders
 * already found real in this run, so 2,000 files in one folder check it once, not 2,000 times: the danger
 * is a symlink the repository holds, which does not come and go while the run writes.
 */
export declare function prepareTarget(base: string, relPath: string, create: boolean, checkedFolders?: Set<string>): Promise<{
    file: string;
    exists: boolean;
}>;
export declare function lstatOrNull(path: string): Promise<import('node:fs').Stats | null>;
