import type { Manifest } from '../model.js';
/** The manifest under output-dir; null when there is none yet. Throws a fixable message when unreadable. */
export declare function readManifest(outputPath: string): Promise<Manifest | null>;
/** Checks the shape field by field, so a hand-edited manifest fails here and not halfway through a run. */
export declare function parseManifest(text: string, where: string): Manifest;
