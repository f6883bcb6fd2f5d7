import type { GenesysSettings } from '../settings/types.js';
import type { RequestStats } from '../model.js';
import type { HttpFetch } from '../http/fetch.js';
import { type Clock } from '../http/retry.js';
export declare function createTokenSource(settings: GenesysSettings, fetch: HttpFetch, clock: Clock, random: () => number, stats: RequestStats, onToken?: (token: string) => void): {
    get(): Promise<string>;
    /** Forget `token` (the API refused it), so the next get() logs in again. */
    invalidate(token: string): void;
};
