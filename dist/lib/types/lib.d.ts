import type { ExportResult, ExportedFlow, Rule, SeverityOrOff, ValidationResult } from './model.js';
import { canonicalJson } from './snapshot/canonical.js';
import { flowFilePath } from './snapshot/layout.js';
import { ARCHITECT_FILE_EXTENSIONS, architectFileName, encodeFlowFile } from './snapshot/architect-file.js';
import { packFlows, type PackFailure, type PackResult, type PackedFlow } from './snapshot/pack.js';
export type * from './model.js';
export type * from './routing-model.js';
export { canonicalJson, flowFilePath };
export { ARCHITECT_FILE_EXTENSIONS, architectFileName, encodeFlowFile, packFlows, type PackFailure, type PackResult, type PackedFlow };
export interface ExportFlowsOptions {
    readonly clientId: string;
    readonly clientSecret: string;
    /** Environment domain (`mypurecloud.ie`) or AWS region name (`eu-west-1`); default mypurecloud.com. */
    readonly region?: string;
    readonly apiUrl?: string;
    readonly loginUrl?: string;
    readonly flowIds?: readonly string[];
    /** Flow types to export in full, or 'all'. */
    readonly flowTypes?: readonly string[] | 'all';
    /** Glob patterns on names narrowing flowTypes; a leading `!` excludes. */
    readonly flowNames?: readonly string[];
    /** Also export every flow the selected flows call (default true). */
    readonly includeDependencies?: boolean;
    /** Export jobs and requests in flight at once, 1 to 16, or 'adaptive' (the default: found while running). */
    readonly concurrency?: number | 'adaptive';
    readonly maxExportBytes?: number;
    /** Progress lines; silent by default. */
    readonly log?: (line: string) => void;
}
/** Exports the selected flows and, by default, every flow they call. Never throws for one flow: see `failed`. */
export declare function exportFlows(options: ExportFlowsOptions): Promise<ExportResult>;
export interface ValidateFlowsOptions {
    /** Flows that exist but are not among those validated (id → lower-case type): calls to them resolve. */
    readonly knownFlows?: ReadonlyMap<string, string>;
    readonly maxExportBytes?: number;
    readonly ruleSeverity?: Partial<Record<Rule, SeverityOrOff>>;
    /** Folder the file paths of findings start with (default genesys-flows). */
    readonly outputDir?: string;
}
/** Validates exported flows, with findings on the lines of the files a snapshot would write. */
export declare function validateFlows(flows: readonly ExportedFlow[], options?: ValidateFlowsOptions): ValidationResult;
/** Validates the flow files of a snapshot already on disk, as `mode: validate` does. */
export declare function validateDirectory(workspace: string, outputDir?: string, options?: Omit<ValidateFlowsOptions, 'outputDir'>): Promise<ValidationResult>;
