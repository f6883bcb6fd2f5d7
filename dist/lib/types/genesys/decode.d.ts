export interface DownloadedFile {
    /** The file name without folders, e.g. `<flow id>.i3InboundFlow`. */
    readonly name: string;
    readonly bytes: Uint8Array;
}
export declare function isZip(bytes: Uint8Array): boolean;
/**
 * The files of a download. A one-flow job's download is the bare file, whose name the URL does not
 * reliably carry, so it is named after the one flow requested.
 */
export declare function unpackDownload(bytes: Uint8Array, singleFlowId?: string): DownloadedFile[];
/** The flow id a file belongs to: the export job names it `<fileName>.<extension>` and fileName is the id. */
export declare function flowIdOfFile(name: string): string;
/** Decodes one `.i3*` file into its configuration JSON object; throws with the reason when it cannot. */
export declare function decodeFlowFile(bytes: Uint8Array): Record<string, unknown>;
