import type { CanonicalFile } from '../model.js';
export declare function canonicalFile(document: unknown): CanonicalFile;
