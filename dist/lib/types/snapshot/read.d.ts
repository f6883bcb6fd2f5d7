import type { FlowFile } from '../model.js';
/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * A `.json` entry that is no regular file (a symlink, a FIFO, a device) is a flow that could not be read,
 * and so is a file over UNREAD_FACTOR times max-export-bytes. `emptyFolder` says why no flow was checked;
 * `linksNotFollowed` names, in one warning, the symbolic links to folders that were not followed.
 */
export declare function readFlowFiles(workspace: string, outputDir: string, { maxExportBytes }?: {
    readonly maxExportBytes?: number;
}): Promise<{
    linksNotFollowed?: string | undefined;
    emptyFolder?: string | undefined;
    flows: FlowFile[];
    manifest: import("../model.js").Manifest | null;
}>;
type FlowText = {
    ok: true;
    text: string;
    bytes: number;
} | {
    ok: false;
    problem: string;
    size?: number;
};
/** The text of one flow file, or why it was not read: `size` set when it is over the size it may have. */
export declare function readFlowText(absolute: string, maxFileBytes: number, what?: string): FlowText;
/** `rel`: the path with `/`; `size`: bytes by lstat, 0 for what is no regular file (it is never read). */
type JsonEntry = {
    readonly rel: string;
    readonly size: number;
};
/**
 * Every entry named `*.json` that is not a folder, sorted by path, walking folders without following symlinks.
 * Entries that are no regular file are listed too, so that a flow file replaced by a link is a finding.
 */
export declare function listJsonEntries(root: string, links: string[]): Promise<JsonEntry[]>;
export {};
