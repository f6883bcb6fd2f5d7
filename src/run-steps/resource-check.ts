// The org resource check of one run (check-resources): run against Genesys Cloud after the export, or
// the reason it did not run. The API work is in genesys/dependency-tracking.ts, the rules in flows/rules.
import { FLOW_TYPES, type ResourceCheck } from '../model.js'
import type { Settings } from '../settings/types.js'
import type { GenesysClient } from '../genesys/client.js'
import { beginResourceCheck, type PendingResourceCheck } from '../genesys/dependency-tracking.js'

/**
 * Begins the run's resource check beside the export (its listings are org-wide and need no exported flow),
 * so the run does not wait for it after the last download.
 */
export function beginResourceCheckOf(client: GenesysClient, settings: Settings): PendingResourceCheck {
  if (!settings.checkResources) {
    const off = notRun('off', 'Resource check off (check-resources: false): deleted queues, data actions and other resources were not checked.')
    return { finish: async () => off }
  }
  // The listed types alone, unless flows are chosen by id or called flows join in: they may be of any type.
  const { flowIds, includeDependencies, flowTypes } = settings.selection
  const mayExport = flowIds.length === 0 && !includeDependencies && flowTypes.length > 0 ? flowTypes : FLOW_TYPES
  return beginResourceCheck(client, mayExport)
}

export function notRun(outcome: 'off' | 'not-run', note: string): ResourceCheck {
  return { outcome, buildStatus: '', incomplete: false, problems: [], requests: 0, note }
}

export const VALIDATE_MODE_RESOURCES = notRun(
  'not-run',
  'Resource check not run: mode validate reads only the repository, so deleted queues, data actions and other resources are checked in snapshot and export runs.',
)
