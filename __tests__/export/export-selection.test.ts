import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { exportFlows } from '../../src/export/export.js'
import { NOT_FOUND_REASON } from '../../src/export/selection.js'
import { FLOW_TYPES, type FlowType } from '../../src/model.js'
import { clientFor, closureInOrg, count, exportOptions, liveFlows, recordingFetch, selection, startOrg, type SentRequest } from '../genesys/harness.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startOrg({ flows: 130, seed: 5 })
})
afterAll(() => emulator.close())

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'

describe('exportFlows: selection', () => {
  it('exports the flows named by flow-ids, each document exactly as the org holds it', async () => {
    emulator.reset()
    const wanted = liveFlows(emulator).slice(0, 3)
    const result = await exportFlows(clientFor(emulator), selection({ flowIds: wanted.map((flow) => flow.id) }), exportOptions)
    expect(result.failed).toEqual([])
    expect(result.exported.map((flow) => flow.ref.id).sort()).toEqual(wanted.map((flow) => flow.id).sort())
    for (const flow of wanted) {
      const got = result.exported.find((exported) => exported.ref.id === flow.id)!
      expect(got.document).toEqual(flow.document)
      expect(got.ref).toEqual({ id: flow.id, name: flow.name, type: flow.type, version: flow.version })
      expect(got.bytes).toBeGreaterThan(0)
    }
    // The three ids cost one lookup, not one request each.
    expect(count(emulator, 'GET', /^\/api\/v2\/flows\/lookup$/)).toBe(1)
  })

  it('names an unknown id as failed and still exports the rest', async () => {
    emulator.reset()
    const known = liveFlows(emulator)[0]!
    const result = await exportFlows(clientFor(emulator), selection({ flowIds: [known.id, UNKNOWN_ID] }), exportOptions)
    expect(result.exported.map((flow) => flow.ref.id)).toEqual([known.id])
    expect(result.failed).toEqual([{ ref: { id: UNKNOWN_ID, name: '', type: '', version: '' }, reason: NOT_FOUND_REASON }])
  })

  it('exports every flow of the listed types, and records the listing as the scope', async () => {
    emulator.reset()
    const types: FlowType[] = ['inboundcall', 'commonmodule']
    const expected = liveFlows(emulator).filter((flow) => (types as string[]).includes(flow.type))
    expect(expected.length).toBeGreaterThan(5)
    const result = await exportFlows(clientFor(emulator), selection({ flowTypes: types }), exportOptions)
    expect(result.failed).toEqual([])
    expect(result.exported.map((flow) => flow.ref.id).sort()).toEqual(expected.map((flow) => flow.id).sort())
    expect(result.scope.listedTypes).toEqual(types)
    expect([...result.scope.listedIds].sort()).toEqual(expected.map((flow) => flow.id).sort())
    // Both types in one listing request: the org is smaller than one page.
    expect(count(emulator, 'GET', /^\/api\/v2\/flows$/)).toBe(1)
  })

  it('narrows listed types by flow-names, while the scope still lists every flow of those types', async () => {
    emulator.reset()
    const all = liveFlows(emulator)
    const firstLetter = all[0]!.name[0]!
    const patterns = [`${firstLetter}*`, '!*(old)*']
    const expected = all.filter((flow) => flow.name.startsWith(firstLetter) && !flow.name.includes('(old)'))
    const result = await exportFlows(clientFor(emulator), selection({ flowTypes: allTypes(), flowNames: patterns }), exportOptions)
    expect(result.exported.map((flow) => flow.ref.id).sort()).toEqual(expected.map((flow) => flow.id).sort())
    expect(result.scope.namePatterns).toEqual(patterns)
    expect(result.scope.listedIds.size).toBe(all.length)
  })

  it('closes over the flows the selected flows call, transitively, in rounds', async () => {
    emulator.reset()
    const start = liveFlows(emulator)
      .map((flow) => ({ id: flow.id, closure: closureInOrg(emulator, flow.id) }))
      .sort((a, b) => b.closure.size - a.closure.size)[0]!
    expect(start.closure.size).toBeGreaterThanOrEqual(3)
    const result = await exportFlows(clientFor(emulator), selection({ flowIds: [start.id], includeDependencies: true }), exportOptions)
    expect(result.failed).toEqual([])
    expect(new Set(result.exported.map((flow) => flow.ref.id))).toEqual(start.closure)
  })

  it('finds called flows that the name filter left out in the listing, without a lookup', async () => {
    emulator.reset()
    const start = liveFlows(emulator)
      .map((flow) => ({ flow, closure: closureInOrg(emulator, flow.id) }))
      .filter(({ flow }) => !/[*?[\]{}()!@+]/.test(flow.name))
      .sort((a, b) => b.closure.size - a.closure.size)[0]!
    expect(start.closure.size).toBeGreaterThanOrEqual(2)
    const result = await exportFlows(
      clientFor(emulator),
      // Every type listed: a called id that no listing returned is known not to exist, so no lookup at all.
      selection({ flowTypes: [...FLOW_TYPES], flowNames: [start.flow.name], includeDependencies: true }),
      exportOptions,
    )
    expect(new Set(result.exported.map((flow) => flow.ref.id))).toEqual(start.closure)
    expect(count(emulator, 'GET', /^\/api\/v2\/flows\/lookup$/)).toBe(0)
  })

  it('registers jobs of at most 50 flows and downloads without an Authorization header', async () => {
    emulator.reset()
    const sent: SentRequest[] = []
    const result = await exportFlows(clientFor(emulator, { fetch: recordingFetch(sent) }), selection({ flowTypes: allTypes() }), exportOptions)
    expect(result.exported).toHaveLength(liveFlows(emulator).length)
    const jobs = sent.filter((request) => request.init.method === 'POST' && request.url.endsWith('/api/v2/flows/export/jobs'))
    const sizes = jobs.map((job) => (JSON.parse(job.init.body!) as { flows: unknown[] }).flows.length)
    const total = liveFlows(emulator).length
    expect(sizes).toHaveLength(Math.ceil(total / 50))
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50)
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(total)
    const downloads = sent.filter((request) => request.url.startsWith(emulator.downloadUrl))
    expect(downloads).toHaveLength(sizes.length)
    for (const download of downloads) expect(Object.keys(download.init.headers ?? {}).map((h) => h.toLowerCase())).not.toContain('authorization')
    expect(emulator.requests.filter((entry) => entry.listener === 'download').every((entry) => entry.status === 200)).toBe(true)
  })

  it('names each flow by id and the published version the manifest records, with its id as the file name', async () => {
    emulator.reset()
    const sent: SentRequest[] = []
    await exportFlows(clientFor(emulator, { fetch: recordingFetch(sent) }), selection({ flowTypes: allTypes() }), exportOptions)
    const versionById = new Map(liveFlows(emulator).map((flow) => [flow.id, flow.version]))
    const entries = sent
      .filter((request) => request.init.method === 'POST' && request.url.endsWith('/api/v2/flows/export/jobs'))
      .flatMap((job) => (JSON.parse(job.init.body!) as { flows: { flow: { id: string; version?: string }; fileName: string; exportType: string }[] }).flows)
    expect(entries).toHaveLength(versionById.size)
    for (const entry of entries) {
      expect(entry).toEqual({ flow: { id: entry.flow.id, version: versionById.get(entry.flow.id) }, fileName: entry.flow.id, exportType: 'Architect' })
    }
  })
})

function allTypes(): FlowType[] {
  return [...new Set(liveFlows(emulator).map((flow) => flow.type))] as FlowType[]
}
