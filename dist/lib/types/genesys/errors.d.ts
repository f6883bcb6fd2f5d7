export declare class GenesysApiError extends Error {
    readonly status: number;
    readonly code: string;
    readonly method: string;
    readonly path: string;
    readonly name = "GenesysApiError";
    constructor(status: number, code: string, method: string, path: string, message: string);
}
/** The parts of the standard Genesys error body (docs/genesys-api.md §7) that we read. */
export interface ErrorBody {
    readonly message?: string;
    readonly code?: string;
    readonly error?: string;
    readonly error_description?: string;
}
export declare function readErrorBody(text: string): ErrorBody;
/**
 * The permission a 403 body names ("…permissions assigned: [a:b:c]"), else the one the endpoint needs
 * (docs/genesys-api.md §8): a 403 is for the user to fix in Genesys.
 */
export declare function missingPermission(method: string, path: string, body: ErrorBody): string;
export declare function loginError(status: number, body: ErrorBody, loginUrl: string): GenesysApiError;
export declare function apiError(status: number, method: string, path: string, body: ErrorBody): GenesysApiError;
/** A download or network failure, named without the signed query string. */
export declare function describeUrl(url: string): string;
