import type { ExportedFlow, Manifest, ManifestEntry, SelectionScope, SnapshotPlan } from '../model.js';
export interface PlanInput {
    readonly exported: readonly ExportedFlow[];
    readonly previous: Manifest | null;
    readonly scope: SelectionScope;
    /** Flows that were selected but failed to export: their files stay as they are. */
    readonly failedIds: ReadonlySet<string>;
    /** Files already prepared while the export ran, by exported flow (run-steps/flow-pipeline.ts); the rest are prepared here. */
    readonly prepared?: ReadonlyMap<ExportedFlow, PreparedFile>;
}
/** One exported flow's file: where it goes, its canonical text and its manifest entry. */
export interface PreparedFile {
    readonly path: string;
    readonly content: string;
    readonly entry: ManifestEntry;
}
/**
 * Everything about one flow's file that needs no other flow: path, canonical text, hash and size.
 * Throws with a message naming the flow when it cannot be given a file or written as JSON.
 */
export declare function prepareFile(flow: ExportedFlow): PreparedFile;
/**
 * Files to write (every exported flow plus `manifest.json`) and to delete (old paths of renamed or
 * retyped flows, and flows of the previous manifest that are gone from this run's selection).
 * Entries of flows this run did not touch are kept, so a run for one type never drops another's.
 * A flow that cannot be given a file or written as JSON is named in `unwritable` (its previous file,
 * if any, is kept) instead of stopping the snapshot of every other flow.
 */
export declare function planSnapshot(input: PlanInput): SnapshotPlan;
/** The manifest's text: fields in the contract's order (id first reads best), then canonical layout. */
export declare function manifestJson(manifest: Manifest): string;
