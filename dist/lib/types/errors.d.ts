/**
 * The message of anything thrown, without a stack trace: a value that is not an Error still ends the
 * run with a message instead of leaving the step green.
 */
export declare function errorMessage(error: unknown): string;
/** The process holds as many open files as it may (EMFILE), or the system does (ENFILE). */
export declare function isOutOfFileDescriptors(error: unknown): boolean;
export declare const RAISE_OPEN_FILES = "The process ran out of file descriptors: raise the open-files limit (ulimit -n) for the step.";
