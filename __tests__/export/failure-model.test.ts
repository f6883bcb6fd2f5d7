// The failure model of export jobs (src/export/failures.ts) against the emulator over loopback: a transient
// failure registers the same batch again unsplit, a refused flow is split down to, a lost job is never split,
// and an overloaded service lowers the jobs in flight and says so.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { exportFlows } from '../../src/export/export.js'
import type { ExportResult, FlowType } from '../../src/model.js'
import { clientFor, exportOptions, liveFlows, recordingFetch, selection, startOrg, type SentRequest } from '../genesys/harness.js'

let emulator: Emulator
let log: string[]
let sent: SentRequest[]

beforeAll(async () => {
  emulator = await startOrg({ flows: 60, seed: 41 })
})
afterAll(() => emulator.close())
beforeEach(() => {
  emulator.reset()
  log = []
  sent = []
})

function allTypes(): FlowType[] {
  return [...new Set(liveFlows(emulator).map((flow) => flow.type))] as FlowType[]
}

function exportAll(concurrency: number | 'adaptive' = 4): Promise<ExportResult> {
  return exportFlows(clientFor(emulator, { fetch: recordingFetch(sent) }, typeof concurrency === 'number' ? concurrency : 16), selection({ flowTypes: allTypes() }), {
    ...exportOptions,
    concurrency,
    log: (line) => log.push(line),
  })
}

/** The flow ids of each export job registered, in order. */
function registeredBatches(): string[][] {
  return sent
    .filter((request) => request.init.method === 'POST' && request.url.endsWith('/api/v2/flows/export/jobs'))
    .map((request) => (JSON.parse(request.init.body!) as { flows: { flow: { id: string } }[] }).flows.map((entry) => entry.flow.id))
}

function expectEveryFlowExported(result: ExportResult): void {
  expect(result.failed).toEqual([])
  expect(result.exported.map((flow) => flow.ref.id).sort()).toEqual(liveFlows(emulator).map((flow) => flow.id).sort())
}

describe('a job the service fails transiently', () => {
  it('registers the same batch again, unsplit', async () => {
    emulator.setFaults({ failJobs: 1 })
    const result = await exportAll()
    expectEveryFlowExported(result)
    const batches = registeredBatches()
    // The first job failed with Archy's exit 107: the next registration is the very same batch, whole.
    expect(batches.filter((batch) => batch.join() === batches[0]!.join())).toHaveLength(2)
    expect(batches.every((batch) => batch.length > 1)).toBe(true)
    expect(log.join('\n')).toContain('1 job failed with its transient error (Archy exit 107) and were registered again')
  })

  it('keeps the service\'s own message out of the log and in the result for report.json', async () => {
    emulator.setFaults({ failJobs: 1 })
    const result = await exportAll()
    expect(log.join('\n')).not.toContain('could not find the flow with id')
    expect(result.service?.messages.join('\n')).toContain('could not find the flow with id')
  })
})

describe('a flow the service refuses to export', () => {
  it('is split down to that flow, and no batch is registered twice', async () => {
    const locked = liveFlows(emulator)[9]!
    locked.lockedBy = 'Ada Lovelace'
    emulator.setFaults({ refuseHeldFlows: true })
    try {
      const result = await exportAll()
      expect(result.failed).toEqual([])
      expect(result.skipped.map((flow) => flow.ref.id)).toEqual([locked.id])
      const batches = registeredBatches()
      expect(batches.some((batch) => batch.length === 1 && batch[0] === locked.id)).toBe(true)
      expect(new Set(batches.map((batch) => batch.join())).size).toBe(batches.length)
    } finally {
      delete locked.lockedBy
    }
  })
})

describe('a job whose poll is answered 4xx', () => {
  it('is registered again whole, never split', async () => {
    emulator.setFaults({ lostJobs: 1 })
    const result = await exportAll()
    expectEveryFlowExported(result)
    const batches = registeredBatches()
    const sizes = batches.map((batch) => batch.length)
    // 60 flows are two jobs of 30; the lost one is registered once more, with all its 30 flows.
    expect(sizes).toEqual([30, 30, 30])
    expect(batches[2]!.join()).toBe(batches[0]!.join())
  })
})

describe('an export service that runs fewer jobs than are in flight', () => {
  it('lowers the jobs in flight to what it runs, exports everything and says so in plain words', async () => {
    // 60 flows in jobs of at most 50 would be 2 jobs: one flow a job makes 60, so capacity matters.
    emulator.setFaults({ exportCapacity: 2, maxFlowsPerJob: { limit: 1, status: 413 } })
    const result = await exportAll('adaptive')
    expectEveryFlowExported(result)
    const line = log.find((entry) => entry.startsWith("Genesys Cloud's export service was overloaded:"))
    // At most one above the capacity: with jobs of 200 ms, a job the service has finished may wait its poll long
    // enough for a third in flight to succeed, and the client cannot tell that from a service that runs three.
    expect(line).toMatch(/: \d+ jobs? failed with its transient error \(Archy exit 107\).*; jobs in flight settled at [123]\.$/)
    // Jobs beyond capacity fail: after the first wave, few do (the level sits at the capacity, probing slowly).
    const failedJobs = Number(/: (\d+) jobs? failed/.exec(line!)![1])
    expect(failedJobs).toBeLessThan(20)
  })
})

describe('a download that is raw JSON', () => {
  it('is accepted, bare or in a zip, as well as the .i3 encoding', async () => {
    emulator.setFaults({ rawJsonExports: true })
    const result = await exportAll()
    expectEveryFlowExported(result)
    for (const flow of result.exported) expect(flow.document).toEqual(emulator.org.flows.find((candidate) => candidate.id === flow.ref.id)!.document)
    const one = liveFlows(emulator)[0]!
    const single = await exportFlows(clientFor(emulator), selection({ flowIds: [one.id] }), exportOptions)
    expect(single.exported.map((flow) => flow.document)).toEqual([one.document])
  })
})
