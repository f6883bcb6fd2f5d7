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
/** YAML 1.2 core booleans only, as core.getBooleanInput: `yes` or `1` are errors, never silently false. */
export declare function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean;
/** A whole number within bounds, written in plain decimal digits. */
export declare function parseWholeNumber(name: string, value: string | undefined, fallback: number, { min, max }: {
    min: number;
    max: number;
}): number;
/** Values separated by commas, spaces or new lines, without empties. */
export declare function splitList(value: string | undefined): string[];
/** One value a line, trimmed, without empty lines (as core.getMultilineInput). */
export declare function splitLines(value: string | undefined): string[];
/** One of `values` (`fallback` when not given); any other value names them all. */
export declare function parseChoice<T extends string>(name: string, value: string | undefined, fallback: T, values: readonly T[]): T;
/** An absolute http(s) URL with a host; returned without a trailing slash. */
export declare function parseHttpUrl(name: string, value: string, { credentialsHint }: {
    credentialsHint: string;
}): string;
/**
 * Why `hostname` (as `URL.hostname` gives it) is not a host name DNS can resolve, as a phrase; undefined
 * when it is one, or an IP address (IPv6 in brackets), or `localhost`.
 */
export declare function hostNameProblem(hostname: string): string | undefined;
