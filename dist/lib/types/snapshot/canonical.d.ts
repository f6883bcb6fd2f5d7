import type { CanonicalFile } from '../model.js';
/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
export declare function canonicalJson(value: unknown): string;
/** A flow's committed file from its document: the canonical text and what the manifest records of it. */
export declare function canonicalFile(document: unknown): CanonicalFile;
/** The same bytes as canonicalJson at any depth, written in JavaScript on an explicit stack (slower). */
export declare function canonicalJsonIterative(value: unknown): string;
