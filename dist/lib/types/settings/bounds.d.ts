/**
 * ext4 and APFS allow 255 bytes (UTF-8) in one file or folder name, NTFS 255 UTF-16 units; a name
 * within the byte limit is within the other, since no character takes more units than bytes.
 */
export declare const MAX_NAME_BYTES = 255;
/** RFC 1035: 253 characters in a host name written without its final dot, 63 in one label. */
export declare const MAX_HOST_LENGTH = 253;
export declare const MAX_LABEL_LENGTH = 63;
/** The first folder name of a `/`-separated path that is too long for a file system, with its size in bytes. */
export declare function overlongName(relativePath: string): {
    name: string;
    bytes: number;
} | undefined;
/**
 * Why `hostname` (as `URL.hostname` gives it) is not a host name DNS can resolve, as a phrase; undefined
 * when it is one, or an IP address (IPv6 in brackets), or `localhost`.
 */
export declare function hostNameProblem(hostname: string): string | undefined;
