// The flow-to-flow call graph as a Mermaid flowchart. Node ids are generated (`n0`, `n1`, …) rather
// than flow UUIDs, and every label is quoted with Mermaid entity codes for the characters its parser
// or the Markdown fence would trip on, so any flow name renders.
//
// Mermaid's defaults cap a diagram at 50,000 characters (`maxTextSize`) and 500 edges (`maxEdges`;
// some 10.x releases hard-coded 280), and a graph of hundreds of flows is unreadable anyway: a large
// org is cut to the flows with findings and their neighbours, and the caller is told so.
import type { FlowCall, Finding, FlowOutcome } from '../model.js'
import { compareText } from '../text/compare.js'
import { addTo } from '../text/lists.js'

export type GraphFlow = Pick<FlowOutcome, 'id' | 'name' | 'type'>

const DEFAULT_MAX_NODES = 60
/** Well under Mermaid's edge limits. */
const MAX_EDGES = 200
const LABEL_MAX_CHARS = 60

export type CallGraph = ReturnType<typeof buildCallGraph>

/**
 * `mermaid`: the flowchart source, without the Markdown fence; empty when there are no calls to draw.
 * `maxNodes`: most flows drawn; above it the graph is cut.
 */
export function buildCallGraph(
  calls: readonly FlowCall[],
  flows: readonly GraphFlow[],
  findings: readonly Finding[],
  maxNodes = DEFAULT_MAX_NODES,
) {
  // One edge per calling pair, whatever the number of actions making that call.
  const edges: Edge[] = [...new Map(calls.map(({ from, to }) => [edgeKey(from, to), { from, to }] as const)).values()]
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to))
  const cyclePaths = findings.filter((finding) => finding.rule === 'flow-cycle').map((finding) => finding.path ?? [])
  const cycleEdges = new Set(cyclePaths.flatMap((path) => path.slice(1).map((to, index) => edgeKey(path[index]!, to))))
  const marks: Marks = {
    flowById: new Map(flows.map((flow) => [flow.id, flow])),
    missing: new Set(calls.filter((call) => !call.resolved).map((call) => call.to)),
    cycleNodes: new Set(cyclePaths.flat()),
    findingCount: new Map(),
  }
  for (const { flowId } of findings) marks.findingCount.set(flowId, (marks.findingCount.get(flowId) ?? 0) + 1)

  const allNodes = new Set<string>([...edges.flatMap((edge) => [edge.from, edge.to]), ...marks.cycleNodes])
  const { shown, cut } = chooseNodes(allNodes, edges, Math.max(1, maxNodes), marks)
  const rank = (edge: Edge): number =>
    cycleEdges.has(edgeKey(edge.from, edge.to)) ? 0 : marks.missing.has(edge.to) ? 1 : 2
  const shownEdges = edges
    .filter((edge) => shown.has(edge.from) && shown.has(edge.to))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_EDGES)
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to))
  return {
    mermaid: allNodes.size === 0 ? '' : render([...shown], shownEdges, cycleEdges, marks),
    totalFlows: allNodes.size,
    shownFlows: shown.size,
    totalCalls: edges.length,
    shownCalls: shownEdges.length,
    cut,
  }
}

type Edge = Pick<FlowCall, 'from' | 'to'>

interface Marks {
  readonly flowById: ReadonlyMap<string, GraphFlow>
  readonly missing: ReadonlySet<string>
  readonly cycleNodes: ReadonlySet<string>
  readonly findingCount: Map<string, number>
}

function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`
}

/** Which flows to draw: all of them when they fit, else the ones with problems and their neighbours. */
function chooseNodes(all: ReadonlySet<string>, edges: readonly Edge[], maxNodes: number, marks: Marks) {
  if (all.size <= maxNodes && edges.length <= MAX_EDGES) return { shown: new Set(all), cut: 'none' as const }
  const importance = (id: string): number =>
    (marks.cycleNodes.has(id) ? 1_000_000 : 0) + (marks.missing.has(id) ? 100_000 : 0) + (marks.findingCount.get(id) ?? 0)
  const important = [...all]
    .filter((id) => importance(id) > 0)
    .sort((a, b) => importance(b) - importance(a) || compareText(a, b))
  const neighbours = new Map<string, string[]>()
  for (const edge of edges) {
    addTo(neighbours, edge.from, edge.to)
    addTo(neighbours, edge.to, edge.from)
  }
  if (important.length === 0) {
    // Nothing to point at: draw the most connected flows, so the reader still sees the backbone.
    const degree = (id: string) => neighbours.get(id)?.length ?? 0
    const busiest = [...all].sort((a, b) => degree(b) - degree(a) || compareText(a, b))
    return { shown: new Set(busiest.slice(0, maxNodes)), cut: 'truncated' as const }
  }
  const focus = new Set(important)
  for (const id of important) for (const next of neighbours.get(id) ?? []) focus.add(next)
  if (focus.size <= maxNodes) return { shown: focus, cut: 'findings-and-neighbours' as const }
  const shown = new Set(important.slice(0, maxNodes))
  for (const id of important) {
    for (const next of neighbours.get(id) ?? []) if (shown.size < maxNodes) shown.add(next)
  }
  return { shown, cut: 'truncated' as const }
}

function render(nodeIds: readonly string[], edges: readonly Edge[], cycleEdges: ReadonlySet<string>, marks: Marks) {
  const ordered = [...nodeIds].sort(compareText)
  const alias = new Map(ordered.map((id, index) => [id, `n${index}`]))
  const lines = ['flowchart LR']
  for (const id of ordered) lines.push(`  ${alias.get(id)}["${mermaidLabel(nodeLabel(id, marks))}"]`)
  const cycleLinks: number[] = []
  edges.forEach((edge, index) => {
    lines.push(`  ${alias.get(edge.from)} --> ${alias.get(edge.to)}`)
    if (cycleEdges.has(edgeKey(edge.from, edge.to))) cycleLinks.push(index)
  })
  lines.push('  classDef cycle fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px,color:#000')
  lines.push('  classDef missing fill:#f1f3f5,stroke:#868e96,stroke-width:2px,stroke-dasharray:5 5,color:#000')
  lines.push('  classDef finding fill:#fff4e6,stroke:#e8590c,stroke-width:2px,color:#000')
  const classOf = (id: string): string | null =>
    marks.cycleNodes.has(id) ? 'cycle' : marks.missing.has(id) ? 'missing' : marks.findingCount.has(id) ? 'finding' : null
  for (const name of ['cycle', 'missing', 'finding']) {
    const members = ordered.filter((id) => classOf(id) === name).map((id) => alias.get(id))
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${name}`)
  }
  if (cycleLinks.length > 0) lines.push(`  linkStyle ${cycleLinks.join(',')} stroke:#c92a2a,stroke-width:3px`)
  return lines.join('\n')
}

function nodeLabel(id: string, marks: Marks): string {
  const flow = marks.flowById.get(id)
  if (flow) return `${truncate(flow.name || id)} (${flow.type})`
  return marks.missing.has(id) ? `missing flow ${id}` : `flow ${id}`
}

function truncate(text: string): string {
  // Cut before spreading: a flow name of 100 MB spread into characters aborts V8.
  const chars = [...text.slice(0, LABEL_MAX_CHARS * 2)]
  const whole = chars.length <= LABEL_MAX_CHARS && text.length <= LABEL_MAX_CHARS * 2
  return whole ? text : `${chars.slice(0, LABEL_MAX_CHARS - 1).join('')}…`
}

/**
 * Text safe inside a quoted Mermaid label: quotes, `#`, angle brackets, ampersands, backticks and
 * brackets become Mermaid entity codes (`#34;`), which Mermaid turns back into the characters when
 * it draws; line breaks and other control characters become spaces.
 */
export function mermaidLabel(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[#"<>&`[\]{}|\\]/g, (char) => `#${char.codePointAt(0)};`)
}
