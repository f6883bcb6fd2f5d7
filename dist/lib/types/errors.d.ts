/**
 * The message of anything thrown, without a stack trace: a value that is not an Error still ends the
 * run with a message instead of leaving the step green.
 */
export declare function errorMessage(error: unknown): string;
