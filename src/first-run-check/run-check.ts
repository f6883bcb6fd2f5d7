// mode: check, a first run that writes nothing: can this client reach the flows, export one, read
// dependency tracking, and can this job commit and push? Every check runs that can; one table says
// which pass and, for each that does not, what to fix.
import type { Settings } from '../settings/types.js'
import type { GenesysClient } from '../genesys/client.js'
import { checkGenesys } from './genesys-checks.js'
import { checkGitSide } from './git-checks.js'
import type { CheckLine } from './types.js'

export async function runFirstRunCheck(settings: Settings, client: GenesysClient, env: NodeJS.ProcessEnv): Promise<CheckLine[]> {
  const [genesys, git] = await Promise.all([
    checkGenesys({ client, selection: settings.selection, maxExportBytes: settings.maxExportBytes, checkResources: settings.checkResources, routing: settings.routing }),
    checkGitSide(settings, env),
  ])
  return [...genesys, ...git]
}
