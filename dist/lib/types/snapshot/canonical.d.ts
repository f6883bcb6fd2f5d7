/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
export declare function canonicalJson(value: unknown): string;
/** A flow's committed file from its document: the canonical text, and the SHA-256 and size of its UTF-8 bytes. */
export declare function canonicalFile(document: unknown): {
    text: string;
    sha256: string;
    bytes: number;
};
/** The same bytes as canonicalJson at any depth, written in JavaScript on an explicit stack (slower). */
export declare function canonicalJsonIterative(value: unknown): string;
