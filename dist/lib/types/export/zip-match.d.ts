import type { FlowRef } from '../model.js';
import { type DecodedFile } from './decode.js';
export interface MatchedFile {
    readonly ref: FlowRef;
    /** The file, with its decoded document or why it could not be decoded. */
    readonly file: DecodedFile;
}
export interface FileMatch {
    readonly matched: MatchedFile[];
    /** Flows of the job that no file was found for. */
    readonly missing: FlowRef[];
}
export declare function matchFilesToFlows(files: readonly DecodedFile[], flows: readonly FlowRef[]): FileMatch;
