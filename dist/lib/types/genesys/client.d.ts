import type { RequestStats } from '../model.js';
import type { GenesysSettings } from '../settings/types.js';
import { type HttpFetch } from '../http/fetch.js';
type QueryValue = string | number | boolean | readonly string[] | undefined;
export interface ApiRequest {
    readonly method: 'GET' | 'POST';
    readonly path: string;
    readonly query?: Readonly<Record<string, QueryValue>>;
    readonly body?: unknown;
    /** Told the status of the answer that is returned (a 206 Partial Content reads like a 200 otherwise). */
    readonly onStatus?: (status: number) => void;
    /** Told of each attempt sent, retries included: for a part of the run that counts its own requests. */
    readonly onSent?: () => void;
}
export type GenesysClient = ReturnType<typeof createGenesysClient>;
/** Requests in flight when `concurrency` is adaptive: the most a number may pin. */
export declare const MAX_CONCURRENCY = 16;
export interface ClientDeps {
    readonly fetch?: HttpFetch;
    readonly sleep?: (ms: number) => Promise<void>;
    readonly random?: () => number;
    readonly log?: (line: string) => void;
    /** One line a request (method, path, status, time) for debug logs; never a header, token or body. */
    readonly debug?: (line: string) => void;
    /** Told every new access token, so the caller can mask it; the client never prints one. */
    readonly onToken?: (token: string) => void;
    /** Length of the rate window; 60 s in Genesys Cloud. Benchmarks scale it together with the emulator. */
    readonly rateWindowMs?: number;
}
export declare function createGenesysClient(settings: GenesysSettings, deps?: ClientDeps): {
    request: <T>(req: ApiRequest) => Promise<T>;
    /** Gets an access token now (requests do so on their own); throws GenesysApiError when login refuses. */
    signIn: () => Promise<void>;
    /** Fetches a pre-signed download URL without credentials; throws DownloadError when it cannot. */
    download: (url: string, options: {
        readonly maxBytes: number;
    }) => Promise<Uint8Array<ArrayBufferLike>>;
    stats: RequestStats;
    /** Share of the org's rate window still free after the latest answer (1 before any answer said). */
    rateHeadroom: () => number;
};
export {};
