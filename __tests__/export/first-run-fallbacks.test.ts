// A real org may not behave as genesys-api.md guesses where it says UNCONFIRMED. The emulator is switched
// into each other plausible behaviour, and every selected flow must still end exported, failed with a
// reason, or skipped with a reason.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { exportFlows } from '../../src/export/export.js'
import { MAX_FLOWS_PER_JOB } from '../../src/export/job-size.js'
import type { ExportResult, FlowType } from '../../src/model.js'
import { clientFor, count, exportOptions, liveFlows, selection, startOrg } from '../genesys/harness.js'

let emulator: Emulator
let log: string[]

beforeAll(async () => {
  emulator = await startOrg({ flows: 120, seed: 31 })
})
afterAll(() => emulator.close())
beforeEach(() => {
  emulator.reset()
  log = []
  for (const flow of emulator.org.flows) {
    delete flow.published
    delete flow.lockedBy
  }
})

function allTypes(): FlowType[] {
  return [...new Set(liveFlows(emulator).map((flow) => flow.type))] as FlowType[]
}

function exportAll(): Promise<ExportResult> {
  return exportFlows(clientFor(emulator), selection({ flowTypes: allTypes() }), { ...exportOptions, log: (line) => log.push(line) })
}

function exportedIds(result: ExportResult): string[] {
  return result.exported.map((flow) => flow.ref.id).sort()
}

function everyLiveId(): string[] {
  return liveFlows(emulator).map((flow) => flow.id).sort()
}

describe('zip entries the service names otherwise', () => {
  it.each(['flow-name', 'folders', 'other-extension'] as const)(
    'matches files named by %s to their flows by the documents they hold',
    async (naming) => {
      emulator.setFaults({ exportEntryNames: naming })
      const result = await exportAll()
      expect(result.failed).toEqual([])
      expect(exportedIds(result)).toEqual(everyLiveId())
      for (const flow of result.exported) {
        const source = emulator.org.flows.find((candidate) => candidate.id === flow.ref.id)!
        expect(flow.document).toEqual(source.document)
      }
    },
  )
})

describe('a service that takes fewer flows a job than we assume', () => {
  it.each([413, 400] as const)('halves jobs refused with %i and keeps the size that worked', async (status) => {
    emulator.setFaults({ maxFlowsPerJob: { limit: 20, status } })
    const result = await exportAll()
    expect(result.failed).toEqual([])
    expect(exportedIds(result)).toEqual(everyLiveId())
    // 120 flows: jobs of 40 are refused, once each at most before the size is learned; every job after
    // that holds 20 or fewer, so about six jobs succeed.
    const accepted = emulator.requests.filter((entry) => entry.path.endsWith('/export/jobs') && entry.status === 202).length
    const refused = emulator.requests.filter((entry) => entry.path.endsWith('/export/jobs') && entry.status === status).length
    expect(accepted).toBe(6)
    expect(refused).toBeLessThanOrEqual(Math.ceil(120 / MAX_FLOWS_PER_JOB))
    expect(log.some((line) => /refused an export job of \d+ flows for its size: trying jobs of 20/.test(line))).toBe(true)
    expect(log.some((line) => line.includes('Export jobs held at most 20 flows this run'))).toBe(true)
  })
})

describe('a job status the client does not know', () => {
  it('keeps polling a job that reports an unknown status until it succeeds', async () => {
    // Jobs that run 1.5 s, so the client's first polls meet the unknown status, whatever it learnt of job times.
    const slow = await startOrg({ flows: 12, seed: 31, jobDoneAfterMs: 1500 })
    try {
      slow.setFaults({ runningJobStatus: 'Queued' })
      const types = [...new Set(liveFlows(slow).map((flow) => flow.type))] as FlowType[]
      const result = await exportFlows(clientFor(slow), selection({ flowTypes: types }), exportOptions)
      expect(result.failed).toEqual([])
      expect(exportedIds(result)).toEqual(liveFlows(slow).map((flow) => flow.id).sort())
      expect(count(slow, 'GET', /export\/jobs\/[^/]+$/)).toBeGreaterThan(count(slow, 'POST', /export\/jobs$/))
    } finally {
      await slow.close()
    }
  })
})

describe('flows there is nothing to export of, or that the service refuses', () => {
  it('skips a flow that was never published, without asking for its export', async () => {
    const draft = liveFlows(emulator)[3]!
    draft.published = false
    const result = await exportAll()
    expect(result.failed).toEqual([])
    expect(result.skipped).toEqual([{ ref: expect.objectContaining({ id: draft.id }), reason: expect.stringMatching(/^never published: nothing to snapshot/) }])
    expect(exportedIds(result)).toEqual(everyLiveId().filter((id) => id !== draft.id))
    expect(log).toContain(`Skipped '${draft.name}' (${draft.id}): ${result.skipped[0]!.reason}.`)
  })

  it('exports a flow locked by another user when the service allows it', async () => {
    const locked = liveFlows(emulator)[5]!
    locked.lockedBy = 'Alex Example'
    const result = await exportAll()
    expect(result.skipped).toEqual([])
    expect(exportedIds(result)).toEqual(everyLiveId())
  })

  it('names a locked flow as skipped, with who holds it, when the service refuses its export; the rest of its job is exported', async () => {
    const locked = liveFlows(emulator)[5]!
    locked.lockedBy = 'Alex Example'
    emulator.setFaults({ refuseHeldFlows: true })
    const result = await exportAll()
    expect(result.failed).toEqual([])
    expect(result.skipped.map((flow) => flow.ref.id)).toEqual([locked.id])
    expect(result.skipped[0]!.reason).toMatch(/^locked in Architect by Alex Example/)
    expect(exportedIds(result)).toEqual(everyLiveId().filter((id) => id !== locked.id))
  })

  it('names a secure flow as skipped when the service refuses its export', async () => {
    const secure = liveFlows(emulator).find((flow) => flow.type === 'inboundcall')!
    secure.type = 'securecall'
    try {
      emulator.setFaults({ refuseHeldFlows: true })
      const result = await exportAll()
      expect(result.failed).toEqual([])
      expect(result.skipped.map((flow) => [flow.ref.id, flow.reason.split(' (')[0]])).toEqual([[secure.id, 'a secure flow: Genesys Cloud refused its export']])
    } finally {
      secure.type = 'inboundcall'
    }
  })
})
