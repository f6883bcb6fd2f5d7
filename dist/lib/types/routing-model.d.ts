/** The routing rules with their default severities (the contract's); model.ts adds them to DEFAULT_SEVERITIES. */
export declare const ROUTING_SEVERITIES: {
    readonly 'route-flow-missing': "error";
    readonly 'missing-schedule': "error";
    readonly 'schedule-ended': "notice";
    readonly 'route-never-open': "warning";
    readonly 'emergency-active': "warning";
};
/** A committed call-routing object (action-contract.md "Files in the repository"). */
export interface RoutingManifestEntry {
    /** `call-routes`, `schedule-groups`, `schedules` or `emergency-groups` (routing/types.ts ROUTING_KINDS). */
    readonly kind: string;
    readonly id: string;
    readonly name: string;
    /** Relative to output-dir, `/` separators: `routing/<kind>/<slug>--<id>.json`. */
    readonly path: string;
    readonly sha256: string;
}
/** Why a flow answers a call (routing/answer.ts, in the answering order of docs/genesys-api.md §5a). */
export type AnswerReason = 'emergency' | 'holiday' | 'closed' | 'open' | 'outside-open' | 'always-open';
/** Where one number goes, as routing/table.ts words it (values bounded there). */
export interface NumberRouting {
    /** The number as the route lists it; '' for a route with no number. */
    readonly number: string;
    readonly route: string;
    readonly routeId: string;
    readonly now: {
        readonly flow?: string;
        readonly reason: AnswerReason;
    };
    readonly openFlow?: string;
    readonly closedFlow?: string;
    readonly holidayFlow?: string;
    readonly scheduleGroup?: string;
    readonly timeZone?: string;
    /** Holidays and closures of the coming days, in the group's zone: "Dec 24 12:00 – Dec 26 00:00 holiday → Holiday message". */
    readonly exceptions: readonly string[];
}
/** One routing object whose meaning changed, in words (routing/review.ts reviewRoutingChanges). */
export interface RoutingObjectChange {
    readonly kind: 'call-routes' | 'schedule-groups' | 'schedules' | 'emergency-groups';
    readonly id: string;
    readonly name: string;
    /** The file after the change (before it, for an object removed). */
    readonly path: string;
    /** Each change in words, with its line in the file after the change when there is one. */
    readonly lines: readonly {
        readonly text: string;
        readonly line?: number;
    }[];
}
/** What a run found of the call routing; its findings join the validation's, its changes the run's changes. */
export interface RunRouting {
    /** The moment the numbers were answered for (ISO). */
    readonly at: string;
    readonly objects: number;
    /** One row per number, in the order of the routes' names (routing/table.ts callRoutingTable). */
    readonly rows: readonly NumberRouting[];
    /** Kinds the OAuth client may not read (403), with the permission it lacks. */
    readonly refused: readonly {
        readonly kind: string;
        readonly permission: string;
    }[];
    /** Why the routing could not be listed at all (the service failed after retries); its committed files were kept. */
    readonly failure?: string;
}
