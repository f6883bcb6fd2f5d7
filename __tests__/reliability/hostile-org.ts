// An org of hostile flow content, written as an emulator `orgDir`: real generated flow documents (so calls
// and items are sound), renamed to names that try to escape output-dir or inject workflow commands, plus a
// flow that transfers to itself, a 4,000-level nested value and a flow of a million JSON nodes.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startEmulator, type EmulatedFlow } from '../../emulator/index.js'

/**
 * The emulator encodes exports with JSON.stringify, which overflows Node 20's default stack at about 4,500
 * levels; 4,000 is the deepest it serves. Deeper values (5,000 and 50,000) are tested one layer below, in
 * hostile-layers.test.ts.
 */
export const NESTING_DEPTH = 4_000
export const BULK_NODES = 1_000_000

/** Names that are paths, reserved names, control characters, workflow commands or simply too long. */
export const HOSTILE_NAMES: readonly string[] = [
  '../../x',
  '../../../../../../etc/cron.d/evil',
  'a/b/../../c',
  '..',
  '.git',
  '.git/hooks/pre-commit',
  'CON',
  'aux.txt',
  'back\\slash\\..\\..\\x',
  'NUL\u0000byte',
  'L'.repeat(500),
  '日本語のフロー',
  '\u202Eexe.gnp right-to-left override',
  'Line 📞 with emoji and é̂ combining',
  'Evil\n::error title=injected::command from a flow name',
  'Evil\r\n::add-mask::genesys',
  '%0A::warning::percent-encoded newline',
]

export interface HostileOrg {
  readonly dir: string
  /** Id of the inbound-call flow that now transfers to itself. */
  readonly selfCallingId: string
  readonly deepId: string
  readonly bulkId: string
  /** Every flow written: id → name. */
  readonly names: ReadonlyMap<string, string>
}

/** Builds the org under `dir` from a small generated org (seed fixed, so the files are the same every run). */
export async function writeHostileOrg(dir: string): Promise<HostileOrg> {
  const source = await startEmulator({ flows: 6, seed: 5, plant: true })
  const flows = source.org.flows.filter((flow) => !flow.deleted).map((flow) => ({ ...flow, document: structuredClone(flow.document) }))
  await source.close()

  const cycle = source.org.planted.find((planted) => planted.rule === 'flow-cycle')!
  const [selfCallingId, partnerId] = cycle.path!
  const selfCalling = flows.find((flow) => flow.id === selfCallingId)!
  pointTransfers(selfCalling.document, partnerId!, selfCallingId!)

  // One copy of a common module a hostile name: nothing calls them, so they are plain extra flows.
  const module = flows.find((flow) => flow.type === 'commonmodule')!
  const copies = HOSTILE_NAMES.map((name, index) => copyFlow(module, hostileId(index), name))
  const deep = copyFlow(module, hostileId(100), 'Deeply nested value')
  firstAction(deep.document).hostileNesting = nested(NESTING_DEPTH)
  deep.document.hostileNesting = nested(NESTING_DEPTH)
  const bulk = copyFlow(module, hostileId(101), 'A million JSON nodes')
  firstAction(bulk.document).hostileBulk = Array.from({ length: BULK_NODES }, (_, i) => i % 10)

  const all = [...flows, ...copies, deep, bulk]
  mkdirSync(dir, { recursive: true })
  for (const [index, flow] of all.entries()) {
    writeFileSync(join(dir, `${String(index).padStart(3, '0')}--${flow.id}.json`), JSON.stringify({ ...flow.document, name: flow.name }))
  }
  return { dir, selfCallingId: selfCallingId!, deepId: deep.id, bulkId: bulk.id, names: new Map(all.map((flow) => [flow.id, flow.name])) }
}

function hostileId(index: number): string {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`
}

function copyFlow(flow: EmulatedFlow, id: string, name: string): EmulatedFlow {
  return { ...flow, id, name, document: { ...structuredClone(flow.document), name } }
}

/** Every `flowId: from` in the document becomes `to`: the planted two-flow cycle becomes a self-transfer. */
function pointTransfers(value: unknown, from: string, to: string): void {
  if (Array.isArray(value)) for (const item of value) pointTransfers(item, from, to)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (record.__type === 'TransferFlowAction' && record.flowId === from) record.flowId = to
    for (const child of Object.values(record)) pointTransfers(child, from, to)
  }
}

function firstAction(document: Record<string, unknown>): Record<string, unknown> {
  const items = document.flowSequenceItemList as { actionList?: Record<string, unknown>[] }[]
  return items.find((item) => item.actionList?.length)!.actionList![0]!
}

/** `{"a":{"a":…{"a":"bottom"}}}`, `depth` objects deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let level = 0; level < depth; level++) value = { a: value }
  return value
}
