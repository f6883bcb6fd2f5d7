import { type JsonRecord, type Pointer } from '../flows/json.js';
export interface FieldChange {
    /** Where the change is, relative to the walked record: in the new record, or its nearest kept parent. */
    readonly path: Pointer;
    /** The top-level key it is under, e.g. `queues` or `prompts`. */
    readonly key: string;
    /** e.g. `input "queueId"`, `audio`, `case "Case 1" condition`. */
    readonly label: string;
    /** Undefined: the element was added. */
    readonly before?: string;
    /** Undefined: the element was removed. */
    readonly after?: string;
    /** Numbers and booleans read unquoted. */
    readonly literal?: boolean;
    /** The value-object type code (`que`, `aud`, …) when there is one. */
    readonly valueType?: string;
}
/** Keys that never carry meaning for a person: positions, counters, UI state, derived labels, edges. */
export declare const NOISE_KEYS: ReadonlySet<string>;
export interface WalkContext {
    /** Keys of the walked record that another part of the model reports (edges, names, lists of actions). */
    readonly skipTop: ReadonlySet<string>;
    /** Architect's label for a key. */
    readonly label: (key: string) => string;
}
export declare function diffFields(before: JsonRecord, after: JsonRecord, context: WalkContext): FieldChange[];
export declare function isValueObject(value: unknown): value is JsonRecord;
/** One change as words: `expression "A" → "B"`, `input "queueId" added: "Task.Queue.id"`. */
export declare function fieldSentence(change: FieldChange): string;
/**
 * The words of an audio expression: its TTS texts and prompts, so
 * `AudioPlaybackOptions(ToAudioTTS("Hello"), true)` reads `Hello`. Anything else stays the expression.
 */
export declare function audioWords(expression: string): string;
