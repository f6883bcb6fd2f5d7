/** The routing kinds, in the order the repository folders and the manifest list them. */
export declare const ROUTING_KINDS: readonly ["call-routes", "schedule-groups", "schedules", "emergency-groups"];
export type RoutingKind = (typeof ROUTING_KINDS)[number];
/** A reference to another object, as the API embeds it (`{id, name, selfUri}`). */
export interface EntityRef {
    readonly id: string;
    readonly name?: string;
    readonly selfUri?: string;
}
/** A call route (an Architect IVR): its numbers and the flows that answer them. */
export interface CallRoute {
    id: string;
    name: string;
    description?: string;
    version?: number;
    state?: string;
    /** Phone numbers (E.164), each unique in the org. */
    dnis?: string[];
    openHoursFlow?: EntityRef;
    closedHoursFlow?: EntityRef;
    holidayHoursFlow?: EntityRef;
    scheduleGroup?: EntityRef;
    division?: EntityRef;
}
export interface ScheduleGroup {
    id: string;
    name: string;
    version?: number;
    state?: string;
    /** IANA zone in which its schedules' local start/end are read. */
    timeZone?: string;
    openSchedules?: EntityRef[];
    closedSchedules?: EntityRef[];
    holidaySchedules?: EntityRef[];
}
export interface Schedule {
    id: string;
    name: string;
    version?: number;
    state?: string;
    /** Local date-time 'yyyy-MM-ddTHH:mm:ss.SSS' without zone, read in the group's zone. */
    start?: string;
    /** Local date-time, as `start`. */
    end?: string;
    /** RFC 5545 recurrence; absent: the one span start→end. A recurrence repeats the start→end span. */
    rrule?: string;
}
export interface EmergencyGroup {
    id: string;
    name: string;
    version?: number;
    state?: string;
    enabled?: boolean;
    emergencyCallFlows?: {
        emergencyFlow?: EntityRef;
        ivrs?: EntityRef[];
    }[];
}
export interface RoutingObjects {
    callRoutes: CallRoute[];
    scheduleGroups: ScheduleGroup[];
    schedules: Schedule[];
    emergencyGroups: EmergencyGroup[];
}
/**
 * One routing object as committed: `path` repository-relative (`<output-dir>/routing/<kind>/<slug>--<id>.json`),
 * `text` its canonical JSON (for line numbers), `object` the parsed value.
 */
export interface RoutingFile {
    kind: RoutingKind;
    id: string;
    name: string;
    path: string;
    text: string;
    object: unknown;
}
/** What a run knows of the org's flows, to check routes against (all flows listed, not only the exported). */
export interface KnownFlow {
    id: string;
    name: string;
    published: boolean;
}
