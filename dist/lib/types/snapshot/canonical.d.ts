/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
export declare function canonicalJson(value: unknown): string;
