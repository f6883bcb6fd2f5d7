// flow-cycle: flows that call each other in a cycle, one finding per cycle, on the calling reference of its first
// flow (the smallest id, so the finding does not depend on the order files were read). A flow that transfers to
// itself restarts itself, which Architect allows: a warning. The call graph is kept in compact arrays; its strongly
// connected components are found by an iterative Tarjan (no recursion, so a million-long call chain cannot overflow
// the stack), with one concrete cycle per component. Nodes are indices into the validated flows.
import type { FlowCallSite } from '../calls.js'
import type { DraftFinding } from '../finding-draft.js'
import { excerpt } from '../../text/excerpt.js'

export interface GraphFlow {
  readonly id: string
  readonly name: string
  readonly calls: readonly FlowCallSite[]
}

/** How many flow names a message spells out before it abbreviates; `path` always has them all. */
const NAMES_IN_MESSAGE = 8

/** Findings with the index of the flow each is on. The calls' `targetIndex` must be filled in (validate.ts does it). */
export function findCycles(flows: readonly GraphFlow[]) {
  const findings: { flow: number; draft: DraftFinding }[] = []
  // Edges are added flow by flow, so they are already grouped by caller: offsets are counted as they come.
  const offsets = new Int32Array(flows.length + 1)
  const targets: number[] = []
  const tags: number[] = [] // position of the call in its flow's `calls`
  for (let v = 0; v < flows.length; v++) {
    const flow = flows[v]
    let selfCallReported = false
    for (let position = 0; position < flow.calls.length; position++) {
      const call = flow.calls[position]
      const w = call.targetIndex
      if (w === -1) continue
      if (w !== v) {
        targets.push(w)
        tags.push(position)
      } else if (!selfCallReported) {
        selfCallReported = true
        findings.push({ flow: v, draft: selfCall(flow, call) })
      }
    }
    offsets[v + 1] = targets.length
  }
  if (targets.length === 0) return findings
  const edgeTags = Int32Array.from(tags)
  const graph: CallGraph = { nodeCount: flows.length, offsets, targets: Int32Array.from(targets), edgeTags }
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
  const message = `Flows call each other in a cycle: ${shown}. Action ${call.actionLabel} makes the first call. Break the cycle so every call chain ends, e.g. by returning to the caller instead of calling it again.`
  return { ...call.finding('flow-cycle', message), path: path.map((v) => flows[v].id) }
}

function selfCall(flow: GraphFlow, call: FlowCallSite): DraftFinding {
  const transfer = call.actionType.startsWith('Transfer')
  const message = transfer
    ? `Action ${call.actionLabel} transfers "${excerpt(flow.name)}" to itself, which restarts the flow. Make sure the restart cannot repeat forever.`
    : `Action ${call.actionLabel} (${call.actionType}) makes "${excerpt(flow.name)}" call itself, which never ends. Remove the call or move the repeated steps into a loop.`
  const defaultSeverity = transfer ? 'warning' : 'error'
  return { ...call.finding('flow-cycle', message), path: [flow.id, flow.id], defaultSeverity }
}

interface CallGraph {
  readonly nodeCount: number
  /** Edges of node v are `targets[offsets[v] .. offsets[v + 1])`; `edgeTags` holds the caller's tag of each. */
  readonly offsets: Int32Array
  readonly targets: Int32Array
  readonly edgeTags: Int32Array
}

/** Components of two or more nodes (self-loops are left to the caller: they are a different finding). */
function cyclicComponents(graph: CallGraph): number[][] {
  const { nodeCount, offsets, targets } = graph
  const index = new Int32Array(nodeCount).fill(-1)
  const low = new Int32Array(nodeCount)
  const onStack = new Uint8Array(nodeCount)
  const stack = new Int32Array(nodeCount)
  const frameNode = new Int32Array(nodeCount)
  const frameEdge = new Int32Array(nodeCount)
  const components: number[][] = []
  let counter = 0
  let stackTop = 0
  for (let root = 0; root < nodeCount; root++) {
    if (index[root] !== -1) continue
    let frameTop = 0
    const enter = (v: number): void => {
      index[v] = low[v] = counter++
      stack[stackTop++] = v
      onStack[v] = 1
      frameNode[frameTop] = v
      frameEdge[frameTop] = offsets[v]
      frameTop++
    }
    enter(root)
    while (frameTop > 0) {
      const v = frameNode[frameTop - 1]
      const e = frameEdge[frameTop - 1]
      if (e < offsets[v + 1]) {
        frameEdge[frameTop - 1] = e + 1
        const w = targets[e]
        if (index[w] === -1) enter(w)
        else if (onStack[w] === 1 && index[w] < low[v]) low[v] = index[w]
        continue
      }
      frameTop--
      if (frameTop > 0) {
        const parent = frameNode[frameTop - 1]
        if (low[v] < low[parent]) low[parent] = low[v]
      }
      if (low[v] !== index[v]) continue
      const component: number[] = []
      let w: number
      do {
        w = stack[--stackTop]
        onStack[w] = 0
        component.push(w)
      } while (w !== v)
      if (component.length > 1) components.push(component)
    }
  }
  return components
}

/**
 * A shortest cycle through `start` inside its component, as the edge positions taken in order
 * (breadth-first, so a huge component still costs one pass over its edges).
 */
function cycleThrough(graph: CallGraph, start: number, member: (v: number) => boolean): number[] {
  const { offsets, targets } = graph
  // node → the node and edge position that first reached it; only the component's nodes
  const parent = new Map<number, readonly [node: number, edge: number]>()
  const queue: number[] = [start]
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e]
      if (w === start && v !== start) {
        const edges = [e]
        for (let at = v; at !== start; at = parent.get(at)![0]) edges.push(parent.get(at)![1])
        return edges.reverse()
      }
      if (w === start || !member(w) || parent.has(w)) continue
      parent.set(w, [v, e])
      queue.push(w)
    }
  }
  return []
}
