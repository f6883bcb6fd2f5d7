// Every output of the contract, as the strings `core.setOutput` writes. Set on success and on failure,
// so a later step can always read them (an absent git result reads as "nothing committed").
import type { RunResult } from '../model.js'
import { formatRate, runTotals } from './counts.js'
import { flowsChanged, routingChanged } from './changes.js'

export const OUTPUT_NAMES = [
  'status',
  'flows-exported',
  'flows-failed',
  'findings',
  'errors',
  'warnings',
  'broken-references',
  'deleted-resources',
  'cycles',
  'integrity-rate',
  'changed',
  'files-changed',
  'flows-changed',
  'routing-changed',
  'commit-sha',
  'pull-request-url',
  'pull-request-number',
  'report-path',
  'audit-log',
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

export interface OutputPaths {
  /** Absolute path of the JSON report. */
  readonly reportPath: string
  /** Absolute path of the audit log (JSON lines). */
  readonly auditLogPath: string
}

export function buildOutputs(result: RunResult, paths: OutputPaths): Record<OutputName, string> {
  const totals = runTotals(result)
  const pullRequest = result.git?.pullRequest
  return {
    status: result.status,
    // In mode validate nothing is exported: the output counts the flow files validated, as action.yml says.
    'flows-exported': String(result.mode === 'validate' ? totals.validated : totals.exported),
    'flows-failed': String(totals.failed),
    findings: String(totals.findings),
    errors: String(totals.bySeverity.error),
    warnings: String(totals.bySeverity.warning),
    'broken-references': String(totals.brokenReferences),
    'deleted-resources': String(result.validation.findings.filter((finding) => finding.rule === 'deleted-resource').length),
    cycles: String(totals.cycles),
    'integrity-rate': formatRate(result.validation.integrityRate),
    changed: String(totals.changed),
    'files-changed': String(totals.filesChanged),
    'flows-changed': String(flowsChanged(result.changes)),
    'routing-changed': String(routingChanged(result.changes)),
    'commit-sha': result.git?.commitSha ?? '',
    'pull-request-url': pullRequest?.url ?? '',
    'pull-request-number': pullRequest ? String(pullRequest.number) : '',
    'report-path': paths.reportPath,
    'audit-log': paths.auditLogPath,
  }
}
