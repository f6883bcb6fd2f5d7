// Broken node references, planted where they break nothing else: an empty branch (a path without
// `nextActionId`) is pointed at an action id that does not exist. Only an action with another branch that still
// runs off its end is chosen, so execution still reaches its `nextAction` and nothing becomes unreachable.

import type { Random } from '../random.js'
import type { EmulatedFlow, PlantedFinding } from '../types.js'

interface Candidate {
  flow: EmulatedFlow
  itemName: string
  action: Record<string, unknown>
  path: Record<string, unknown>
}

type Action = Record<string, unknown>
type Path = Record<string, unknown>

/** Actions after which a branch does not continue at its opener's `nextAction`. */
const STOPS = new Set(['DisconnectAction', 'EndTaskAction', 'TransferTaskAction', 'TransferMenuAction', 'ChangeStateAction', 'ExitBotFlowAction', 'TransferFlowAction', 'EndWorkflowAction', 'TransferPureMatchAction'])

/** True when a branch is empty or its last action lets execution carry on (the generator's branches are short chains). */
function runsOff(path: Path, byId: ReadonlyMap<string, Action>): boolean {
  let id = path.nextActionId as string | undefined
  let last: Action | undefined
  for (let guard = 0; id && guard < 1000; guard++) {
    last = byId.get(id)
    if (!last) return false
    id = last.nextAction as string | undefined
  }
  return !last || !STOPS.has(String(last.__type))
}

function emptyPaths(flow: EmulatedFlow): Candidate[] {
  const out: Candidate[] = []
  const items = flow.document.flowSequenceItemList as Array<{ name: string; actionList?: Action[] }>
  for (const item of items) {
    const byId = new Map((item.actionList ?? []).map((action) => [String(action.id), action]))
    for (const action of item.actionList ?? []) {
      const paths = (action.paths as Path[] | undefined) ?? []
      for (const path of paths) {
        if (path.nextActionId !== undefined) continue
        if (paths.some((other) => other !== path && runsOff(other, byId))) out.push({ flow, itemName: item.name, action, path })
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
