// Faults from the emulator: every selected flow must end exported or named as failed, and the request
// log must show that retries stayed bounded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator, FaultOptions } from '../../emulator/index.js'
import { exportFlows } from '../../src/export/export.js'
import type { ExportResult, FlowType } from '../../src/model.js'
import { clientFor, count, exportOptions, liveFlows, selection, startOrg } from '../genesys/harness.js'

let emulator: Emulator
/** API requests of a fault-free export of the whole org. */
let cleanRequests = 0
let cleanJobs = 0

beforeAll(async () => {
  emulator = await startOrg({ flows: 130, seed: 21 })
  await exportAll()
  cleanRequests = apiRequests()
  cleanJobs = count(emulator, 'POST', /export\/jobs$/)
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

function allTypes(): FlowType[] {
  return [...new Set(liveFlows(emulator).map((flow) => flow.type))] as FlowType[]
}

function exportAll(): Promise<ExportResult> {
  return exportFlows(clientFor(emulator), selection({ flowTypes: allTypes() }), exportOptions)
}

function apiRequests(): number {
  return emulator.requests.filter((entry) => entry.listener === 'api').length
}

function expectEveryFlowAccounted(result: ExportResult): void {
  const ids = [...result.exported.map((flow) => flow.ref.id), ...result.failed.map((flow) => flow.ref.id)].sort()
  expect(ids).toEqual(liveFlows(emulator).map((flow) => flow.id).sort())
  for (const failed of result.failed) expect(failed.reason).not.toBe('')
}

describe('exportFlows under faults', () => {
  it('exports everything through 10 % server errors and 10 % gateway HTML pages, with bounded retries', async () => {
    // A whole-org export takes about ten API requests, so it runs until the faults have struck a few
    // (the emulator draws them from its seed, request after request).
    emulator.setFaults({ serverErrorRate: 0.1, htmlInsteadOfJson: 0.1 })
    let faulted = 0
    for (let run = 0; run < 8 && faulted < 3; run++) {
      const before = emulator.requests.length
      const result = await exportAll()
      expect(result.failed).toEqual([])
      expectEveryFlowAccounted(result)
      const api = emulator.requests.slice(before).filter((entry) => entry.listener === 'api')
      const failedAnswers = api.filter((entry) => entry.status >= 500).length
      expect(result.stats.retries).toBeGreaterThanOrEqual(failedAnswers)
      expect(api.length).toBeLessThanOrEqual(cleanRequests * 2 + 10)
      faulted += failedAnswers
    }
    expect(faulted).toBeGreaterThanOrEqual(3)
  })

  it('waits out a burst of 429s and exports everything, counting every throttle', async () => {
    emulator.setFaults({ throttleBurst: { from: 3, count: 12 } })
    const result = await exportAll()
    expect(result.failed).toEqual([])
    const throttled = emulator.requests.filter((entry) => entry.status === 429).length
    expect(throttled).toBeGreaterThan(0)
    expect(throttled).toBeLessThanOrEqual(12)
    expect(result.stats.throttled).toBe(throttled)
  })

  it('splits a job that keeps failing in halves so only the bad flow fails', async () => {
    const bad = liveFlows(emulator)[7]!
    emulator.setFaults({ failJobs: [bad.id] })
    const result = await exportAll()
    expectEveryFlowAccounted(result)
    expect(result.failed.map((flow) => flow.ref.id)).toEqual([bad.id])
    expect(result.failed[0]!.reason).toContain('every time this flow was tried')
    // Four more tries of the whole batch (the failure reads as transient), then halving 50 flows down to one: 2·6 jobs.
    expect(count(emulator, 'POST', /export\/jobs$/)).toBeLessThanOrEqual(cleanJobs + 4 + 12)
  })

  it('tries a one-flow job again when it fails as transient Genesys failures do, and exports the flow', async () => {
    const only = liveFlows(emulator)[3]!
    emulator.setFaults({ failJobs: 1 })
    const result = await exportFlows(clientFor(emulator), selection({ flowIds: [only.id] }), exportOptions)
    expect(result.failed).toEqual([])
    expect(result.exported.map((flow) => flow.ref.id)).toEqual([only.id])
    expect(count(emulator, 'POST', /export\/jobs$/)).toBe(2)
  })

  it('names the flow of a one-flow job as failed after four more tries when it keeps failing', async () => {
    const only = liveFlows(emulator)[4]!
    emulator.setFaults({ failJobs: [only.id] })
    const result = await exportFlows(clientFor(emulator), selection({ flowIds: [only.id] }), exportOptions)
    expect(result.exported).toEqual([])
    expect(result.failed.map((flow) => flow.ref.id)).toEqual([only.id])
    expect(result.failed[0]!.reason).toContain('every time this flow was tried')
    expect(result.failed[0]!.serviceMessage).toContain('could not find the flow with id')
    expect(count(emulator, 'POST', /export\/jobs$/)).toBe(5)
  })

  it('names every flow as failed when every job fails, within the split budget', async () => {
    emulator.setFaults({ failJobs: 'all' })
    const result = await exportAll()
    expectEveryFlowAccounted(result)
    expect(result.exported).toEqual([])
    // Bounded by the run's budgets: registering again (8 + 2 a planned job) and splitting (12 · (3 + 1)).
    expect(count(emulator, 'POST', /export\/jobs$/)).toBeLessThanOrEqual(cleanJobs + 8 + 2 * cleanJobs + 12 * 4)
  })

  it('gets a new URL when a download URL has expired', async () => {
    emulator.setFaults({ expireDownloads: 1 })
    const result = await exportAll()
    expect(result.failed).toEqual([])
    expect(emulator.requests.some((entry) => entry.listener === 'download' && entry.status === 403)).toBe(true)
  })

  it('names the flows as failed, saying why, when every download URL is expired', async () => {
    emulator.setFaults({ expireDownloads: true })
    const result = await exportAll()
    expectEveryFlowAccounted(result)
    expect(result.exported).toEqual([])
    expect(result.failed[0]!.reason).toContain('expired')
    // Two jobs a batch, and each URL tried once, then once more after a poll.
    expect(count(emulator, 'GET', /./, 'download')).toBeLessThanOrEqual(cleanJobs * 2 * 2)
  })

  it('logs in again once when the token is revoked mid-run', async () => {
    emulator.setFaults({ revokeTokenAfterRequests: 3 })
    const result = await exportAll()
    expect(result.failed).toEqual([])
    expect(count(emulator, 'POST', /^\/oauth\/token$/, 'login')).toBe(2)
  })

  it('downloads again when a transfer is cut short', async () => {
    emulator.setFaults({ truncateDownload: 1 })
    const result = await exportAll()
    expect(result.failed).toEqual([])
  })

  it('downloads again when a download is malformed once', async () => {
    emulator.setFaults({ malformDownload: 1 })
    const result = await exportAll()
    expect(result.failed).toEqual([])
  })

  it('names the flows as failed when every download is malformed, with bounded downloads', async () => {
    emulator.setFaults({ malformDownload: true } satisfies FaultOptions)
    const result = await exportAll()
    expectEveryFlowAccounted(result)
    expect(result.exported).toEqual([])
    expect(result.failed[0]!.reason).toMatch(/could not be used/)
    expect(count(emulator, 'GET', /./, 'download')).toBeLessThanOrEqual(cleanJobs * 2 * 2)
  })
})
