/** Characters of one value that a message shows at most, when the caller names no other bound. */
export declare const EXCERPT_CHARS = 120;
/** Control characters as visible escapes (`\u001b`, `\n`), everything else unchanged. */
export declare function escapeControls(text: string): string;
/**
 * At most `maxChars` characters of `text`, control characters escaped; a longer value is cut with `…` and says
 * its length, so a reader knows something was left out. Cuts before looking at the rest: the cost does not grow
 * with the value's length, and no surrogate pair is split.
 */
export declare function excerpt(text: string, maxChars?: number): string;
/**
 * A window of about `maxChars` characters around `at` (say, the first difference between two versions of a long
 * prompt), with `…` where text was left out on either side, control characters escaped.
 */
export declare function excerptAround(text: string, at: number, maxChars?: number): string;
/** Where two texts first differ (the shorter one's length when one is the start of the other). */
export declare function firstDifference(a: string, b: string): number;
