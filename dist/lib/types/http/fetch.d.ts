import { type Response } from 'node-fetch';
import type { RequestStats } from '../model.js';
import type { Clock } from './retry.js';
export interface HttpInit {
    readonly method?: string;
    readonly headers?: Record<string, string>;
    readonly body?: string;
    /** Abort the request (connect, headers and body) after this many milliseconds. */
    readonly timeoutMs?: number;
    /** Refuse a response body larger than this many bytes (node-fetch `size`); 0 = no limit. */
    readonly maxBytes?: number;
    /** Follow redirects (downloads, which carry no credentials); API calls never do. */
    readonly followRedirects?: boolean;
}
export type HttpFetch = (url: string, init?: HttpInit) => Promise<Response>;
/** What the senders of one client share: the fetch, their retries' clock and jitter, and the request counters. */
export interface Sender {
    readonly fetch: HttpFetch;
    readonly clock: Clock;
    readonly random: () => number;
    readonly stats: RequestStats;
}
export declare const httpFetch: HttpFetch;
