import type { RequestStats } from '../model.js';
import type { HttpFetch } from '../http/fetch.js';
import { type Clock } from '../http/retry.js';
export declare class DownloadError extends Error {
    readonly kind: 'expired' | 'too-large' | 'failed';
    readonly status: number;
    readonly name = "DownloadError";
    constructor(kind: 'expired' | 'too-large' | 'failed', status: number, message: string);
}
export declare function downloadWith(fetch: HttpFetch, clock: Clock, random: () => number, stats: RequestStats, url: string, options: {
    readonly maxBytes: number;
}): Promise<Uint8Array>;
