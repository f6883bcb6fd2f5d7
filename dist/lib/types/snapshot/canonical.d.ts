/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
export declare function canonicalJson(value: unknown): string;
/** The same bytes as canonicalJson at any depth, written in JavaScript on an explicit stack (slower). */
export declare function canonicalJsonIterative(value: unknown): string;
