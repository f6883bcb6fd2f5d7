import type { FlowFile, Manifest } from '../model.js';
import type { RoutingFile } from '../routing/types.js';
export interface FlowFolder {
    readonly flows: FlowFile[];
    readonly manifest: Manifest | null;
    /** Why the folder gave no flow to check (it does not exist, or holds no flow file); absent when it did. */
    readonly emptyFolder?: string;
    /** Symbolic links to folders (or other non-JSON entries) that were not followed, named in one warning. */
    readonly linksNotFollowed?: string;
}
export interface ReadOptions {
    /** max-export-bytes: files over UNREAD_FACTOR times this are not read. */
    readonly maxExportBytes?: number;
}
/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * A `.json` entry that is no regular file (a symlink, a FIFO, a device) is a flow that could not be read.
 */
export declare function readFlowFiles(workspace: string, outputDir: string, options?: ReadOptions): Promise<FlowFolder>;
/** Bytes a committed routing file may have: a routing object is a few kilobytes, never megabytes. */
export declare const MAX_ROUTING_FILE_BYTES: number;
/**
 * The committed call-routing files, `routing/<kind>/*.json` under output-dir, sorted by path, read through the
 * same safe read as the flow files (a link, pipe, device or oversized file is left out).
 * Identity comes from the manifest's routing entry with the same path, else from the name `<slug>--<id>.json`
 * and its kind folder; a file in a folder that is no routing kind is not routing and is skipped.
 */
export declare function readRoutingFiles(workspace: string, outputDir: string, manifest: Manifest | null): Promise<RoutingFile[]>;
export interface RoutingFilesRead {
    readonly files: RoutingFile[];
    /** Files refused by the safe read (a link, pipe, device, oversized or badly encoded file), with why. */
    readonly unreadable: {
        readonly path: string;
        readonly reason: string;
    }[];
}
/**
 * The routing files under the folder `root` (absolute), named `<label>/routing/<kind>/<file>`: the Action's
 * output-dir, or the CLI's `--dir`, which may be any folder.
 */
export declare function readRoutingFilesIn(root: string, label: string, manifest: Manifest | null): Promise<RoutingFilesRead>;
