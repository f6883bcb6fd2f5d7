import type { FlowRef } from '../model.js';
import { type DownloadedFile } from './decode.js';
export interface MatchedFile {
    readonly ref: FlowRef;
    readonly file: DownloadedFile;
    /** The decoded document, or why the file could not be decoded. */
    readonly decoded: {
        readonly document: Record<string, unknown>;
    } | {
        readonly error: string;
    };
}
export interface FileMatch {
    readonly matched: MatchedFile[];
    /** Flows of the job that no file was found for. */
    readonly missing: FlowRef[];
}
export declare function matchFilesToFlows(files: readonly DownloadedFile[], flows: readonly FlowRef[]): FileMatch;
