// The library API: the code the Action runs, for scripts outside GitHub Actions.
//
//   import { exportFlows, validateFlows } from 'genesys-flow-snapshot'
//   const { exported, failed } = await exportFlows({ clientId, clientSecret, region: 'eu-west-1', flowTypes: ['inboundcall'] })
//   const { findings } = validateFlows(exported)
//
// Options are checked by the same code as the Action's inputs, so an error names the input
// (`flow-ids` for flowIds, …) and says how to fix it, before any request is sent.
import type { ExportResult, ExportedFlow, FlowFile, Rule, SeverityOrOff, ValidationResult } from './model.js'
import { DEFAULTS, readSettings } from './settings/read-settings.js'
import { createGenesysClient } from './genesys/client.js'
import { exportFlows as runExport } from './export/export.js'
import { validateFlows as runValidation } from './flows/validate.js'
import { canonicalJson } from './snapshot/canonical.js'
import { flowFilePath } from './snapshot/layout.js'
import { readFlowFiles } from './snapshot/read.js'
import { flowFileOf } from './run-steps/flows-in-hand.js'
import { ARCHITECT_FILE_EXTENSIONS, architectFileName, encodeFlowFile } from './snapshot/architect-file.js'
import { packFlows, type PackFailure, type PackResult, type PackedFlow } from './snapshot/pack.js'

export type * from './model.js'
export type * from './routing-model.js'
export { canonicalJson, flowFilePath }
// Restore: committed flow files back into files Architect's Import takes (README "Restore a flow").
export { ARCHITECT_FILE_EXTENSIONS, architectFileName, encodeFlowFile, packFlows, type PackFailure, type PackResult, type PackedFlow }

export interface ExportFlowsOptions {
  readonly clientId: string
  readonly clientSecret: string
  /** Environment domain (`mypurecloud.ie`) or AWS region name (`eu-west-1`); default mypurecloud.com. */
  readonly region?: string
  readonly apiUrl?: string
  readonly loginUrl?: string
  readonly flowIds?: readonly string[]
  /** Flow types to export in full, or 'all'. */
  readonly flowTypes?: readonly string[] | 'all'
  /** Glob patterns on names narrowing flowTypes; a leading `!` excludes. */
  readonly flowNames?: readonly string[]
  /** Also export every flow the selected flows call (default true). */
  readonly includeDependencies?: boolean
  /** Export jobs and requests in flight at once, 1 to 16, or 'adaptive' (the default: found while running). */
  readonly concurrency?: number | 'adaptive'
  readonly maxExportBytes?: number
  /** Progress lines; silent by default. */
  readonly log?: (line: string) => void
}

/** Exports the selected flows and, by default, every flow they call. Never throws for one flow: see `failed`. */
export async function exportFlows(options: ExportFlowsOptions): Promise<ExportResult> {
  const inputs: Record<string, string | undefined> = {
    'client-id': options.clientId,
    'client-secret': options.clientSecret,
    region: options.region,
    'api-url': options.apiUrl,
    'login-url': options.loginUrl,
    'flow-ids': options.flowIds?.join(','),
    'flow-types': options.flowTypes === 'all' ? 'all' : options.flowTypes?.join(','),
    'flow-names': options.flowNames?.join('\n'),
    'include-dependencies': options.includeDependencies?.toString(),
    concurrency: options.concurrency?.toString(),
    'max-export-bytes': options.maxExportBytes?.toString(),
    mode: 'export',
  }
  const env = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
  const settings = readSettings(env, () => {})
  const client = createGenesysClient(settings.genesys!, { log: options.log })
  return runExport(client, settings.selection, {
    maxExportBytes: settings.maxExportBytes,
    concurrency: settings.genesys!.concurrency,
    log: options.log,
  })
}

export interface ValidateFlowsOptions {
  /** Flows that exist but are not among those validated (id → lower-case type): calls to them resolve. */
  readonly knownFlows?: ReadonlyMap<string, string>
  readonly maxExportBytes?: number
  readonly ruleSeverity?: Partial<Record<Rule, SeverityOrOff>>
  /** Folder the file paths of findings start with (default genesys-flows). */
  readonly outputDir?: string
}

/** Validates exported flows, with findings on the lines of the files a snapshot would write. */
export function validateFlows(flows: readonly ExportedFlow[], options: ValidateFlowsOptions = {}): ValidationResult {
  const outputDir = options.outputDir ?? 'genesys-flows'
  const files = flows.map((flow) => flowFileOf(flow, outputDir, flowFilePath(flow.ref), canonicalJson(flow.document)))
  return validateFiles(files, options)
}

/** Validates the flow files of a snapshot already on disk, as `mode: validate` does. */
export async function validateDirectory(
  workspace: string,
  outputDir = 'genesys-flows',
  options: Omit<ValidateFlowsOptions, 'outputDir'> = {},
): Promise<ValidationResult> {
  const { flows } = await readFlowFiles(workspace, outputDir, options)
  return validateFiles(flows, options)
}

function validateFiles(flows: FlowFile[], options: ValidateFlowsOptions): ValidationResult {
  const { knownFlows = new Map(), maxExportBytes = DEFAULTS.maxExportBytes, ruleSeverity: severities } = options
  return runValidation({ flows, knownFlows, maxExportBytes, severities })
}
