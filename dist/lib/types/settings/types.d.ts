import type { FlowType, Rule, SeverityOrOff, Severity } from '../model.js';
export type Concurrency = number | 'adaptive';
/** `check`: the first-run check (src/first-run-check/), which writes nothing. */
export type Mode = 'snapshot' | 'export' | 'validate' | 'check';
export type FailOn = Severity | 'never';
/** Where and as whom to reach Genesys Cloud. Absent in `mode: validate`. */
export interface GenesysSettings {
    readonly clientId: string;
    readonly clientSecret: string;
    /** e.g. `https://api.mypurecloud.com`, no trailing slash. */
    readonly apiUrl: string;
    /** e.g. `https://login.mypurecloud.com`, no trailing slash; the token is at `<loginUrl>/oauth/token`. */
    readonly loginUrl: string;
    /**
     * Export jobs (and requests) in flight at once: `adaptive` finds the level the org allows while the run
     * goes on; a number (1..16) pins it.
     */
    readonly concurrency: Concurrency;
}
export interface SelectionSettings {
    readonly flowIds: readonly string[];
    /** Empty, or the types to list in full (`all` expanded to every type). */
    readonly flowTypes: readonly FlowType[];
    /** Glob patterns on names; a leading `!` excludes. */
    readonly flowNames: readonly string[];
    readonly includeDependencies: boolean;
}
export interface GitSettings {
    readonly commitMessage: string;
    readonly authorName: string;
    readonly authorEmail: string;
    readonly push: boolean;
    readonly pullRequest: boolean;
    readonly pullRequestBranch: string;
    readonly signCommits: boolean;
    readonly githubToken: string;
}
/** Every input, read and checked once; nothing else reads the environment for inputs. */
export interface Settings {
    readonly mode: Mode;
    /** Absolute path of the checked-out repository (GITHUB_WORKSPACE). */
    readonly workspace: string;
    /** output-dir relative to the workspace, `/` separators, no trailing slash. */
    readonly outputDir: string;
    readonly outputPath: string;
    /** Absolute RUNNER_TEMP (or the OS temp dir) for the report and audit log. */
    readonly runnerTemp: string;
    readonly genesys: GenesysSettings | null;
    readonly selection: SelectionSettings;
    readonly maxExportBytes: number;
    readonly failOn: FailOn;
    readonly ruleSeverity: Readonly<Partial<Record<Rule, SeverityOrOff>>>;
    readonly git: GitSettings;
    readonly webhook: {
        readonly url: string;
        readonly secret: string;
    } | null;
    /** Check dependency tracking for deleted or stale org resources the flows use (never in mode validate). */
    readonly checkResources: boolean;
    /** Snapshot, check and review the org's call routing too (in mode validate: check the committed routing files). */
    readonly routing: boolean;
}
