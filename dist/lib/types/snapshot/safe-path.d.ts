/** Throws unless `path` is a plain relative path of `/`-separated, ordinary names. */
export declare function checkRelativePath(path: string, what: string): void;
/**
 * The real absolute output-dir, created when missing. Refuses an output-dir reached through a symlink; a plain
 * relative path (checkRelativePath: no `..`, not absolute) cannot lead out of the workspace.
 */
export declare function resolveOutputDir(workspace: string, outputDir: string, create: boolean): Promise<string>;
/**
 * Makes sure every folder from `base` down to the parent of `relPath` is a real folder (created when missing and
 * `create`) and the file, if present, no symlink; returns its absolute path and whether a file is there already.
 * `checkedFolders` (one set per run's writes) skips folders already found real: the danger is a symlink the
 * repository holds, which does not come and go while the run writes.
 */
export declare function prepareTarget(base: string, relPath: string, create: boolean, checkedFolders?: Set<string>): Promise<{
    file: string;
    exists: boolean;
}>;
export declare function lstatOrNull(path: string): Promise<import('node:fs').Stats | null>;
