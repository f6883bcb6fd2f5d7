// flow-cycle: flows that call each other in a cycle, one finding per cycle, on the calling reference
// of its first flow (the smallest id, so the finding does not depend on the order files were read).
// A flow that transfers to itself restarts itself, which Architect allows: a warning.
import type { FlowCallSite } from '../calls.js'
import { buildCallGraph, cycleThrough, cyclicComponents } from '../call-graph.js'
import type { DraftFinding } from '../draft.js'
import { nodeLabel } from '../document.js'

export interface GraphFlow {
  readonly id: string
  readonly name: string
  readonly calls: readonly FlowCallSite[]
}

export interface CycleFinding {
  /** Index of the flow the finding is on. */
  readonly flow: number
  readonly draft: DraftFinding
}

/** How many flow names a message spells out before it abbreviates; `path` always has them all. */
const NAMES_IN_MESSAGE = 8

export function findCycles(flows: readonly GraphFlow[]): CycleFinding[] {
  const indexById = new Map<string, number>()
  flows.forEach((flow, index) => {
    if (!indexById.has(flow.id)) indexById.set(flow.id, index)
  })
  const findings: CycleFinding[] = []
  const from: number[] = []
  const to: number[] = []
  const tags: number[] = [] // position of the call in its flow's `calls`
  flows.forEach((flow, v) => {
    let selfCallReported = false
    flow.calls.forEach((call, position) => {
      const w = indexById.get(call.flowId)
      if (w === undefined) return
      if (w !== v) {
        from.push(v)
        to.push(w)
        tags.push(position)
      } else if (!selfCallReported) {
        selfCallReported = true
        findings.push({ flow: v, draft: selfCall(flow, call) })
      }
    })
  })
  const graph = buildCallGraph(flows.length, from, to, tags)
  for (const component of cyclicComponents(graph)) {
    const members = new Set(component)
    let start = component[0]
    for (const v of component) if (flows[v].id < flows[start].id) start = v
    const edges = cycleThrough(graph, start, (v) => members.has(v))
    const path = [start, ...edges.map((e) => graph.targets[e])]
    const call = flows[start].calls[graph.edgeTags[edges[0]]]
    findings.push({ flow: start, draft: cycle(flows, path, call) })
  }
  return findings
}

function cycle(flows: readonly GraphFlow[], path: readonly number[], call: FlowCallSite): DraftFinding {
  const names = path.map((v) => `"${flows[v].name}"`)
  const shown =
    names.length <= NAMES_IN_MESSAGE
      ? names.join(' → ')
      : `${names.slice(0, NAMES_IN_MESSAGE - 1).join(' → ')} → … → ${names[names.length - 1]} (${path.length - 1} flows)`
  return {
    rule: 'flow-cycle',
    nodeId: call.actionId,
    pointer: call.pointer,
    path: path.map((v) => flows[v].id),
    message: `Flows call each other in a cycle: ${shown}. Action ${nodeLabel({ name: call.actionName, id: call.actionId })} makes the first call. Break the cycle so every call chain ends, e.g. by returning to the caller instead of calling it again.`,
  }
}

function selfCall(flow: GraphFlow, call: FlowCallSite): DraftFinding {
  const transfer = call.actionType.startsWith('Transfer')
  return {
    rule: 'flow-cycle',
    nodeId: call.actionId,
    pointer: call.pointer,
    path: [flow.id, flow.id],
    defaultSeverity: transfer ? 'warning' : 'error',
    message: transfer
      ? `Action ${nodeLabel({ name: call.actionName, id: call.actionId })} transfers "${flow.name}" to itself, which restarts the flow. Make sure the restart cannot repeat forever.`
      : `Action ${nodeLabel({ name: call.actionName, id: call.actionId })} (${call.actionType}) makes "${flow.name}" call itself, which never ends. Remove the call or move the repeated steps into a loop.`,
  }
}
