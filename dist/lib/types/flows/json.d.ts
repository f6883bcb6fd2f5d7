export type JsonRecord = Record<string, unknown>;
/** A path into a document, as JSON Pointer segments: `['flowSequenceItemList', 0, 'startAction']`. */
export type Pointer = readonly (string | number)[];
/** The text as an Architect flow configuration (an object with a flowSequenceItemList), or undefined. */
export declare function parseFlowConfiguration(text: string): JsonRecord | undefined;
export declare function isRecord(value: unknown): value is JsonRecord;
/** The string value, or '' when absent or of another type (an empty reference is no reference). */
export declare function stringField(record: JsonRecord, key: string): string;
export declare function arrayField(record: JsonRecord, key: string): readonly unknown[];
export declare function recordField(record: JsonRecord, key: string): JsonRecord | undefined;
/**
 * Whether two JSON values are the same data (key order aside). Iterative, with its own stack of pairs: a value
 * nested 20,000 levels deep, as a pull request can commit, neither overflows the call stack nor has to be
 * written out as text (pretty-printed, such a value is longer than a string may be).
 */
export declare function sameJsonData(a: unknown, b: unknown): boolean;
/** `record[key]` only when the record itself has that key: in a flow, `constructor` or `__proto__` is a name, not a member. */
export declare function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined;
/**
 * A table looked up by names read from flows (action types, keys, output ids). It has no prototype, so a flow's
 * `constructor` or `__proto__` finds nothing in it rather than a member every object has.
 */
export declare function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>>;
