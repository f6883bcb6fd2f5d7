import type { ExportedFlow, Manifest, SelectionScope, SnapshotPlan } from '../model.js';
export interface PlanInput {
    readonly exported: readonly ExportedFlow[];
    readonly previous: Manifest | null;
    readonly scope: SelectionScope;
    /** Flows that were selected but failed to export: their files stay as they are. */
    readonly failedIds: ReadonlySet<string>;
    /** Files already prepared while the export ran, by exported flow (run-steps/change-review.ts); the rest are prepared here. */
    readonly prepared?: ReadonlyMap<ExportedFlow, PreparedFile>;
}
export type PreparedFile = ReturnType<typeof prepareFile>;
/**
 * One exported flow's file: where it goes, its canonical text and its manifest entry.
 * Throws with a message naming the flow when it cannot be given a file or written as JSON.
 */
export declare function prepareFile(flow: ExportedFlow): {
    path: string;
    content: string;
    entry: {
        id: string;
        name: string;
        type: "bot" | "commonmodule" | "digitalbot" | "emailsend" | "inboundcall" | "inboundchat" | "inboundemail" | "inboundshortmessage" | "inqueuecall" | "inqueueemail" | "inqueueshortmessage" | "outboundcall" | "securecall" | "speech" | "surveyinvite" | "voice" | "voicemail" | "voicesurvey" | "workflow" | "workitem";
        version: string;
        path: string;
        sha256: string;
        bytes: number;
    };
};
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
