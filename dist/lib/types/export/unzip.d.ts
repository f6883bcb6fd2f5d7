/** path → bytes of every entry, as fflate's unzipSync gives them; throws on an unreadable archive. */
export declare function unzipEntries(bytes: Uint8Array): Record<string, Uint8Array>;
