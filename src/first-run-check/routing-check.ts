// The call-routing line of the first-run check: can this client read the four routing kinds a snapshot lists?
import type { GenesysClient } from '../genesys/client.js'
import { errorMessage } from '../genesys/errors.js'
import { listRouting } from '../genesys/routing-api.js'
import { ROUTING_KINDS } from '../routing/types.js'
import { plural } from '../changes/labels.js'
import { fail, notChecked, pass, type CheckLine } from './types.js'

export const ROUTING_LINE = 'Call routing (routing:callRoute:view, routing:scheduleGroup:view, routing:schedule:view, routing:emergencyGroup:view)'

/**
 * Red when a kind is refused: a snapshot would go on without it (one notice), but its routes would then be
 * neither committed nor checked, which a person setting the Action up wants to know now.
 */
export async function checkRouting(client: GenesysClient, routing: boolean): Promise<CheckLine> {
  if (!routing) return notChecked(ROUTING_LINE, 'routing: true (it is false)')
  try {
    const { objects, refused } = await listRouting(client, ROUTING_KINDS)
    if (refused.length > 0) {
      const missing = refused.map((entry) => entry.permission).join(', ')
      return fail(ROUTING_LINE, `The OAuth client may not read ${refused.map((entry) => entry.kind).join(', ')}: add ${missing} to a role of the OAuth client (Admin > OAuth > Roles), or set routing: false to snapshot without call routing.`)
    }
    const count = (kind: (typeof ROUTING_KINDS)[number]): number => objects.get(kind)?.length ?? 0
    return pass(ROUTING_LINE, `${plural(count('call-routes'), 'call route')}, ${plural(count('schedule-groups'), 'schedule group')}, ${plural(count('schedules'), 'schedule')} and ${plural(count('emergency-groups'), 'emergency group')} readable.`)
  } catch (error) {
    return fail(ROUTING_LINE, errorMessage(error))
  }
}
