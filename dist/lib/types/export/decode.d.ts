import type { FlowRef } from '../model.js';
/** One file of a download: its name without folders, its bytes in the download, decoded (or why it could not be). */
type DecodedFile = ReturnType<typeof decodeDownload>[number];
/** The download as a whole could not be read (not a zip, a damaged archive): worth fetching again. */
export declare class UnreadableDownload extends Error {
    readonly name = "UnreadableDownload";
}
/**
 * Every file of a download, decoded here and now; throws UnreadableDownload when the archive is unreadable.
 * A one-flow job's download is the bare file, whose name the URL does not reliably carry, so it is named
 * after the one flow requested.
 */
export declare function decodeDownload(bytes: Uint8Array, singleFlowId?: string): {
    name: string;
    size: number;
    decoded: {
        readonly document: Record<string, unknown>;
    } | {
        readonly error: string;
    };
}[];
/** The flow id a file belongs to: the export job names it `<fileName>.<extension>` and fileName is the id. */
export declare function flowIdOfFile(name: string): string;
/**
 * Decodes one `.i3*` file into its configuration JSON object; throws with the reason when it cannot. A file
 * that is already JSON (bare, or a `.json` entry of a zip) is read as it is: the SDKs hand an export's bytes
 * over untouched, and a service that one day serves plain JSON must not fail every flow.
 */
export declare function decodeFlowFile(bytes: Uint8Array): Record<string, unknown>;
export declare function matchFilesToFlows(files: readonly DecodedFile[], flows: readonly FlowRef[]): {
    matched: {
        ref: FlowRef;
        file: DecodedFile;
    }[];
    missing: FlowRef[];
};
export {};
