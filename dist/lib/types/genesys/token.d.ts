import type { GenesysSettings } from '../settings/types.js';
import type { Sender } from '../http/fetch.js';
export declare function createTokenSource(settings: GenesysSettings, sender: Sender, onToken?: (token: string) => void): {
    get(): Promise<string>;
    /** Forget `token` (the API refused it), so the next get() logs in again. */
    invalidate(token: string): void;
};
