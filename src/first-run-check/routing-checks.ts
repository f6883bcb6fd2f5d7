// The call-routing line of the first-run check: can this OAuth client read the four routing kinds a snapshot lists.
import type { GenesysClient } from '../genesys/client.js'
import { listRouting, ROUTING_ENDPOINTS } from '../genesys/routing-api.js'
import { ROUTING_KINDS, type RoutingKind } from '../routing/types.js'
import { errorMessage } from '../errors.js'
import { plural } from '../text/plural.js'
import { fail, notChecked, pass, type CheckLine } from './types.js'

export const ROUTING_LINE = `Call routing (${ROUTING_KINDS.map((kind) => ROUTING_ENDPOINTS[kind].permission).join(', ')})`

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
    const count = (kind: RoutingKind): number => objects.get(kind)?.length ?? 0
    return pass(ROUTING_LINE, `${plural(count('call-routes'), 'call route')}, ${plural(count('schedule-groups'), 'schedule group')}, ${plural(count('schedules'), 'schedule')} and ${plural(count('emergency-groups'), 'emergency group')} readable.`)
  } catch (error) {
    return fail(ROUTING_LINE, errorMessage(error))
  }
}
