export declare const WINDOWS_RESERVED: RegExp;
export declare const MAX_SEGMENT_BYTES = 255;
/** Throws unless `path` is a plain relative path of `/`-separated, ordinary names. */
export declare function checkRelativePath(path: string, what: string): void;
/**
 * The real absolute output-dir, created when missing. Refuses an output-dir outside the workspace
 * or reached through a symlink.
 */
export declare function resolveOutputDir(workspace: string, outputDir: string, create: boolean): Promise<string>;
/**
 * Makes sure every folder from `base` down to the parent of `relPath` is a real folder (created when
 * missing and `create`), and that the file itself, if present, is no symlink. Returns its absolute path.
 */
export declare function prepareFile(base: string, relPath: string, create: boolean): Promise<string>;
export declare function lstatOrNull(path: string): Promise<import('node:fs').Stats | null>;
