import type { Sender } from '../http/fetch.js';
export declare class DownloadError extends Error {
    readonly kind: 'expired' | 'too-large' | 'failed';
    readonly status: number;
    readonly name = "DownloadError";
    constructor(kind: 'expired' | 'too-large' | 'failed', status: number, message: string);
}
export declare function downloadWith(sender: Sender, url: string, options: {
    readonly maxBytes: number;
}): Promise<Uint8Array>;
