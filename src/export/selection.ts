// Which flows this run exports: explicit ids, whole types narrowed by name globs, and what the listing
// covered (so the snapshot deletes only files of flows really gone from the listed types).
import type { FailedFlow, FlowRef, FlowType, SelectionScope } from '../model.js'
import { nameMatcher } from '../settings/flow-names.js'
import type { SelectionSettings } from '../settings/types.js'
import type { GenesysClient } from '../genesys/client.js'
import { GenesysApiError, missingPermission } from '../genesys/errors.js'
import { listFlowsOfTypes, lookupFlows } from '../genesys/flows-api.js'
import { compareText } from '../text/compare.js'

export interface ResolvedSelection {
  /** Flows to export, each once, in a stable order (by id). */
  readonly selected: FlowRef[]
  /** Selected ids that do not exist, and types the client may not list. */
  readonly failed: FailedFlow[]
  readonly scope: SelectionScope
  /** Every flow the listings returned, before the name filter: called flows are found here first. */
  readonly listed: ReadonlyMap<string, FlowRef>
}

export const NOT_FOUND_REASON = 'not found in the org: check the id'

export async function resolveSelection(
  client: GenesysClient,
  selection: SelectionSettings,
  log: (line: string) => void,
): Promise<ResolvedSelection> {
  const [byId, listed] = await Promise.all([
    lookupFlows(client, selection.flowIds),
    listTypes(client, selection.flowTypes, log),
  ])
  const failed: FailedFlow[] = [...listed.refused]
  const selected = new Map<string, FlowRef>()
  for (const id of new Set(selection.flowIds)) {
    const ref = byId.get(id)
    if (ref) selected.set(id, ref)
    else failed.push({ ref: { id, name: '', type: '' as FlowType, version: '' }, reason: NOT_FOUND_REASON })
  }
  const matches = nameMatcher(selection.flowNames)
  for (const ref of listed.flows) if (matches(ref.name)) selected.set(ref.id, ref)
  return {
    selected: [...selected.values()].sort((a, b) => compareText(a.id, b.id)),
    failed,
    scope: {
      listedTypes: listed.types,
      listedIds: new Set(listed.flows.map((ref) => ref.id)),
      namePatterns: [...selection.flowNames],
    },
    listed: new Map(listed.flows.map((ref) => [ref.id, ref])),
  }
}

interface ListedTypes {
  readonly flows: FlowRef[]
  readonly types: FlowType[]
  readonly refused: FailedFlow[]
}

/**
 * All types in one listing (fewest requests). Only when that is refused (403) are the types listed one
 * by one, to tell which ones the client may not read without losing the others.
 */
async function listTypes(
  client: GenesysClient,
  types: readonly FlowType[],
  log: (line: string) => void,
): Promise<ListedTypes> {
  if (types.length === 0) return { flows: [], types: [], refused: [] }
  try {
    return { flows: await listFlowsOfTypes(client, types), types: [...types], refused: [] }
  } catch (error) {
    if (!(error instanceof GenesysApiError && error.status === 403)) throw error
    if (types.length === 1) return refusedOnly(types[0]!, error, log)
  }
  const perType = await Promise.all(types.map((type) => listTypes(client, [type], log)))
  return {
    flows: perType.flatMap((listed) => listed.flows),
    types: perType.flatMap((listed) => listed.types),
    refused: perType.flatMap((listed) => listed.refused),
  }
}

function refusedOnly(type: FlowType, error: GenesysApiError, log: (line: string) => void): ListedTypes {
  const permission = missingPermission(error.method, error.path, { message: error.message })
  const reason = `Genesys Cloud refused to list ${type} flows (HTTP 403): add ${permission} for their divisions to a role of the OAuth client.`
  log(reason)
  // A type the client may not list has no flows to name: it is reported as one failed entry with the
  // type and an empty id, and stays out of the scope so none of its files is deleted.
  return { flows: [], types: [], refused: [{ ref: { id: '', name: `all ${type} flows`, type, version: '' }, reason }] }
}

// Flows the export cannot or need not take, named with the reason instead of failing the run. What the
// service does with a locked or a secure flow is unconfirmed (docs/genesys-api.md marks neither), so those are
// exported like any other and only named as skipped when their own job is refused.
const NEVER_PUBLISHED = 'never published: nothing to snapshot (publish it in Architect to include it)'

/** Splits off the flows with nothing to export: those never published (only saved or checked in). */
export function exportableNow(flows: readonly FlowRef[]): { exportable: FlowRef[]; unexportable: FailedFlow[] } {
  const unexportable = flows.filter((ref) => ref.hold?.unpublished).map((ref) => ({ ref, reason: NEVER_PUBLISHED }))
  return { exportable: flows.filter((ref) => !ref.hold?.unpublished), unexportable }
}

/** Why a flow whose own job failed is skipped rather than failed, when its Flow entity explains it. */
export function skipReasonAfterFailure(ref: FlowRef): string | undefined {
  if (ref.hold?.lockedBy) return `locked in Architect by ${ref.hold.lockedBy}: its export was refused; it is snapshotted once it is unlocked`
  if (ref.hold?.secure) return 'a secure flow: Genesys Cloud refused its export'
  return undefined
}
