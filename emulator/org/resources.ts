// The org's queues and data actions, and the two planted deleted ones: one flow transfers to a queue that was
// deleted, another calls a data action that was deleted. Drawn from their own seeded source, so the rest of
// the generated org is the same as before they existed.

import type { Random } from '../random.js'
import type { EmulatedFlow, EmulatedResource, PlantedFinding } from '../types.js'
import { buildManifest } from './manifest.js'
import { DATA_ACTIONS, QUEUES } from './names.js'
import { queueValue } from './values.js'

type Action = Record<string, unknown>
type Item = Record<string, unknown>

export function liveResources(): EmulatedResource[] {
  return [
    ...QUEUES.map((queue) => ({ ...queue, type: 'QUEUE', deleted: false, updated: false })),
    ...DATA_ACTIONS.map((action) => ({ ...action, type: 'DATAACTION', deleted: false, updated: false })),
  ]
}

function actionsOf(flow: EmulatedFlow, type: string): Action[] {
  const items = flow.document.flowSequenceItemList as Item[]
  return items.flatMap((item) => (item.actionList as Action[] | undefined) ?? []).filter((action) => action.__type === type)
}

/** Keeps `manifest` in step with the actions, as Architect does when a flow is saved. */
function refreshManifest(flow: EmulatedFlow): void {
  flow.document.manifest = buildManifest(flow.document.flowSequenceItemList as Item[])
}

/**
 * Points one flow's Transfer to ACD at a queue that is deleted, and one other flow's data action at a data
 * action that is deleted. Common modules are left alone: their callers hold frozen snapshots of them.
 */
export function plantDeletedResources(random: Random, flows: readonly EmulatedFlow[]): { resources: EmulatedResource[]; planted: PlantedFinding[] } {
  const resources: EmulatedResource[] = []
  const planted: PlantedFinding[] = []
  const candidates = flows.filter((flow) => !flow.deleted && flow.type !== 'commonmodule')
  const queueUsers = random.shuffle(candidates.filter((flow) => actionsOf(flow, 'TransferPureMatchAction').length > 0))
  const queueFlow = queueUsers[0]
  if (queueFlow) {
    const queue: EmulatedResource = { id: random.uuid(), name: 'Retired Queue', type: 'QUEUE', deleted: true, updated: false }
    const transfer = actionsOf(queueFlow, 'TransferPureMatchAction')[0]!
    transfer.queues = [queueValue(queue.name, queue.id)]
    refreshManifest(queueFlow)
    resources.push(queue)
    planted.push({
      rule: 'deleted-resource',
      flowId: queueFlow.id,
      nodeId: String(transfer.id),
      resourceId: queue.id,
      detail: `${String(transfer.__type)} "${String(transfer.name)}" transfers to queue "${queue.name}" (${queue.id}), which was deleted.`,
    })
  }
  const dataUsers = random.shuffle(candidates.filter((flow) => flow !== queueFlow && actionsOf(flow, 'DataAction').length > 0))
  const dataFlow = dataUsers[0]
  if (dataFlow) {
    const dataAction: EmulatedResource = { id: `custom_-_${random.uuid()}`, name: 'Legacy CRM Lookup', type: 'DATAACTION', deleted: true, updated: false }
    const call = actionsOf(dataFlow, 'DataAction')[0]!
    call.actionId = dataAction.id
    call.actionName = dataAction.name
    refreshManifest(dataFlow)
    resources.push(dataAction)
    planted.push({
      rule: 'deleted-resource',
      flowId: dataFlow.id,
      nodeId: String(call.id),
      resourceId: dataAction.id,
      detail: `DataAction "${String(call.name)}" calls data action "${dataAction.name}" (${dataAction.id}), which was deleted.`,
    })
  }
  return { resources, planted }
}
