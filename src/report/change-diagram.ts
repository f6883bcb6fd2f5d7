// A Mermaid flowchart of one changed task, state or menu: its actions (or choices) as they are now,
// added ones green, changed ones orange, removed ones dashed grey, re-pointed edges drawn thick.
// Node ids are generated (`a0`, `a1`, …) and labels go through the call graph's escaping, so any
// action name renders.
import { readFlowDocument, type ActionNode, type ChoiceNode, type FlowDocument, type ItemNode } from '../flows/document.js'
import { actionOutputs } from '../flows/edges.js'
import { isRecord, stringField } from '../flows/json.js'
import { mermaidLabel } from './mermaid.js'
import { actionText, itemText } from '../changes/labels.js'
import type { FlowChange } from '../flow-review.js'
import { choiceRuns, jumpText } from '../changes/wiring.js'

export interface ItemDiagramInput {
  readonly before: unknown
  readonly after: unknown
  /** The task, menu or state to draw (`FlowChange.itemId`). */
  readonly itemId: string
  /** The flow's changes (its review): what they name is marked. */
  readonly changes: readonly FlowChange[]
}

/** Most actions drawn; a larger item is drawn as its changed actions and their neighbours. */
const MAX_NODES = 60
const CHANGED_KINDS = new Set(['action-changed', 'action-renamed', 'action-moved', 'rewired', 'resource', 'flow-call', 'choice'])

type Mark = 'added' | 'changed' | 'removed'

interface Node {
  readonly key: string
  readonly label: string
  mark?: Mark
}

interface Link {
  readonly from: string
  readonly to: string
  readonly label: string
  readonly dashed: boolean
  readonly repointed: boolean
}

/** The Mermaid source (no Markdown fence); '' when the item is in neither version. */
export function itemChangeDiagram(input: ItemDiagramInput): string {
  const beforeFlow = isRecord(input.before) ? readFlowDocument(input.before) : undefined
  const afterFlow = isRecord(input.after) ? readFlowDocument(input.after) : undefined
  const item = afterFlow?.itemsById.get(input.itemId)
  const old = beforeFlow?.itemsById.get(input.itemId)
  const shown = item ?? old
  if (shown === undefined) return ''
  const mine = input.changes.filter((change) => change.itemId === input.itemId)
  const rewired = new Set(mine.filter((change) => change.kind === 'rewired').map((change) => change.actionId))
  const changed = new Set(mine.filter((change) => CHANGED_KINDS.has(change.kind)).map((change) => change.actionId))
  const nodes = new Map<string, Node>()
  const links: Link[] = []
  const node = (key: string, label: string, mark?: Mark): string => {
    if (!nodes.has(key)) nodes.set(key, { key, label, ...(mark === undefined ? {} : { mark }) })
    return key
  }
  const start = node('start', itemText(shown))
  const gone = item === undefined
  const markOf = (existed: boolean, id: string | undefined): Mark | undefined =>
    gone ? 'removed' : !existed ? 'added' : changed.has(id) ? 'changed' : undefined
  for (const action of shown.actions) node(action.id, actionText(action), markOf(old?.actionsById.has(action.id) === true, action.id))
  const startAction = stringField(shown.raw, 'startAction')
  const startMoved = mine.some((change) => change.kind === 'start-changed')
  if (startAction !== '') links.push({ from: start, to: startAction, label: '', dashed: gone, repointed: startMoved })
  for (const action of shown.actions) addEdges(action, links, gone, rewired.has(action.id), old)
  const removed = gone || old === undefined ? [] : old.actions.filter((action) => !item!.actionsById.has(action.id))
  if (removed.length > 0) {
    // What led into each removed action (its first output's label from each action), gathered in one pass.
    const into = new Map<string, Link[]>(removed.map((action) => [action.id, []]))
    for (const other of old!.actions) {
      const labels = new Map<string, string>()
      for (const output of actionOutputs(other)) if (into.has(output.target) && !labels.has(output.target)) labels.set(output.target, output.label)
      if (into.has(other.nextAction) && !labels.has(other.nextAction)) labels.set(other.nextAction, '')
      for (const [to, label] of labels) into.get(to)!.push({ from: other.id, to, label, dashed: true, repointed: false })
    }
    for (const action of removed) {
      node(action.id, actionText(action), 'removed')
      for (const link of into.get(action.id)!) links.push(link)
    }
  }
  // A menu: one edge per choice, labelled with its digit and name, to what the choice runs.
  const oldChoices = new Map((old?.choices ?? []).map((choice) => [choice.id, choice]))
  const draw = (choice: ChoiceNode, runsIn: FlowDocument, mark: Mark | undefined, dashed: boolean, repointed: boolean): void => {
    const target = node(`choice:${choice.id}`, choiceRuns(runsIn, choice), mark)
    const digit = choice.raw['digit']
    links.push({ from: 'start', to: target, label: `${digit === undefined ? '' : `${String(digit)}: `}${choice.name}`, dashed, repointed })
  }
  const flow = afterFlow ?? beforeFlow!
  for (const choice of shown.choices) {
    const previous = oldChoices.get(choice.id)
    const repointed = previous !== undefined && previous.action !== undefined && choice.action !== undefined && jumpText(beforeFlow!, previous.action) !== jumpText(flow, choice.action)
    draw(choice, flow, markOf(previous !== undefined, choice.action?.id), gone, repointed)
  }
  const shownChoices = new Set(shown.choices.map((choice) => choice.id))
  const removedChoices = gone ? [] : (old?.choices ?? []).filter((choice) => !shownChoices.has(choice.id))
  for (const choice of removedChoices) draw(choice, beforeFlow!, 'removed', true, false)
  return render(limit([...nodes.values()], links, MAX_NODES))
}

function addEdges(action: ActionNode, links: Link[], dashed: boolean, rewired: boolean, old: ItemNode | undefined): void {
  const previous = old?.actionsById.get(action.id)
  if (action.nextAction !== '') {
    const repointed = rewired && previous !== undefined && previous.nextAction !== action.nextAction
    links.push({ from: action.id, to: action.nextAction, label: '', dashed, repointed })
  }
  const oldTargets = new Map((previous === undefined ? [] : actionOutputs(previous)).map((output) => [output.outputId, output.target]))
  for (const output of actionOutputs(action)) {
    if (output.target === '') continue
    const repointed = rewired && oldTargets.has(output.outputId) && oldTargets.get(output.outputId) !== output.target
    links.push({ from: action.id, to: output.target, label: output.label, dashed, repointed })
  }
}

/** A large item is cut to its changed nodes and their neighbours, so the diagram stays readable. */
function limit(nodes: Node[], links: Link[], maxNodes: number): { nodes: Node[]; links: Link[] } {
  const present = new Set(nodes.map((candidate) => candidate.key))
  const kept = links.filter((link) => present.has(link.from) && present.has(link.to))
  if (nodes.length <= maxNodes) return { nodes, links: kept }
  const seeds = new Set(nodes.filter((candidate) => candidate.mark !== undefined || candidate.key === 'start').map((candidate) => candidate.key))
  const focus = new Set(seeds)
  for (const link of kept) if (seeds.has(link.from) || seeds.has(link.to) || link.repointed) [link.from, link.to].forEach((key) => focus.add(key))
  // Changed nodes first, so a cut never drops one for a neighbour.
  const chosen = [...nodes.filter((candidate) => seeds.has(candidate.key)), ...nodes.filter((candidate) => focus.has(candidate.key) && !seeds.has(candidate.key))].slice(0, maxNodes)
  const chosenKeys = new Set(chosen.map((candidate) => candidate.key))
  return { nodes: chosen, links: kept.filter((link) => chosenKeys.has(link.from) && chosenKeys.has(link.to)) }
}

function render({ nodes, links }: { nodes: Node[]; links: Link[] }): string {
  const alias = new Map(nodes.map((candidate, index) => [candidate.key, candidate.key === 'start' ? 'start' : `a${index}`]))
  const lines = ['flowchart TD']
  for (const candidate of nodes) {
    const shape = candidate.key === 'start' ? ['(["', '"])'] : ['["', '"]']
    lines.push(`  ${alias.get(candidate.key)}${shape[0]}${mermaidLabel(candidate.label)}${shape[1]}`)
  }
  const thick: number[] = []
  links.forEach((link, index) => {
    const arrow = link.dashed ? '-.->' : '-->'
    const label = link.label === '' ? '' : `|"${mermaidLabel(link.label)}"|`
    lines.push(`  ${alias.get(link.from)} ${arrow}${label} ${alias.get(link.to)}`)
    if (link.repointed) thick.push(index)
  })
  lines.push('  classDef added fill:#d3f9d8,stroke:#2b8a3e,stroke-width:2px,color:#000')
  lines.push('  classDef changed fill:#fff4e6,stroke:#e8590c,stroke-width:2px,color:#000')
  lines.push('  classDef removed fill:#f1f3f5,stroke:#868e96,stroke-width:2px,stroke-dasharray:5 5,color:#000')
  for (const mark of ['added', 'changed', 'removed'] as const) {
    const members = nodes.filter((candidate) => candidate.mark === mark).map((candidate) => alias.get(candidate.key))
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${mark}`)
  }
  if (thick.length > 0) lines.push(`  linkStyle ${thick.join(',')} stroke:#e8590c,stroke-width:3px`)
  return lines.join('\n')
}
