// Broken node references, planted where they break nothing else: an empty branch (a path without
// `nextActionId`) is pointed at an action id that does not exist, so no action becomes unreachable.

import type { Random } from '../random.js'
import type { EmulatedFlow, PlantedFinding } from '../types.js'

interface Candidate {
  flow: EmulatedFlow
  itemName: string
  action: Record<string, unknown>
  path: Record<string, unknown>
}

function emptyPaths(flow: EmulatedFlow): Candidate[] {
  const out: Candidate[] = []
  const items = flow.document.flowSequenceItemList as Array<{ name: string; actionList?: Array<Record<string, unknown>> }>
  for (const item of items) {
    for (const action of item.actionList ?? []) {
      for (const path of (action.paths as Array<Record<string, unknown>> | undefined) ?? []) {
        if (path.nextActionId === undefined) out.push({ flow, itemName: item.name, action, path })
      }
    }
  }
  return out
}

/** Two or three broken references, each in a different flow. */
export function plantBrokenReferences(random: Random, flows: readonly EmulatedFlow[]): PlantedFinding[] {
  const planted: PlantedFinding[] = []
  const count = random.int(2, 3)
  for (const flow of random.shuffle(flows)) {
    if (planted.length >= count) break
    const candidates = emptyPaths(flow)
    if (candidates.length === 0) continue
    const target = random.pick(candidates)
    const missingId = random.uuid()
    target.path.nextActionId = missingId
    planted.push({
      rule: 'broken-reference',
      flowId: flow.id,
      nodeId: String(target.action.id),
      detail: `${String(target.action.__type)} "${String(target.action.name)}" in "${target.itemName}": path ${String(target.path.outputId)} points to ${missingId}, which is not an action of that item.`,
    })
  }
  return planted
}
