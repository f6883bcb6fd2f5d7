import type { FlowRef } from '../model.js';
export declare const MANIFEST_FILE = "manifest.json";
/** `inboundcall/main-ivr--<id>.json`, relative to output-dir with `/` separators. */
export declare function flowFilePath(ref: FlowRef): string;
/**
 * Lower-case name reduced to `[a-z0-9-]`: accents are folded ("Café" → "cafe"), every other run of
 * characters becomes one `-`, no leading or trailing `-`, at most 60 characters. A name with nothing left
 * (e.g. "日本語", "???") gets the slug `flow`: the file is still unique through its id.
 */
export declare function slugify(name: string): string;
/** Reads `<slug>--<id>.json` back into its parts; null when the name has another shape. */
export declare function parseFlowFileName(fileName: string): {
    slug: string;
    id: string;
} | null;
/** Identity from a path `<type>/<slug>--<id>.json` alone: the id and name fall back to the file name. */
export declare function identityFromPath(rel: string): {
    id: string;
    name: string;
    type: string;
};
