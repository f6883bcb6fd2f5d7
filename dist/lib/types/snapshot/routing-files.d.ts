import type { SnapshotPlan } from '../model.js';
import type { RoutingManifestEntry } from '../routing-model.js';
import { type RoutingFile, type RoutingKind } from '../routing/types.js';
export declare const ROUTING_FOLDER = "routing";
/**
 * Fields that change on every save and say nothing about where a call goes: left out, so that an unchanged
 * routing gives byte-identical files.
 */
export declare const SAVE_STAMP_FIELDS: readonly ["dateCreated", "dateModified", "createdBy", "modifiedBy", "createdByApp", "modifiedByApp", "selfUri"];
/** `routing/call-routes/main-line--<id>.json`, relative to output-dir. */
export declare function routingFilePath(kind: RoutingKind, name: string, id: string): string;
/** The object without its save stamps, at every depth (an embedded reference's `selfUri` only repeats its id). */
export declare function withoutSaveStamps(value: unknown): unknown;
export interface RoutingPlan {
    /** Relative to output-dir. */
    readonly writes: {
        readonly path: string;
        readonly content: string;
    }[];
    readonly deletes: string[];
    readonly entries: RoutingManifestEntry[];
    /** Every object the manifest lists after this run, as its committed file (paths repository-relative). */
    readonly files: RoutingFile[];
    /** Objects that cannot be given a file (an id that is not an id), named for a warning. */
    readonly unwritable: string[];
}
export interface RoutingPlanInput {
    /** The objects listed this run, by kind; a kind absent here was not read (refused, or routing off). */
    readonly listed: ReadonlyMap<RoutingKind, readonly (Record<string, unknown> & {
        readonly id: string;
    })[]>;
    readonly previous: readonly RoutingManifestEntry[];
    readonly outputDir: string;
    /** The text of a previous file whose kind was not read this run, so that it is still checked (null: unreadable). */
    readonly previousText: (entry: RoutingManifestEntry) => string | null;
}
/**
 * Files to write and delete for the routing: a listed kind is written in full and its objects gone from the org
 * are deleted (like flows); a kind not read this run keeps its files and entries as they are.
 */
export declare function planRouting(input: RoutingPlanInput): RoutingPlan;
/** The snapshot plan with the routing's files and manifest entries added. */
export declare function withRouting(plan: SnapshotPlan, routing: RoutingPlan): SnapshotPlan;
/** A committed routing file as the routing checks read it; `path` repository-relative. */
export declare function routingFileOf(kind: RoutingKind, id: string, name: string, path: string, text: string): RoutingFile;
export declare function isRoutingKind(value: string): value is RoutingKind;
