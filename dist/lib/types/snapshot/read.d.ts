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
/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * A `.json` entry that is no regular file (a symlink, a FIFO, a device) is a flow that could not be read,
 * and so is a file over UNREAD_FACTOR times max-export-bytes.
 */
export declare function readFlowFiles(workspace: string, outputDir: string, { maxExportBytes }?: {
    readonly maxExportBytes?: number;
}): Promise<FlowFolder>;
/** Bytes a committed routing file may have: a routing object is a few kilobytes, never megabytes. */
export declare const MAX_ROUTING_FILE_BYTES: number;
/**
 * The committed call-routing files, `routing/<kind>/*.json` under output-dir, sorted by path, read through the
 * same safe read as the flow files (a link, pipe, device or oversized file is left out).
 * Identity comes from the manifest's routing entry with the same path, else from the name `<slug>--<id>.json`
 * and its kind folder; a file in a folder that is no routing kind is not routing and is skipped.
 */
export declare function readRoutingFiles(workspace: string, outputDir: string, manifest: Manifest | null): Promise<RoutingFile[]>;
/**
 * The routing files under the folder `root` (absolute), named `<label>/routing/<kind>/<file>`: the Action's
 * output-dir, or the CLI's `--dir`, which may be any folder. `unreadable`: files the safe read refused (a link,
 * pipe, device, oversized or badly encoded file), with why.
 */
export declare function readRoutingFilesIn(root: string, label: string, manifest: Manifest | null): Promise<{
    files: RoutingFile[];
    unreadable: {
        path: string;
        reason: string;
    }[];
}>;
