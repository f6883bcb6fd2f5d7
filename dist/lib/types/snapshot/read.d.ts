import type { FlowFile, Manifest } from '../model.js';
/**
 * Every `*.json` under output-dir except the top-level `manifest.json`, sorted by path. Identity comes
 * from the manifest entry with the same path, else from the name `<slug>--<id>.json` and its folder.
 * Symlinks are skipped (never followed). A missing output-dir gives no flows.
 */
export declare function readFlowFiles(workspace: string, outputDir: string): Promise<{
    flows: FlowFile[];
    manifest: Manifest | null;
}>;
