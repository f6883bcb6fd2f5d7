// concurrency: adaptive and the per-job hand-over of flows, against the emulator over loopback HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { createGenesysClient } from '../../src/genesys/client.js'
import { exportFlows } from '../../src/export/export.js'
import type { ExportedFlow, FlowType } from '../../src/model.js'
import { exportOptions, liveFlows, selection, startOrg } from '../genesys/harness.js'

let emulator: Emulator
beforeAll(async () => {
  // 12 jobs of 50: enough for the level to grow past where it starts.
  emulator = await startOrg({ flows: 600, seed: 31, plant: false, jobDoneAfterMs: 30 })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

async function exportAdaptive(onExported?: (flows: readonly ExportedFlow[]) => void) {
  const client = createGenesysClient(
    { clientId: emulator.clientId, clientSecret: emulator.clientSecret, apiUrl: emulator.apiUrl, loginUrl: emulator.loginUrl, concurrency: 'adaptive' },
    { random: () => 0.05 },
  )
  const lines: string[] = []
  const types = [...new Set(liveFlows(emulator).map((flow) => flow.type))] as FlowType[]
  const result = await exportFlows(client, selection({ flowTypes: types }), {
    ...exportOptions,
    concurrency: 'adaptive',
    log: (line) => lines.push(line),
    onExported,
  })
  const settled = /concurrency settled at (\d+) \(adaptive; the most at once was (\d+)\)/.exec(lines.join('\n'))
  const overloaded = /jobs in flight settled at (\d+)\./.exec(lines.join('\n'))
  return {
    result,
    settled: settled ? { level: Number(settled[1]), peak: Number(settled[2]) } : undefined,
    overloadedAt: overloaded ? Number(overloaded[1]) : undefined,
  }
}

describe('adaptive export-job concurrency', () => {
  it('opens more than the 4 jobs it starts with on a service that keeps up, and logs where it settled', async () => {
    const { result, settled } = await exportAdaptive()
    expect(result.failed).toEqual([])
    expect(settled!.peak).toBeGreaterThan(4)
    expect(emulator.requests.filter((entry) => entry.status === 429)).toEqual([])
  })

  it('comes down to one job at a time when every job fails as an overloaded service fails them', async () => {
    emulator.setFaults({ failJobs: 'all' })
    const { result, overloadedAt } = await exportAdaptive()
    expect(result.exported).toEqual([])
    expect(overloadedAt).toBe(1)
  })
})

describe('flows handed over job by job', () => {
  it('hands over every exported flow once, one job at a time, before the export returns', async () => {
    const batches: number[] = []
    const seen: string[] = []
    const { result } = await exportAdaptive((flows) => {
      batches.push(flows.length)
      seen.push(...flows.map((flow) => flow.ref.id))
    })
    expect(seen.sort()).toEqual(result.exported.map((flow) => flow.ref.id).sort())
    // Registrations the service accepted (a 429 is sent again by the client, and is not another job).
    expect(batches.length).toBe(emulator.requests.filter((entry) => entry.method === 'POST' && /export\/jobs$/.test(entry.path) && entry.status < 300).length)
  })
})
