import type { RequestStats } from '../model.js';
import type { HttpFetch } from '../http/fetch.js';
import { type Clock } from '../http/retry.js';
export interface DownloadOptions {
    /** Abort once the body grows past this many bytes. */
    readonly maxBytes: number;
}
export type DownloadFailure = 'expired' | 'too-large' | 'failed';
export declare class DownloadError extends Error {
    readonly kind: DownloadFailure;
    readonly status: number;
    readonly name = "DownloadError";
    constructor(kind: DownloadFailure, status: number, message: string);
}
export declare function downloadWith(fetch: HttpFetch, clock: Clock, random: () => number, stats: RequestStats, url: string, options: DownloadOptions): Promise<Uint8Array>;
