// Every output of the contract, as the strings `core.setOutput` writes. Set on success and on failure,
// so a later step can always read them (an absent git result reads as "nothing committed").
import type { RunResult } from '../model.js'
import { formatRate, runTotals } from './counts.js'

/** Keyed by the output names of action.yml (the tests hold the two to the same list); `paths` are absolute. */
export function buildOutputs(result: RunResult, paths: { reportPath: string; auditLogPath: string }) {
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
    'deleted-resources': String(totals.byRule['deleted-resource']),
    cycles: String(totals.cycles),
    'integrity-rate': formatRate(result.validation.integrityRate),
    changed: String(totals.changed),
    'files-changed': String(totals.filesChanged),
    'flows-changed': String(totals.flowsChanged),
    // Call routes, schedule groups, schedules and emergency groups whose routing meaning changed.
    'routing-changed': String(result.changes?.routing?.length ?? 0),
    'commit-sha': result.git?.commitSha ?? '',
    'pull-request-url': pullRequest?.url ?? '',
    'pull-request-number': pullRequest ? String(pullRequest.number) : '',
    'report-path': paths.reportPath,
    'audit-log': paths.auditLogPath,
  }
}
