// The org resource check of one run (check-resources): run against Genesys Cloud after the export, or
// the reason it did not run. The API work is in genesys/dependency-tracking.ts, the rules in flows/rules.
import type { FlowRef, ResourceCheck } from '../model.js'
import type { Settings } from '../settings/types.js'
import type { GenesysClient } from '../genesys/client.js'
import { checkOrgResources } from '../genesys/dependency-tracking.js'

export async function checkResourcesOf(client: GenesysClient, settings: Settings, flows: readonly FlowRef[]): Promise<ResourceCheck> {
  if (!settings.checkResources) return notRun('off', 'Resource check off (check-resources: false): deleted queues, data actions and other resources were not checked.')
  return checkOrgResources(client, flows)
}

export function notRun(outcome: 'off' | 'not-run', note: string): ResourceCheck {
  return { outcome, buildStatus: '', incomplete: false, problems: [], requests: 0, note }
}

export const VALIDATE_MODE_RESOURCES = notRun(
  'not-run',
  'Resource check not run: mode validate reads only the repository, so deleted queues, data actions and other resources are checked in snapshot and export runs.',
)

/** Whether a check's note should also be a notice: a skipped check or incomplete data, not a switched-off one. */
export function resourceNoticeOf(check: ResourceCheck): string {
  return check.outcome === 'off' || check.outcome === 'not-run' ? '' : check.note
}
