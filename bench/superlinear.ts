// bench:superlinear — one case per path suspected of growing faster than the size of one flow document (or the
// number of routing files): each is timed at N and 4N and the ratio printed (about 4 linear, about 16 quadratic).
// Prints figures; asserts nothing. BENCH_N=2000 sets N; BENCH_CASES=a,b picks cases by name.
import { validateFlows } from '../src/flows/validate.js'
import { buildCallGraph } from '../src/report/mermaid.js'
import { itemChangeDiagram } from '../src/report/change-diagram.js'
import { reviewFlowChange } from '../src/changes/index.js'
import { canonicalJson } from '../src/snapshot/canonical.js'
import { routingObjectsOf } from '../src/routing/objects.js'
import { checkRouting } from '../src/routing/rules.js'
import { callRoutingTable } from '../src/routing/table.js'
import type { FlowFile } from '../src/model.js'
import type { RoutingFile, RoutingKind } from '../src/routing/types.js'

type Json = Record<string, any>
const N = Number(process.env['BENCH_N'] ?? 2_000)
const NOW = new Date('2026-12-15T12:00:00Z')

function flowOf(items: Json[], extra: Json = {}): Json {
  return { name: 'Bench', type: 'inboundcall', flowMetaData: { flowDocumentVersion: '1.0' }, initialSequence: items[0]!['id'], flowSequenceItemList: items, ...extra }
}

function validate(document: Json): () => unknown {
  const text = JSON.stringify(document, null, 2)
  const file: FlowFile = { id: 'f', name: 'Bench', type: 'inboundcall', file: 'f.json', text, document, bytes: text.length }
  return () => validateFlows({ flows: [file], knownFlows: new Map(), maxExportBytes: 1e12 })
}

/** A task with `paths` outputs and `actions` End Task actions, each ending through output `target(i)`. */
function endingTask(n: number, target: (i: number) => string): Json {
  const paths = Array.from({ length: n }, (_, i) => ({ outputId: `out-${i}`, label: `Out ${i}` }))
  const actionList = Array.from({ length: n }, (_, i) => ({ __type: 'EndTaskAction', id: `a${i}`, name: `End ${i}`, pathReference: target(i) }))
  return { __type: 'Task', id: 'task', name: 'Task', startAction: 'a0', paths, actionList }
}

function routingFile(kind: RoutingKind, object: Json): RoutingFile {
  return { kind, id: object['id'], name: object['name'], path: `routing/${kind}/${object['id']}.json`, text: canonicalJson(object), object }
}

function routing(files: RoutingFile[]): () => unknown {
  return () => checkRouting({ files, objects: routingObjectsOf(files), flows: new Map(), now: NOW })
}

const CASES: Record<string, (n: number) => () => unknown> = {
  // references.ts: the task's output ids are collected again for every action with a pathReference.
  'path-reference': (n) => validate(flowOf([endingTask(n, (i) => `out-${i}`)])),
  // …and every broken one lists all of them in its message.
  'path-reference-broken': (n) => validate(flowOf([endingTask(n, (i) => `gone-${i}`)])),
  // references.ts: a Call Task's listed outputs are checked against its task's outputs, collected per call.
  // The called task has N outputs and one End Task action, so only the Call Tasks grow.
  'call-task-outputs': (n) => {
    const task = endingTask(n, () => 'out-0')
    const called = { ...task, actionList: task['actionList'].slice(0, 1) }
    const caller = {
      __type: 'Task', id: 'caller', name: 'Caller', startAction: 'c0',
      actionList: Array.from({ length: n }, (_, i) => ({ __type: 'CallTaskAction', id: `c${i}`, name: `Call ${i}`, taskReference: 'task', paths: [{ outputId: `out-${i}` }] })),
    }
    return validate(flowOf([caller, called]))
  },
  // duplicates.ts: every copy of an id quotes the first holder's name whole (N copies, a name of 50·N characters).
  'duplicate-long-name': (n) => {
    const actionList = Array.from({ length: n }, (_, i) => ({ __type: 'DisconnectAction', id: 'same', name: i === 0 ? 'x'.repeat(50 * n) : `A ${i}` }))
    return validate(flowOf([{ __type: 'Task', id: 'task', name: 'Task', startAction: 'same', actionList }]))
  },
  // references.ts: every broken caller of a common module quotes the module's name whole.
  'module-long-name': (n) => {
    const task = { __type: 'Task', id: 'task', name: 'Task', startAction: 'a', actionList: [{ __type: 'DisconnectAction', id: 'a' }] }
    const modules = [{ name: 'm'.repeat(50 * n), actionReferences: Array.from({ length: n }, (_, i) => `gone-${i}`) }]
    return validate(flowOf([task], { commonModules: modules }))
  },
  // mermaid.ts: one flow calling N missing flows (a cut graph): each neighbour list copied per edge.
  'mermaid-hub': (n) => {
    const calls = Array.from({ length: n }, (_, i) => ({ from: 'hub', to: `missing-${i}`, actionType: 'CallCommonModuleAction', resolved: false }))
    return () => buildCallGraph(calls, [{ id: 'hub', name: 'Hub', type: 'inboundcall' }], [])
  },
  // routing/rules.ts: one schedule group naming N schedules that do not exist (one file, N findings).
  'routing-missing-schedules': (n) =>
    routing([routingFile('schedule-groups', { id: 'g', name: 'Group', timeZone: 'Europe/London', openSchedules: Array.from({ length: n }, (_, i) => ({ id: `s${i}` })) })]),
  // routing/rules.ts: N groups, each with a route and an ended schedule (N·4 files).
  'routing-many-groups': (n) => {
    const files: RoutingFile[] = []
    for (let i = 0; i < n; i++) {
      files.push(routingFile('schedules', { id: `s${i}`, name: `Old ${i}`, start: '2023-12-25T00:00:00.000', end: '2023-12-26T00:00:00.000' }))
      files.push(routingFile('schedule-groups', { id: `g${i}`, name: `Group ${i}`, timeZone: 'Europe/London', holidaySchedules: [{ id: `s${i}` }, { id: `gone-${i}` }] }))
      files.push(routingFile('call-routes', { id: `r${i}`, name: `Route ${i}`, dnis: [`+1317555${i}`], scheduleGroup: { id: `g${i}` } }))
    }
    return routing(files)
  },
  // routing/rules.ts: an emergency group of N entries, each for its own route, each flow missing.
  'routing-emergency-entries': (n) => {
    const files: RoutingFile[] = []
    for (let i = 0; i < n; i++) files.push(routingFile('call-routes', { id: `r${i}`, name: `Route ${i}`, dnis: [`+1317555${i}`] }))
    const entries = Array.from({ length: n }, (_, i) => ({ emergencyFlow: { id: `gone-${i}` }, ivrs: [{ id: `r${i}` }] }))
    files.push(routingFile('emergency-groups', { id: 'e', name: 'Emergency', enabled: true, emergencyCallFlows: entries }))
    return routing(files)
  },
  // routing/answer.ts: a group of N one-off holiday schedules in the next 14 days (N + 2 files); at each of their
  // 2N boundaries every schedule of the group is asked whether it is in force.
  'routing-group-many-schedules': (n) => {
    const files: RoutingFile[] = []
    const refs: Json[] = []
    for (let i = 0; i < n; i++) {
      const start = new Date(NOW.getTime() + ((i * 13 * 86_400_000) / n)).toISOString().slice(0, 19)
      const end = new Date(NOW.getTime() + ((i * 13 * 86_400_000) / n) + 60_000).toISOString().slice(0, 19)
      files.push(routingFile('schedules', { id: `s${i}`, name: `Holiday ${i}`, start, end }))
      refs.push({ id: `s${i}` })
    }
    files.push(routingFile('schedules', { id: 'open', name: 'Open', start: '2020-01-06T00:00:00.000', end: '2020-01-06T23:59:00.000', rrule: 'FREQ=DAILY' }))
    files.push(routingFile('schedule-groups', { id: 'g', name: 'Group', timeZone: 'Europe/London', openSchedules: [{ id: 'open' }], holidaySchedules: refs }))
    files.push(routingFile('call-routes', { id: 'r', name: 'Route', dnis: ['+13175550100'], scheduleGroup: { id: 'g' }, openHoursFlow: { id: 'f' } }))
    return routing(files)
  },
  // routing/answer.ts: the Call routing table asks, for each of N routes, which enabled emergency group covers it.
  'routing-table-emergency': (n) => {
    const files: RoutingFile[] = []
    for (let i = 0; i < n; i++) files.push(routingFile('call-routes', { id: `r${i}`, name: `Route ${i}`, dnis: [`+1317555${i}`], openHoursFlow: { id: 'f' } }))
    const entries = Array.from({ length: n }, (_, i) => ({ emergencyFlow: { id: `e-${i}` }, ivrs: [{ id: `r${i}` }] }))
    files.push(routingFile('emergency-groups', { id: 'e', name: 'Emergency', enabled: true, emergencyCallFlows: entries }))
    const objects = routingObjectsOf(files)
    return () => callRoutingTable(objects, NOW)
  },
  // change-diagram.ts: N actions removed from a task; for each, every old action is scanned for edges into it.
  'diagram-removed-actions': (n) => {
    const actionList = Array.from({ length: n }, (_, i) => ({ __type: 'DecisionAction', id: `a${i}`, name: `A ${i}`, nextAction: `a${i + 1}`, paths: [{ outputId: '__YES__', nextActionId: `a${i + 1}` }] }))
    const before = flowOf([{ __type: 'Task', id: 'task', name: 'Task', startAction: 'a0', actionList }])
    const after = flowOf([{ __type: 'Task', id: 'task', name: 'Task', startAction: 'a0', actionList: [actionList[0]] }])
    return () => itemChangeDiagram({ before, after, itemId: 'task', changes: [] })
  },
  // change-diagram.ts: N menu choices replaced; each old one is looked for among all the new ones.
  'diagram-removed-choices': (n) => {
    const menu = (prefix: string): Json => ({
      __type: 'Menu', id: 'menu', name: 'Menu',
      menuChoiceList: Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i}`, action: { __type: 'DisconnectAction', id: `${prefix}-act-${i}` } })),
    })
    const before = flowOf([menu('old')])
    const after = flowOf([menu('new')])
    return () => itemChangeDiagram({ before, after, itemId: 'menu', changes: [] })
  },
  // changes/fields.ts: a list of N plain values replaced; each added one is looked for in the whole list.
  'review-plain-list': (n) => {
    const action = (prefix: string): Json => ({ __type: 'DisconnectAction', id: 'a', name: 'A', speechTerms: Array.from({ length: n }, (_, i) => `${prefix} ${i}`) })
    const before = flowOf([{ __type: 'Task', id: 'task', name: 'Task', startAction: 'a', actionList: [action('old')] }])
    const after = flowOf([{ __type: 'Task', id: 'task', name: 'Task', startAction: 'a', actionList: [action('new')] }])
    return () => reviewFlowChange({ before, after, flowId: 'f', name: 'Bench' })
  },
  // changes/fields.ts: an action holding a value nested N deep (the same in both versions): each level copies its
  // parent's path and labels.
  'review-deep-value': (n) => {
    let deep: Json = { leaf: 'same' }
    for (let level = 0; level < n; level++) deep = { inner: deep }
    const action = (name: string): Json => ({ __type: 'DisconnectAction', id: 'a', name, settings: deep })
    const before = flowOf([{ __type: 'Task', id: 'task', name: 'Task', startAction: 'a', actionList: [action('Old')] }])
    const after = flowOf([{ __type: 'Task', id: 'task', name: 'Task', startAction: 'a', actionList: [action('New')] }])
    return () => reviewFlowChange({ before, after, flowId: 'f', name: 'Bench', afterText: '{}' })
  },
  // changes/flow-level.ts: N manifest queues replaced; each added one is looked for among all removed ones.
  'review-manifest': (n) => {
    const task = { __type: 'Task', id: 'task', name: 'Task', startAction: 'a', actionList: [{ __type: 'DisconnectAction', id: 'a' }] }
    const queues = (prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, name: `${prefix} ${i}`, context: [{ id: `user-${prefix}-${i}` }] }))
    const before = flowOf([task], { manifest: { queue: queues('old') } })
    const after = flowOf([task], { manifest: { queue: queues('new') } })
    return () => reviewFlowChange({ before, after, flowId: 'f', name: 'Bench' })
  },
}

function ms(work: () => unknown): number {
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    work()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

const chosen = process.env['BENCH_CASES']?.split(',') ?? Object.keys(CASES)
console.log(`case                          N=${N} ms   4N ms   ratio`)
for (const name of chosen) {
  const small = ms(CASES[name]!(N))
  const large = ms(CASES[name]!(4 * N))
  console.log(`${name.padEnd(28)} ${small.toFixed(1).padStart(10)} ${large.toFixed(1).padStart(8)} ${(large / small).toFixed(1).padStart(7)}`)
}
