import type { Manifest } from '../model.js';
/**
 * The most bytes of manifest.json read: an entry takes about 300 bytes, so this holds hundreds of thousands of
 * flows, and a committed file of gigabytes (or a link to /dev/zero) is refused before it fills the memory.
 */
export declare const MANIFEST_MAX_BYTES: number;
/** The manifest under output-dir; null when there is none yet. Throws a fixable message when unreadable. */
export declare function readManifest(outputPath: string): Promise<Manifest | null>;
/** Checks the shape field by field, so a hand-edited manifest fails here and not halfway through a run. */
export declare function parseManifest(text: string, where: string): Manifest;
