// bench:validate — how validation scales. Prints figures; asserts nothing about time.
//
// First the whole process (validate-process.ts): the built Action over generated repositories of
// 5,000 and 50,000 flow files. BENCH_VALIDATE=process or =engine runs only that part.
//
// Then the engine in this process. Each graph is N flows of about 1,000 node edges each (the flows of
// scripts/support/flow-repo.ts). One flow in fifty has a dangling branch, so findings get file and
// line as in a real run. Measured separately, per graph (wall time; for validation also the process's
// CPU time, which other work on a busy machine does not inflate):
//   text      JSON.stringify(document, null, 2) of every flow, as the snapshot writes files;
//   validate  validateFlows over all flows: every rule, the call graph and its cycles, and line
//             resolution for the files that have findings (one pass over each such file's text);
//   lines     one pass over EVERY file's text (the worst case: a finding in every file).
// Then two stress runs that must finish without a stack overflow: a 1,000,000-flow call chain that
// closes into one cycle, and one flow of 1,000,000 actions in a single chain.
import v8 from 'node:v8'
import vm from 'node:vm'
import { resolveLines } from '../src/flows/lines.js'
import { validateFlows } from '../src/flows/validate.js'
import type { FlowFile } from '../src/model.js'
import { flowId, graphFlow, type Json } from '../scripts/support/flow-repo.js'
import { benchWholeProcess } from './validate-process.js'

const EDGES_PER_FLOW = 1_000
const BROKEN_EVERY = 50

function asFile(id: string, name: string, type: string, document: Json, text: string): FlowFile {
  return { id, name, type, file: `genesys-flows/${type}/${name.replace(/\W+/g, '-').toLowerCase()}--${id}.json`, text, document, bytes: text.length }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

// A full collection before each measured step, so one step's garbage is not billed to the next.
v8.setFlagsFromString('--expose-gc')
const fullCollection = vm.runInNewContext('gc') as () => void

function collect(): void {
  fullCollection()
}

interface GraphFigures {
  readonly edges: number
  readonly validateMs: number
}

function runGraph(targetEdges: number): GraphFigures {
  const flowCount = Math.max(1, Math.round(targetEdges / EDGES_PER_FLOW))
  // 2 edges a block plus the flow's own: initialSequence, taskReference, startAction, the call, its failure branch.
  const blocks = Math.round((targetEdges / flowCount - 5) / 2)
  const documents = Array.from({ length: flowCount }, (_, n) => graphFlow(n, blocks, (n + 1) % flowCount === 0 ? flowCount + 1 : n + 1, n % BROKEN_EVERY === 1))
  collect()
  const textStart = performance.now()
  const texts = documents.map((document) => `${JSON.stringify(document, null, 2)}\n`)
  const textMs = performance.now() - textStart
  const flows = documents.map((document, n) => asFile(flowId(n), String(document['name']), String(document['type']), document, texts[n]))
  const knownFlows = new Map([[flowId(flowCount + 1), 'inboundcall']])
  collect()
  const heapBefore = process.memoryUsage().heapUsed
  const validateStart = performance.now()
  const cpuStart = process.cpuUsage()
  const result = validateFlows({ flows, knownFlows, maxExportBytes: 52_428_800 })
  const validateMs = performance.now() - validateStart
  const cpu = process.cpuUsage(cpuStart)
  const heapAfter = process.memoryUsage().heapUsed
  const linesStart = performance.now()
  for (const flow of flows) resolveLines(flow.text, [['flowSequenceItemList', 1, 'actionList', blocks, 'nextAction']])
  const linesMs = performance.now() - linesStart
  const nodes = documents.length * (blocks * 2 + 2 + 2 + 2) // actions + menu choice action + items
  const textBytes = texts.reduce((sum, text) => sum + text.length, 0)
  console.log(
    [
      `${targetEdges.toLocaleString('en-US').padStart(9)} edges:`,
      `${flowCount} flows`,
      `${nodes.toLocaleString('en-US')} nodes`,
      `${result.references.checked.toLocaleString('en-US')} references checked`,
      `${result.findings.length} findings`,
      `text ${seconds(textMs)} (${mib(textBytes)})`,
      `validate ${seconds(validateMs)} (cpu ${seconds((cpu.user + cpu.system) / 1000)})`,
      `lines, every file ${seconds(linesMs)}`,
      `heap +${mib(Math.max(0, heapAfter - heapBefore))} during validation, rss ${mib(process.memoryUsage().rss)}`,
    ].join(' | '),
  )
  return { edges: result.references.checked, validateMs }
}

/** 1,000,000 flows, each transferring to the next, the last back to the first: one cycle. */
function runCallChain(count: number): void {
  const flows: FlowFile[] = []
  for (let n = 0; n < count; n++) {
    const document = {
      flowMetaData: { flowDocumentVersion: '1.0' },
      initialSequence: 't',
      type: 'inboundcall',
      flowSequenceItemList: [{ __type: 'Task', id: 't', name: 'T', startAction: 'a', actionList: [{ __type: 'TransferFlowAction', id: 'a', name: 'Next', flowId: flowId((n + 1) % count), paths: [] }] }],
    }
    flows.push(asFile(flowId(n), `Chain ${n}`, 'inboundcall', document, JSON.stringify(document)))
  }
  collect()
  const start = performance.now()
  const result = validateFlows({ flows, knownFlows: new Map(), maxExportBytes: 52_428_800 })
  const cycle = result.findings.find((finding) => finding.rule === 'flow-cycle')
  console.log(
    `call chain: ${count.toLocaleString('en-US')} flows, ${result.calls.length.toLocaleString('en-US')} calls | validate ${seconds(performance.now() - start)} | ` +
      `flow-cycle path of ${cycle?.path?.length.toLocaleString('en-US') ?? 'no'} ids | rss ${mib(process.memoryUsage().rss)}`,
  )
}

/** One flow whose task is a single chain of `count` actions, the last one dangling. */
function runHugeFlow(count: number): void {
  const actions: Json[] = []
  for (let n = 0; n < count; n++) actions.push({ __type: 'PlayAudioAction', id: `x${n}`, name: `Step ${n}`, nextAction: `x${n + 1}` })
  actions.push({ __type: 'DisconnectAction', id: `x${count}`, name: 'End' })
  actions[count >> 1] = { ...actions[count >> 1], nextAction: 'missing' }
  const document = { flowMetaData: { flowDocumentVersion: '1.0' }, initialSequence: 't', type: 'inboundcall', flowSequenceItemList: [{ __type: 'Task', id: 't', name: 'Huge', startAction: 'x0', actionList: actions }] }
  const textStart = performance.now()
  const text = `${JSON.stringify(document, null, 2)}\n`
  const textMs = performance.now() - textStart
  collect()
  const start = performance.now()
  const result = validateFlows({ flows: [asFile(flowId(1), 'Huge', 'inboundcall', document, text)], knownFlows: new Map(), maxExportBytes: 1e12 })
  console.log(
    `one flow: ${count.toLocaleString('en-US')} actions, ${result.references.checked.toLocaleString('en-US')} references | text ${seconds(textMs)} (${mib(text.length)}) | ` +
      `validate ${seconds(performance.now() - start)} | ${result.findings.length.toLocaleString('en-US')} findings (the broken edge, and the actions after it unreachable) | rss ${mib(process.memoryUsage().rss)}`,
  )
}

const part = process.env.BENCH_VALIDATE ?? 'all'
console.log(`bench:validate on Node ${process.version}, ${process.arch}.`)
if (part !== 'engine') await benchWholeProcess()
if (part !== 'process') {
  console.log('engine, in process; figures are wall time of one run:')
  const figures = [10_000, 100_000, 1_000_000].map(runGraph)
  const growth = figures[2].validateMs / figures[1].validateMs
  console.log(`growth 100k → 1M edges: ${(figures[2].edges / figures[1].edges).toFixed(1)}× edges, ${growth.toFixed(1)}× validate time`)
  runCallChain(1_000_000)
  runHugeFlow(1_000_000)
}
