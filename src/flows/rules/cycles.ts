// flow-cycle: flows that call each other in a cycle, one finding per cycle, on the calling reference
// of its first flow (the smallest id, so the finding does not depend on the order files were read).
// A flow that transfers to itself restarts itself, which Architect allows: a warning.
import type { FlowCallSite } from '../calls.js'
import { buildCallGraph, cycleThrough, cyclicComponents } from '../call-graph.js'
import type { DraftFinding } from '../finding-draft.js'
import { excerpt } from '../../text/excerpt.js'

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

/** The calls' `targetIndex` must be filled in (validate.ts does it once per call). */
export function findCycles(flows: readonly GraphFlow[]): CycleFinding[] {
  const findings: CycleFinding[] = []
  const from: number[] = []
  const to: number[] = []
  const tags: number[] = [] // position of the call in its flow's `calls`
  for (let v = 0; v < flows.length; v++) {
    const flow = flows[v]
    let selfCallReported = false
    for (let position = 0; position < flow.calls.length; position++) {
      const call = flow.calls[position]
      const w = call.targetIndex
      if (w === -1) continue
      if (w !== v) {
        from.push(v)
        to.push(w)
        tags.push(position)
      } else if (!selfCallReported) {
        selfCallReported = true
        findings.push({ flow: v, draft: selfCall(flow, call) })
      }
    }
  }
  if (from.length === 0) return findings
  const graph = buildCallGraph(flows.length, from, to, tags)
  const components = cyclicComponents(graph)
  const componentOf = new Int32Array(components.length === 0 ? 0 : flows.length).fill(-1)
  components.forEach((component, c) => {
    for (const v of component) componentOf[v] = c
  })
  for (let c = 0; c < components.length; c++) {
    const component = components[c]
    let start = component[0]
    for (const v of component) if (flows[v].id < flows[start].id) start = v
    const edges = cycleThrough(graph, start, (v) => componentOf[v] === c)
    const path = [start, ...edges.map((e) => graph.targets[e])]
    const call = flows[start].calls[graph.edgeTags[edges[0]]]
    findings.push({ flow: start, draft: cycle(flows, path, call) })
  }
  return findings
}

function cycle(flows: readonly GraphFlow[], path: readonly number[], call: FlowCallSite): DraftFinding {
  const name = (v: number): string => `"${excerpt(flows[v].name)}"`
  const shown =
    path.length <= NAMES_IN_MESSAGE
      ? path.map(name).join(' → ')
      : `${path.slice(0, NAMES_IN_MESSAGE - 1).map(name).join(' → ')} → … → ${name(path[path.length - 1])} (${path.length - 1} flows)`
  return {
    rule: 'flow-cycle',
    nodeId: call.actionId,
    pointer: call.pointer,
    path: path.map((v) => flows[v].id),
    message: `Flows call each other in a cycle: ${shown}. Action ${call.actionLabel} makes the first call. Break the cycle so every call chain ends, e.g. by returning to the caller instead of calling it again.`,
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
      ? `Action ${call.actionLabel} transfers "${excerpt(flow.name)}" to itself, which restarts the flow. Make sure the restart cannot repeat forever.`
      : `Action ${call.actionLabel} (${call.actionType}) makes "${excerpt(flow.name)}" call itself, which never ends. Remove the call or move the repeated steps into a loop.`,
  }
}
