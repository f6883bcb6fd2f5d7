// Whether the step fails, and the one message that says why. `fail-on` sets the lowest finding
// severity that fails; a run that stopped early fails whatever `fail-on` says, because nothing
// trustworthy was produced.
import type { FailOn } from '../settings/types.js'
import type { RunResult } from '../model.js'
import { failingFindings } from '../flows/severity.js'
import { countByRule, describeRuleCounts } from './counts.js'
import { plural } from '../text/plural.js'

/** Failed flows listed by name in the message; the rest are counted. */
const FAILED_FLOWS_NAMED = 5

export function failureMessage(result: RunResult, failOn: FailOn): string | null {
  if (result.fatalError) return `Flow snapshot stopped: ${result.fatalError}`
  const failing = failingFindings(result.validation.findings, failOn)
  // A flow that could not be exported is an error-level problem: it fails unless the user said never. A run
  // where nothing was exported fails whatever fail-on says, and then names the flows and why.
  const failedFlows = failOn === 'never' && result.status !== 'failed' ? [] : result.flows.filter((flow) => flow.status === 'failed')
  if (result.status === 'failed' && failing.length === 0 && failedFlows.length === 0) {
    return 'Flow snapshot failed without a reason; see the log above for the last step that ran.'
  }
  const parts: string[] = []
  const warnings = failOn === 'warning' || failOn === 'notice' ? (result.warnings ?? []) : []
  if (warnings.length > 0) parts.push(`${warnings.join(' ')} (fail-on: ${failOn})`)
  if (failing.length > 0) {
    const threshold = failOn === 'notice' ? 'notice' : failOn === 'warning' ? 'warning or error' : 'error'
    parts.push(
      `${plural(failing.length, 'finding')} of severity ${threshold} (fail-on: ${failOn}): ` +
        `${describeRuleCounts(countByRule(failing))}. ` +
        `Fix the flows named in the annotations, or change 'fail-on' or 'rule-severity'.`,
    )
  }
  if (failedFlows.length > 0) {
    const named = failedFlows
      .slice(0, FAILED_FLOWS_NAMED)
      .map((flow) => `'${flow.name}' (${flow.id}): ${flow.error.replace(/[.\s]+$/, '')}`)
    const more = failedFlows.length > FAILED_FLOWS_NAMED ? `; and ${failedFlows.length - FAILED_FLOWS_NAMED} more` : ''
    parts.push(`${plural(failedFlows.length, 'flow')} could not be exported: ${named.join('; ')}${more}.`)
  }
  return parts.length > 0 ? parts.join(' ') : null
}
