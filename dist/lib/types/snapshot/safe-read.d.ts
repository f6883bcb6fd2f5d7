export type SafeRead = {
    readonly ok: true;
    readonly bytes: Buffer;
}
/** `size` is known when the file is a regular file over the cap (it was not read). */
 | {
    readonly ok: false;
    readonly missing: boolean;
    readonly reason: string;
    readonly size?: number;
};
/** Reads `absolute` if it is a regular file (no link, FIFO, device or socket) of at most `maxBytes` bytes. */
export declare function readWorkspaceFile(absolute: string, maxBytes: number): SafeRead;
/** The decoded text of a file's bytes: a UTF-8 BOM is dropped, UTF-16 and invalid UTF-8 are named as such. */
export declare function decodeText(bytes: Buffer): {
    ok: true;
    text: string;
} | {
    ok: false;
    problem: string;
};
