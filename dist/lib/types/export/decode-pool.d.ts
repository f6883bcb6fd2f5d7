import type { CanonicalFile } from '../model.js';
import { type DecodedFile } from './decode.js';
export interface DownloadDecoder {
    /** The download's files, decoded; rejects with UnreadableDownload when the archive cannot be read. */
    decode(bytes: Uint8Array, singleFlowId?: string): Promise<DecodedFile[]>;
    /** Where the downloads were decoded so far: on workers, or on this thread (the tests read it to tell which). */
    readonly usage: {
        readonly onWorkers: number;
        readonly here: number;
        readonly workers: number;
    };
    /** Stops the workers; decoding afterwards happens on this thread. */
    close(): Promise<void>;
}
export interface DecodePoolOptions {
    /** The worker's script; null: no worker. Default: the one built beside the Action's bundle, if there. */
    readonly script?: string | null;
    /** Workers to start; default as many as the cores, at most 4, and no more than `downloads` can keep busy. */
    readonly workers?: number;
    /**
     * Downloads the run expects (export jobs): a worker pays only for a download decoded while others still
     * arrive, so one job gets no worker and n jobs at most n - 1.
     */
    readonly downloads?: number;
}
/** What a worker is asked. */
export interface DecodeRequest {
    readonly id: number;
    readonly bytes: Uint8Array;
    readonly singleFlowId?: string;
}
/** What a worker answers: each file's canonical text, or why it could not be decoded; or the archive's fault. */
export type DecodeReply = {
    readonly id: number;
    readonly files: readonly WireFile[];
} | {
    readonly id: number;
    readonly unreadable: string;
};
interface WireFile {
    readonly name: string;
    readonly size: number;
    readonly canonical?: CanonicalFile;
    readonly error?: string;
}
/**
 * The worker's side: decode and write the canonical text. The writer is handed in by the worker's entry
 * (src/decode-worker.ts), so the export engine does not reach up into the snapshot it feeds.
 */
export declare function decodeForWorker(request: DecodeRequest, canonicalFile: (document: Record<string, unknown>) => CanonicalFile): DecodeReply;
export declare function createDecodePool(options?: DecodePoolOptions): DownloadDecoder;
export {};
