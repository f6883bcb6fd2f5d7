/** Registers a secret (e.g. the GitHub token) so that it is cut from every message. */
export declare function addSecret(secret: string): void;
/** `secrets`: values known only to this caller (a webhook's URL and secret), cut as the registered ones are. */
export declare function redact(text: string, secrets?: readonly (string | undefined)[]): string;
