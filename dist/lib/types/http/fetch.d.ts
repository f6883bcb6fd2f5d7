import { type Response } from 'node-fetch';
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
export declare const httpFetch: HttpFetch;
