/** Registers a secret (e.g. the GitHub token) so that it is cut from every message. */
export declare function addSecret(secret: string): void;
export declare function redact(text: string): string;
