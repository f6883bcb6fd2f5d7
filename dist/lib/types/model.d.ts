import type { FlowReview } from './flow-review.js';
import { type RoutingManifestEntry, type RoutingObjectChange, type RunRouting } from './routing-model.js';
/** Lower-case flow types, as `GET /api/v2/flows?type=` takes them (docs/genesys-api.md §3.1). */
export declare const FLOW_TYPES: readonly ["bot", "commonmodule", "digitalbot", "emailsend", "inboundcall", "inboundchat", "inboundemail", "inboundshortmessage", "inqueuecall", "inqueueemail", "inqueueshortmessage", "outboundcall", "securecall", "speech", "surveyinvite", "voice", "voicemail", "voicesurvey", "workflow", "workitem"];
export type FlowType = (typeof FLOW_TYPES)[number];
/** A flow as the Flow entity names it. `type` is lower-case here (the API returns it upper-case). */
export interface FlowRef {
    readonly id: string;
    readonly name: string;
    readonly type: FlowType;
    /** The version that was exported (published version id, e.g. "3.0"); empty when unknown. */
    readonly version: string;
    /** What the Flow entity says that may keep the flow from being exported (absent: nothing). */
    readonly hold?: FlowHold;
}
/** Why a flow may not be exportable, read from its Flow entity (docs/genesys-api.md §3.2). */
export interface FlowHold {
    /** No `publishedVersion`: the flow was only saved or checked in, so there is no published flow to snapshot. */
    readonly unpublished?: true;
    /** `lockedUser` / `lockedClient`: someone is editing it in Architect. */
    readonly lockedBy?: string;
    /** A secure flow (`SECURECALL`), whose export the service may refuse. */
    readonly secure?: true;
}
export interface ExportedFlow {
    readonly ref: FlowRef;
    /** The configuration JSON exactly as decoded (docs/flow-format.md §5.1). */
    readonly document: unknown;
    /** Bytes of this flow's `.i3*` file in the real download. */
    readonly bytes: number;
}
export interface FailedFlow {
    readonly ref: FlowRef;
    readonly reason: string;
    /** The service's own message, as it wrote it (it names the org): kept for report.json, never logged. */
    readonly serviceMessage?: string;
}
export interface RequestStats {
    requests: number;
    retries: number;
    throttled: number;
    bytes: number;
}
export interface ExportResult {
    readonly exported: ExportedFlow[];
    readonly failed: FailedFlow[];
    /** Selected flows there is nothing to export of (never published), or whose export the service refused for a known reason (locked, secure). */
    readonly skipped: FailedFlow[];
    /** What this run listed, from which the snapshot plan decides which flows are gone (snapshot/plan.ts). */
    readonly scope: SelectionScope;
    readonly stats: RequestStats;
    /** Set when the export service failed jobs transiently: what happened in plain words, and its own messages. */
    readonly service?: {
        readonly summary: string;
        /** The service's distinct failure messages, as written (they name the org): for report.json only. */
        readonly messages: readonly string[];
    };
}
export interface SelectionScope {
    /** Flow types listed in full this run (`flow-types`), with the `flow-names` filter applied to them. */
    readonly listedTypes: readonly FlowType[];
    /** Ids of every flow the listings returned (before the name filter): a flow not among them is gone. */
    readonly listedIds: ReadonlySet<string>;
    /** Name patterns that narrowed the listed types; a flow outside them was not selected. */
    readonly namePatterns: readonly string[];
}
/** A flow file as validation sees it: in snapshot mode from the export, in validate mode from the repository. */
export interface FlowFile {
    readonly id: string;
    readonly name: string;
    readonly type: FlowType | string;
    /** Repository-relative path with `/` separators, e.g. `genesys-flows/inboundcall/main-ivr--<id>.json`. */
    readonly file: string;
    /** The file text as written (canonical JSON); line numbers are read from it. */
    readonly text: string;
    /** The parsed document; undefined when the file could not be read as JSON. */
    readonly document: unknown;
    /** Real bytes of the export download for this flow (validate mode: the file's size). */
    readonly bytes: number;
    readonly readError?: string;
}
export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOrOff = Severity | 'off';
/** Every rule, with the severity its findings get unless `rule-severity` says otherwise (the contract's defaults). */
export declare const DEFAULT_SEVERITIES: {
    readonly 'route-flow-missing': "error";
    readonly 'missing-schedule': "error";
    readonly 'schedule-ended': "notice";
    readonly 'route-never-open': "warning";
    readonly 'emergency-active': "warning";
    readonly 'broken-reference': "error";
    readonly 'duplicate-id': "error";
    readonly 'unreachable-node': "warning";
    readonly 'dead-end': "warning";
    readonly 'missing-flow': "error";
    readonly 'flow-type-mismatch': "error";
    readonly 'flow-cycle': "error";
    readonly 'format-version': "error";
    readonly 'invalid-flow': "error";
    readonly 'size-limit': "error";
    readonly 'unused-item': "notice";
    readonly 'deleted-resource': "error";
    readonly 'stale-resource': "warning";
};
export type Rule = keyof typeof DEFAULT_SEVERITIES;
export declare const RULES: readonly Rule[];
/** A finding, in the contract's shape (action-contract.md "Report"). */
export interface Finding {
    readonly rule: Rule;
    readonly severity: Severity;
    readonly flowId: string;
    readonly flowName: string;
    readonly file: string;
    /** 1-based line of the offending reference in `file`. */
    readonly line: number;
    /** The item, choice or action the finding is about; empty for flow-level findings. */
    readonly nodeId: string;
    readonly message: string;
    /** For `flow-cycle`: the flow ids of the cycle in order, the first repeated at the end. */
    readonly path?: readonly string[];
}
export interface FlowCall {
    readonly from: string;
    readonly to: string;
    /** `__type` of the calling action, e.g. `CallCommonModuleAction`. */
    readonly actionType: string;
    /** True when `to` is among the flows validated or known from the repository. */
    readonly resolved: boolean;
}
export interface ValidationResult {
    readonly findings: Finding[];
    readonly calls: FlowCall[];
    readonly references: {
        readonly checked: number;
        readonly valid: number;
    };
    /** valid ÷ checked, 1 when nothing was checked. */
    readonly integrityRate: number;
}
/** A resource a flow uses whose state the org's dependency tracking reports as a problem. */
export interface ResourceProblem {
    readonly flowId: string;
    readonly resourceId: string;
    readonly resourceName: string;
    /** Dependency-tracking object type, e.g. `QUEUE`, `DATAACTION`, `DATATABLE`, `USERPROMPT`, `SCHEDULEGROUP`. */
    readonly resourceType: string;
    /** `updated`: changed in a way that needs the flow republished; `stateUnknown`: tracking cannot tell. */
    readonly state: 'deleted' | 'updated' | 'stateUnknown';
}
/** The org resource check of one run (dependency tracking), and why it did not run when it did not. */
export interface ResourceCheck {
    /** `off`: check-resources false; `not-run`: mode validate; `no-permission`: 403, skipped; `failed`: could not be read, skipped. */
    readonly outcome: 'checked' | 'off' | 'not-run' | 'no-permission' | 'failed';
    /** Dependency tracking build status (`OPERATIONAL`, `BUILDINPROGRESS`, …); '' when not read. */
    readonly buildStatus: string;
    /** The org's data was being rebuilt or needs a rebuild (build status, or a 206 answer): findings may be missing. */
    readonly incomplete: boolean;
    readonly problems: readonly ResourceProblem[];
    readonly requests: number;
    /** One sentence for the summary and a notice when the check was skipped or may be incomplete; '' otherwise. */
    readonly note: string;
}
export interface ManifestEntry {
    readonly id: string;
    readonly name: string;
    readonly type: string;
    readonly version: string;
    /** Relative to output-dir, `/` separators. */
    readonly path: string;
    readonly sha256: string;
    readonly bytes: number;
}
export interface Manifest {
    readonly formatVersion: 1;
    readonly flows: ManifestEntry[];
    /** Sorted by kind (in ROUTING_KINDS order) then id; absent when no routing was ever snapshotted. */
    readonly routing?: RoutingManifestEntry[];
}
/** What to change under output-dir, all paths relative to output-dir with `/` separators. */
export interface SnapshotPlan {
    readonly writes: {
        readonly path: string;
        readonly content: string;
    }[];
    readonly deletes: string[];
    readonly manifest: Manifest;
    /** Exported flows that cannot be written (an unsafe id or type, a document JSON cannot hold). */
    readonly unwritable: FailedFlow[];
}
export interface GitResult {
    readonly changed: boolean;
    readonly commitSha: string;
    /** Repository-relative paths changed by the commit (added, modified, renamed, deleted). */
    readonly filesChanged: string[];
    readonly pushed: boolean;
    readonly pullRequest?: {
        readonly url: string;
        readonly number: number;
    };
    /** Things a person should know that did not fail the run (a rebase that resolved a conflict, …). */
    readonly notes: string[];
}
export interface FlowOutcome extends Pick<ManifestEntry, 'id' | 'name' | 'type' | 'version'> {
    /** Repository-relative flow file; empty when nothing was written. */
    readonly path: string;
    /** `skipped`: not exported for a known reason that is not a failure (never published, …); `error` says why. */
    readonly status: 'exported' | 'failed' | 'skipped' | 'validated';
    readonly error: string;
    readonly serviceMessage?: string;
}
/** Everything the report needs, and nothing it has to fetch. */
export interface RunResult {
    readonly mode: 'snapshot' | 'export' | 'validate';
    readonly status: 'success' | 'partial' | 'failed';
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly flows: FlowOutcome[];
    readonly validation: ValidationResult;
    readonly stats: RequestStats;
    readonly git: GitResult | null;
    readonly resources?: ResourceCheck;
    /** What changed in the flows since the previous snapshot (in mode validate: since the base branch); absent when not reviewed. */
    readonly changes?: RunChanges;
    /** The org's call routing (input `routing`): where each number goes, and what could not be read; absent when off or not reached. */
    readonly routing?: RunRouting;
    /** Set when the run stopped early; the message says what to do. */
    readonly fatalError?: string;
    /** Problems of no flow file (an output-dir without one): warnings; with fail-on warning or notice they fail the step. */
    readonly warnings?: readonly string[];
    readonly exportService?: ExportResult['service'];
}
/** The review of a run: every flow whose document differs from the one it is compared with. */
export interface RunChanges {
    /** What the flows were compared with, e.g. `the previous snapshot` or `the base branch main`; '' for a first snapshot. */
    readonly against: string;
    /** Most changed first (see report/review-text.ts orderReviews); never an `unchanged` flow. */
    readonly reviews: FlowReview[];
    /** Mermaid diagrams of the first few changed items, drawn while both documents were at hand. */
    readonly diagrams: ItemDiagram[];
    readonly routing?: readonly RoutingObjectChange[];
}
export interface ItemDiagram {
    readonly flowId: string;
    readonly flowName: string;
    readonly itemName: string;
    /** Mermaid `flowchart` source, no fence. */
    readonly mermaid: string;
}
