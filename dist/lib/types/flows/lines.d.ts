import type { Pointer } from './json.js';
/**
 * The line of each pointer: of its key for an object member, of its value for an array element.
 * A pointer that is not in the text gets the line of its deepest ancestor that is (1 for none).
 */
export declare function resolveLines(text: string, pointers: readonly Pointer[]): number[];
