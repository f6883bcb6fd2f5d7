// The generated org: `flows` flows of real types that call each other, with a few defects planted on purpose
// (broken node references, calls to missing flows, exactly one call cycle, a deleted queue and data action in use), all drawn from the seed,
// and call routing over its inbound-call flows (org/routing.ts).

import { createRandom, type Random } from '../random.js'
import type { EmulatedFlow, EmulatedOrg, PlantedFinding } from '../types.js'
import { Ids, type FlowRefSpec } from './actions.js'
import { assembleDocument, type ModuleSnapshotSource } from './document.js'
import { createNamer } from './names.js'
import { plantBrokenReferences } from './plant.js'
import { liveResources, plantDeletedResources } from './resources.js'
import { generateRouting } from './routing.js'
import { buildTemplate, CALLER_TYPES, type FlowCalls } from './templates.js'

export interface GenerateOptions {
  flows: number
  seed: number | string
  deletedFlows?: number
  /** Plant the defects (default true); false gives a clean org. */
  plant?: boolean
}

/** Twelve flows of this pattern make the default org; larger orgs repeat it. */
const PATTERN = [
  'inboundcall', 'commonmodule', 'inqueuecall', 'inboundcall', 'inboundshortmessage', 'bot',
  'workflow', 'inboundcall', 'commonmodule', 'inqueuecall', 'inboundshortmessage', 'inboundcall',
] as const

interface Plan extends FlowRefSpec {
  type: string
  description: string
  deleted: boolean
  calls: FlowCalls
}

function planFlows(random: Random, count: number, deleted: number): Plan[] {
  const nameFor = createNamer(random)
  const plans: Plan[] = []
  for (let i = 0; i < count + deleted; i++) {
    const type = i < count ? PATTERN[i % PATTERN.length]! : 'inboundcall'
    const name = nameFor(type)
    plans.push({
      id: random.uuid(),
      name,
      version: `${random.int(1, 6)}.0`,
      type,
      description: `${name}: emulated ${type} flow.`,
      deleted: i >= count,
      calls: { missing: [] },
    })
  }
  return plans
}

/** Callers reach modules, in-queue flows and bots only: those call nothing, so the only cycle is the planted one. */
function planCalls(plans: Plan[]): void {
  const live = plans.filter((plan) => !plan.deleted)
  const ofType = (type: string): Plan[] => live.filter((plan) => plan.type === type)
  const modules = ofType('commonmodule')
  const inQueues = ofType('inqueuecall')
  const bots = ofType('bot')
  live.forEach((plan, i) => {
    if (!(CALLER_TYPES as readonly string[]).includes(plan.type)) return
    if (modules.length > 0) plan.calls.commonModule = modules[i % modules.length]
    if (plan.type === 'inboundcall' && inQueues.length > 0) plan.calls.inQueue = inQueues[i % inQueues.length]
    if (plan.type === 'inboundshortmessage' && bots.length > 0) plan.calls.bot = bots[i % bots.length]
  })
}

function plantCalls(random: Random, plans: Plan[], planted: PlantedFinding[]): void {
  const live = plans.filter((plan) => !plan.deleted)
  const inbound = random.shuffle(live.filter((plan) => plan.type === 'inboundcall'))
  if (inbound.length >= 2) {
    const [a, b] = [inbound[0]!, inbound[1]!]
    a.calls.transferTo = b
    b.calls.transferTo = a
    planted.push({
      rule: 'flow-cycle',
      flowId: a.id,
      detail: `inboundcall "${a.name}" transfers to inboundcall "${b.name}" (TransferFlowAction), which transfers back.`,
      path: [a.id, b.id, a.id],
    })
  }
  const callers = random.shuffle(live.filter((plan) => (CALLER_TYPES as readonly string[]).includes(plan.type)))
  const missingCount = Math.min(callers.length, random.int(1, 2))
  for (const caller of callers.slice(0, missingCount)) {
    caller.calls.missing.push({ id: random.uuid(), name: 'CM Retired Module', version: '2.0' })
  }
}

function recordMissing(flow: EmulatedFlow, plan: Plan, planted: PlantedFinding[]): void {
  const missingIds = new Set(plan.calls.missing.map((target) => target.id))
  const items = flow.document.flowSequenceItemList as Array<{ actionList?: Array<Record<string, unknown>> }>
  for (const action of items.flatMap((item) => item.actionList ?? [])) {
    if (typeof action.flowId === 'string' && missingIds.has(action.flowId)) {
      planted.push({
        rule: 'missing-flow',
        flowId: flow.id,
        nodeId: String(action.id),
        detail: `${String(action.__type)} calls flow ${action.flowId} ("${String(action.flowName)}"), which does not exist in the org.`,
      })
    }
  }
}

export function generateOrg(options: GenerateOptions): EmulatedOrg {
  const random = createRandom(`${options.seed}:org`)
  const plans = planFlows(random, Math.max(0, options.flows), Math.max(0, options.deletedFlows ?? 0))
  const planted: PlantedFinding[] = []
  planCalls(plans)
  if (options.plant !== false) plantCalls(random, plans, planted)

  // Modules first: their documents are copied into their callers.
  const ordered = [...plans.filter((p) => p.type === 'commonmodule'), ...plans.filter((p) => p.type !== 'commonmodule')]
  const modules = new Map<string, ModuleSnapshotSource>()
  const built = new Map<string, EmulatedFlow>()
  for (const plan of ordered) {
    const ids = new Ids(random)
    const template = buildTemplate(plan.type, ids, random, plan.calls)
    const document = assembleDocument(plan.type, plan.name, plan.description, template, ids, modules)
    const flow: EmulatedFlow = { id: plan.id, name: plan.name, type: plan.type, version: plan.version, description: plan.description, deleted: plan.deleted, document }
    // One frozen copy per module serves as every caller's snapshot: planting later changes only the module itself.
    if (plan.type === 'commonmodule') modules.set(plan.id, { name: plan.name, version: plan.version, document: deepFreeze(structuredClone(document)) })
    built.set(plan.id, flow)
    recordMissing(flow, plan, planted)
  }
  const flows = plans.map((plan) => built.get(plan.id)!)
  if (options.plant !== false) planted.push(...plantBrokenReferences(random, flows.filter((flow) => !flow.deleted)))
  const resources = liveResources()
  if (options.plant !== false) {
    const deleted = plantDeletedResources(createRandom(`${options.seed}:resources`), flows)
    resources.push(...deleted.resources)
    planted.push(...deleted.planted)
  }
  return { flows, planted, resources, routing: generateRouting(options.seed, flows, options.plant !== false) }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
