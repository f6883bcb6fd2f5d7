import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateOrg } from '../../emulator/org/generate.js'
import { loadOrg } from '../../emulator/org/load.js'
import { findCycles, readStructure } from './structure.js'

const SAMPLES = path.resolve(import.meta.dirname, '../../../shared/reference/samples')
const haveSamples = existsSync(SAMPLES)
if (!haveSamples) console.warn(`Skipping sample comparisons: ${SAMPLES} is absent (the reference samples are not part of the repository).`)

const key = (finding: { flowId: string; nodeId?: string }): string => `${finding.flowId}/${finding.nodeId}`

describe('generated org', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateOrg({ flows: 12, seed: 5 })).toEqual(generateOrg({ flows: 12, seed: 5 }))
    expect(generateOrg({ flows: 12, seed: 6 }).flows[0]!.id).not.toBe(generateOrg({ flows: 12, seed: 5 }).flows[0]!.id)
  })

  it('has the requested number of flows, with unique ids and names unique per type', () => {
    const org = generateOrg({ flows: 40, seed: 'count' })
    expect(org.flows).toHaveLength(40)
    expect(new Set(org.flows.map((flow) => flow.id)).size).toBe(40)
    expect(new Set(org.flows.map((flow) => `${flow.type}/${flow.name}`)).size).toBe(40)
    expect(new Set(org.flows.map((flow) => flow.type))).toEqual(new Set(['inboundcall', 'inqueuecall', 'commonmodule', 'bot', 'inboundshortmessage', 'workflow']))
  })

  it('uses names with spaces, slashes and non-ASCII letters', () => {
    const names = generateOrg({ flows: 60, seed: 1 }).flows.map((flow) => flow.name)
    expect(names.some((name) => name.includes(' '))).toBe(true)
    expect(names.some((name) => name.includes('/'))).toBe(true)
    expect(names.some((name) => /[^\x00-\x7f]/.test(name))).toBe(true)
  })

  it.each([...Array.from({ length: 30 }, (_, i) => i + 1), 'x'])('with seed %s holds exactly the planted defects and is otherwise sound', (seed) => {
    const org = generateOrg({ flows: 12, seed })
    const structure = readStructure(org.flows)
    const planted = (rule: string): string[] => org.planted.filter((p) => p.rule === rule).map(key).sort()

    expect(structure.duplicateIds).toEqual([])
    expect(structure.unreachable).toEqual([])
    expect(structure.deadEnds).toEqual([])
    expect(structure.brokenReferences.map(key).sort()).toEqual(planted('broken-reference'))
    expect(planted('broken-reference').length).toBeGreaterThanOrEqual(2)
    expect(planted('broken-reference').length).toBeLessThanOrEqual(3)

    const ids = new Set(org.flows.map((flow) => flow.id))
    const missing = structure.calls.filter((call) => !ids.has(call.to))
    expect(missing.map((call) => `${call.from}/${call.nodeId}`).sort()).toEqual(planted('missing-flow'))
    expect(missing.length).toBeGreaterThanOrEqual(1)
    expect(missing.length).toBeLessThanOrEqual(2)

    const cycles = findCycles(structure.calls.filter((call) => ids.has(call.to)))
    expect(cycles).toHaveLength(1)
    const cycle = org.planted.filter((p) => p.rule === 'flow-cycle')
    expect(cycle).toHaveLength(1)
    expect(new Set(cycle[0]!.path)).toEqual(new Set(cycles[0]))

    // A deleted queue and a deleted data action, each used by one flow, nowhere else.
    const deletedIds = org.resources.filter((resource) => resource.deleted).map((resource) => resource.id)
    const users = org.flows.filter((flow) => deletedIds.some((id) => JSON.stringify(flow.document.flowSequenceItemList).includes(id)))
    expect(users.map((flow) => flow.id).sort()).toEqual(org.planted.filter((p) => p.rule === 'deleted-resource').map((p) => p.flowId).sort())
    expect(users).toHaveLength(2)
  })

  it('keeps to the flow-type rules: modules call no module, module calls reach modules, inQueueFlowId an in-queue flow', () => {
    const org = generateOrg({ flows: 36, seed: 'types' })
    const byId = new Map(org.flows.map((flow) => [flow.id, flow]))
    for (const call of readStructure(org.flows).calls) {
      const from = byId.get(call.from)!
      const to = byId.get(call.to)
      expect(from.type).not.toBe('commonmodule')
      if (!to) continue
      if (call.actionType === 'CallCommonModuleAction') expect(to.type).toBe('commonmodule')
      if (call.actionType === 'CallBotFlowAction') expect(to.type).toBe('bot')
      if (call.actionType === 'TransferFlowAction') expect(to.type).toBe('inboundcall')
      if (call.actionType === 'TransferPureMatchAction') expect(to.type).toBe('inqueuecall')
    }
  })

  it('exercises every kind of reference: menus, reusable tasks with custom outputs, loops, switches and jumps', () => {
    const kinds = new Set<string>()
    const customEnds: string[] = []
    for (const flow of generateOrg({ flows: 12, seed: 1 }).flows) {
      for (const item of flow.document.flowSequenceItemList as Array<Record<string, any>>) {
        kinds.add(item.__type)
        for (const action of [...(item.actionList ?? []), ...(item.menuChoiceList ?? []).map((choice: { action: unknown }) => choice.action)]) {
          kinds.add(action.__type)
          if (action.__type === 'EndTaskAction' && action.pathReference !== '__DEFAULT__') customEnds.push(action.pathReference)
        }
      }
    }
    for (const kind of ['Menu', 'Task', 'LoopTask', 'CommonModuleTask', 'State', 'BotState', 'TaskAction', 'CallTaskAction', 'TransferMenuAction', 'LoopAction', 'SwitchAction', 'DecisionAction', 'DataAction', 'CallCommonModuleAction', 'CallBotFlowAction', 'TransferFlowAction', 'TransferPureMatchAction']) {
      expect(kinds, kind).toContain(kind)
    }
    expect(customEnds.length).toBeGreaterThan(0)
  })

  it('generates a clean org when plant is false', () => {
    const org = generateOrg({ flows: 12, seed: 1, plant: false })
    const structure = readStructure(org.flows)
    expect(org.planted).toEqual([])
    expect(structure.brokenReferences).toEqual([])
    expect(findCycles(structure.calls)).toEqual([])
    expect(structure.calls.every((call) => org.flows.some((flow) => flow.id === call.to))).toBe(true)
  })

  it('copies called common modules into the caller and lists calls in the manifest', () => {
    const org = generateOrg({ flows: 12, seed: 1 })
    const byId = new Map(org.flows.map((flow) => [flow.id, flow]))
    const caller = org.flows.find((flow) => Array.isArray(flow.document.commonModules))!
    const snapshot = (caller.document.commonModules as Array<{ id: string; model: unknown; actionReferences: string[] }>)[0]!
    expect(byId.get(snapshot.id)!.type).toBe('commonmodule')
    expect((snapshot.model as { name: string }).name).toBe(byId.get(snapshot.id)!.name)
    const manifest = caller.document.manifest as Record<string, Array<{ id: string }>>
    expect(manifest.commonModuleFlow!.map((entry) => entry.id)).toContain(snapshot.id)
  })

  it.skipIf(!haveSamples)('writes documents with the top-level keys the real samples of each type have', () => {
    const sampleKeys = new Map<string, Set<string>>()
    for (const file of readdirSync(SAMPLES).filter((name) => name.endsWith('.json'))) {
      const document = JSON.parse(readFileSync(path.join(SAMPLES, file), 'utf8'))
      const keys = sampleKeys.get(document.type) ?? new Set<string>()
      for (const name of Object.keys(document)) keys.add(name)
      sampleKeys.set(document.type, keys)
    }
    for (const flow of generateOrg({ flows: 12, seed: 1 }).flows) {
      const known = sampleKeys.get(flow.type)
      // commonmodule has no sample of its own; its keys are checked through the snapshot models in the samples.
      if (!known) continue
      const extra = Object.keys(flow.document).filter((name) => !known.has(name) && name !== 'commonModules' && name !== 'customDefinitions')
      expect(extra, `${flow.type} "${flow.name}" has keys no real ${flow.type} sample has`).toEqual([])
      expect(flow.document.flowMetaData).toMatchObject({ flowDocumentVersion: '1.0' })
    }
  })

  it.skipIf(!haveSamples)('uses only item and action types of the real samples, with no field their real instances lack', () => {
    const real = fieldsByType(readdirSync(SAMPLES).filter((name) => name.endsWith('.json')).map((file) => JSON.parse(readFileSync(path.join(SAMPLES, file), 'utf8'))))
    const generated = fieldsByType(generateOrg({ flows: 24, seed: 1 }).flows.map((flow) => flow.document))
    for (const [type, fields] of generated) {
      expect(real.has(type), `${type} appears in no real sample`).toBe(true)
      expect([...fields].filter((field) => !real.get(type)!.has(field)), `${type} fields`).toEqual([])
    }
  })
})

/** Field names of every node (an object with `__type` and `id`) per `__type`, snapshots of common modules included. */
function fieldsByType(documents: Array<Record<string, unknown>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (typeof record.__type === 'string' && 'id' in record) {
        const fields = out.get(record.__type) ?? new Set<string>()
        for (const field of Object.keys(record)) fields.add(field)
        out.set(record.__type, fields)
      }
      Object.values(record).forEach(walk)
    }
  }
  for (const document of documents) walk([document.flowSequenceItemList, document.commonModules])
  return out
}

describe('org loaded from a folder', () => {
  it.skipIf(!haveSamples)('reads every real sample with a stable id per file', async () => {
    const first = await loadOrg(SAMPLES, 1)
    const again = await loadOrg(SAMPLES, 1)
    expect(first.flows.length).toBe(readdirSync(SAMPLES).filter((name) => name.endsWith('.json')).length)
    expect(again.flows.map((flow) => flow.id)).toEqual(first.flows.map((flow) => flow.id))
    expect(first.planted).toEqual([])
  })

  it('keeps the id of a file named <name>--<uuid>.json and skips JSON that is not a flow', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'emulator-org-'))
    try {
      const id = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9'
      const document = { name: 'Main IVR', type: 'inboundcall', flowSequenceItemList: [], initialSequence: '' }
      await writeFile(path.join(dir, `main-ivr--${id}.json`), JSON.stringify(document))
      await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ flows: [] }))
      const org = await loadOrg(dir, 1)
      expect(org.flows).toEqual([{ id, name: 'Main IVR', type: 'inboundcall', version: '1.0', description: '', deleted: false, document }])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('names the file that is not valid JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'emulator-org-'))
    try {
      await writeFile(path.join(dir, 'broken.json'), '{')
      await expect(loadOrg(dir, 1)).rejects.toThrow(/broken\.json is not valid JSON/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
