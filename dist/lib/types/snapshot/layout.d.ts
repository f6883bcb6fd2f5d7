import type { FlowRef } from '../model.js';
export declare const MANIFEST_FILE = "manifest.json";
export declare const SLUG_MAX_LENGTH = 60;
/**
 * The slug of a name with no letter or digit in a-z/0-9 after folding (e.g. "日本語", "???"):
 * the file is then `flow--<id>.json`, still unique through its id.
 */
export declare const FALLBACK_SLUG = "flow";
/** `inboundcall/main-ivr--<id>.json`, relative to output-dir with `/` separators. */
export declare function flowFilePath(ref: FlowRef): string;
/**
 * Lower-case name reduced to `[a-z0-9-]`: accents are folded ("Café" → "cafe"), every other run of
 * characters becomes one `-`, no leading or trailing `-`, at most 60 characters.
 */
export declare function slugify(name: string): string;
/** Reads `<slug>--<id>.json` back into its parts; null when the name has another shape. */
export declare function parseFlowFileName(fileName: string): {
    slug: string;
    id: string;
} | null;
