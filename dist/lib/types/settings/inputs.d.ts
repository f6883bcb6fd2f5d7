export declare class InputError extends Error {
    readonly input: string;
    constructor(input: string, problem: string);
}
export type Env = Readonly<Record<string, string | undefined>>;
/**
 * The input as the runner passes it (`INPUT_<NAME>`, upper-cased, hyphens kept), trimmed like
 * `core.getInput`. An empty string counts as not given: undefined.
 */
export declare function rawInput(env: Env, name: string): string | undefined;
/** Quote a value for a message, shortened and with control characters made visible. */
export declare function quote(value: string): string;
export declare function hasControlCharacters(value: string): boolean;
export declare const WINDOWS_RESERVED: RegExp;
/**
 * ext4 and APFS allow 255 bytes (UTF-8) in one file or folder name, NTFS 255 UTF-16 units; a name within the
 * byte limit is within the other, since no character takes more units than bytes.
 */
export declare const MAX_SEGMENT_BYTES = 255;
/**
 * Why `path` is no plain relative path of `/`-separated, ordinary names, as a phrase; undefined when it is one.
 * The one check of output-dir (as an input) and of every path the snapshot touches (snapshot/safe-path.ts).
 */
export declare function relativePathProblem(path: string): string | undefined;
/** YAML 1.2 core booleans only, as core.getBooleanInput: `yes` or `1` are errors, never silently false. */
export declare function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean;
/** A whole number within bounds (by default any positive one), written in plain decimal digits. */
export declare function parseWholeNumber(name: string, value: string | undefined, fallback: number, { min, max }?: {
    min: number;
    max: number;
}): number;
/** Values separated by commas, spaces or new lines, without empties. */
export declare function splitList(value: string | undefined): string[];
/** One value a line, trimmed, without empty lines (as core.getMultilineInput). */
export declare function splitLines(value: string | undefined): string[];
/** One of `values` (`fallback` when not given); any other value names them all. */
export declare function parseChoice<T extends string>(name: string, value: string | undefined, fallback: T, values: readonly T[]): T;
/** An absolute http(s) URL with a host, without a trailing slash; `credentialsHint`: how to authenticate instead. */
export declare function parseHttpUrl(name: string, value: string | undefined, credentialsHint: string): string | undefined;
/**
 * Why `hostname` (as `URL.hostname` gives it) is not a host name DNS can resolve, as a phrase; undefined
 * when it is one, or an IP address (IPv6 in brackets), or `localhost`.
 */
export declare function hostNameProblem(hostname: string): string | undefined;
