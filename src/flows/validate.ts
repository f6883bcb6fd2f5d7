// The validation engine: every rule over every flow, then file and line for each finding.
// Pure: values in, values out. Rules report JSON pointers; each file's pointers are resolved to lines
// in one pass over its text, only when the file has findings.
import type { Finding, FlowCall, FlowFile, ResourceProblem, Rule, SeverityOrOff, ValidationResult } from '../model.js'
import { readFlowCalls, type FlowCallSite } from './calls.js'
import { MESSAGE_CHARS, type DraftFinding, type ReferenceTally } from './finding-draft.js'
import { resolveLines } from './lines.js'
import { findCycles, type GraphFlow } from './rules/cycles.js'
import { checkDuplicateIds } from './rules/duplicates.js'
import { checkFlowCalls } from './rules/flow-calls.js'
import { ID_CHARS } from './document.js'
import { checkFormatVersion, checkSize, readableDocument } from './rules/flow-level.js'
import { checkReachability } from './rules/reachability.js'
import { checkReferences } from './rules/references.js'
import { checkResources } from './rules/resources.js'
import { severityOf } from './severity.js'
import { compareText } from '../text/compare.js'
import { excerpt } from '../text/excerpt.js'
import { addTo } from '../text/lists.js'

export interface ValidateInput {
  readonly flows: readonly FlowFile[]
  /** id → lower-case type of flows in the repository but not in `flows` (they satisfy missing-flow). */
  readonly knownFlows: ReadonlyMap<string, string>
  readonly maxExportBytes: number
  /** Rule-severity overrides; `off` drops the rule's findings. */
  readonly severities?: Partial<Record<Rule, SeverityOrOff>>
  /** Resources the org reports deleted or stale, by flow (dependency tracking; absent when not checked). */
  readonly resourceProblems?: readonly ResourceProblem[]
}

export function validateFlows(input: ValidateInput): ValidationResult {
  const { flows } = input
  const indexById = new Map<string, number>()
  for (let index = 0; index < flows.length; index++) if (!indexById.has(flows[index].id)) indexById.set(flows[index].id, index)
  const types = flows.map((flow) => String(flow.type).toLowerCase())
  const tally: ReferenceTally = { checked: 0, valid: 0 }
  const drafts = new Map<number, DraftFinding[]>() // by flow index; most flows have none
  const graph: GraphFlow[] = []
  const calls: FlowCall[] = []
  const problemsByFlow = new Map<string, ResourceProblem[]>()
  for (const problem of input.resourceProblems ?? []) addTo(problemsByFlow, problem.flowId, problem)

  flows.forEach((flow, index) => {
    const emit = (draft: DraftFinding): void => addTo(drafts, index, draft)
    // A file that does not read as a flow has no document; one of a format this Action does not read, no calls.
    const document = checkSize(flow, input.maxExportBytes, emit) ? undefined : readableDocument(flow, emit)
    let sites: FlowCallSite[] = []
    if (document !== undefined && checkFormatVersion(document, emit)) {
      checkDuplicateIds(document, emit)
      checkReferences(document, emit, tally)
      checkReachability(document, emit)
      sites = readFlowCalls(document)
    }
    // Where each call goes: a validated flow wins over a repository entry of the same id.
    for (const site of sites) {
      const target = indexById.get(site.flowId)
      site.targetIndex = target ?? -1
      site.targetType = target === undefined ? input.knownFlows.get(site.flowId)?.toLowerCase() : types[target]
      calls.push({ from: flow.id, to: site.flowId, actionType: site.actionType, resolved: site.targetType !== undefined })
    }
    checkFlowCalls(flow, sites, emit, tally)
    checkResources(document, problemsByFlow.get(flow.id) ?? [], emit)
    graph.push({ id: flow.id, name: flow.name, calls: sites })
  })
  for (const cycle of findCycles(graph)) addTo(drafts, cycle.flow, cycle.draft)

  const findings = [...drafts].flatMap(([index, list]) => locate(flows[index], list, input.severities)).sort(byPlace)
  return {
    findings,
    calls,
    references: { checked: tally.checked, valid: tally.valid },
    integrityRate: tally.checked === 0 ? 1 : tally.valid / tally.checked,
  }
}

/** Drops findings whose rule is off, then gives the rest their file and line in one pass over the text. */
function locate(flow: FlowFile, drafts: readonly DraftFinding[], overrides: ValidateInput['severities']): Finding[] {
  const kept = drafts.flatMap((draft) => {
    const severity = severityOf(draft.rule, overrides, draft.defaultSeverity)
    return severity === 'off' ? [] : [{ draft, severity }]
  })
  if (kept.length === 0) return []
  const lines = resolveLines(flow.text, kept.map(({ draft }) => draft.pointer))
  // The last bound on what a finding carries from the file: each value in a message is cut where it is quoted
  // (nodeLabel), and a message that is still long (an id of megabytes) is cut here.
  return kept.map(({ draft, severity }, at) => ({
    rule: draft.rule,
    severity,
    flowId: excerpt(flow.id, ID_CHARS),
    flowName: excerpt(flow.name),
    file: flow.file,
    line: lines[at],
    nodeId: excerpt(draft.nodeId, ID_CHARS),
    message: excerpt(draft.message, MESSAGE_CHARS),
    ...(draft.path === undefined ? {} : { path: [...draft.path] }),
  }))
}

function byPlace(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || compareText(a.rule, b.rule)
}
