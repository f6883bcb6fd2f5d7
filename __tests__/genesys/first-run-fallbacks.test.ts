// First-run fallbacks of the API client, each against the emulator over loopback switched into a behaviour a
// real org may show: a smaller page size, a resource listing that is missing, a download that is throttled.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { beginResourceCheck } from '../../src/genesys/dependency-tracking.js'
import { lookupFlows, toFlowRef } from '../../src/genesys/flows-api.js'
import { JOBS_PATH } from '../../src/export/jobs.js'
import { clientFor, liveFlows, startOrg } from './harness.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startOrg({ flows: 150, seed: 'fallbacks', plant: false })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const refs = () => liveFlows(emulator).map((flow) => toFlowRef({ id: flow.id, name: flow.name, type: flow.type.toUpperCase() }))

describe('listings that refuse our page size', () => {
  it('the lookup asks again at a smaller page size on a 400, and finds every flow', async () => {
    emulator.setFaults({ refuseListings: [{ pathEndsWith: '/flows/lookup', status: 400, whenPageSizeAbove: 25 }] })
    const ids = liveFlows(emulator).slice(0, 100).map((flow) => flow.id)
    const found = await lookupFlows(clientFor(emulator), ids)
    expect([...found.keys()].sort()).toEqual([...ids].sort())
    const sizes = emulator.requests.filter((entry) => entry.path === '/api/v2/flows/lookup').map((entry) => [entry.query.pageSize, entry.status])
    expect(sizes[0]).toEqual(['100', 400])
    expect(sizes.slice(1).every(([size, status]) => size === '25' && status === 200)).toBe(true)
  })

  it('dependency tracking asks again at a smaller page size on a 400, and keeps every finding', async () => {
    for (const queue of emulator.org.resources.filter((resource) => resource.type === 'QUEUE')) emulator.deleteResource(queue.id)
    const full = await beginResourceCheck(clientFor(emulator), refs().map((flow) => flow.type)).finish(refs())
    emulator.reset()
    emulator.setFaults({ refuseListings: [{ pathEndsWith: 'resourceconsumers', status: 400, whenPageSizeAbove: 25 }] })
    const check = await beginResourceCheck(clientFor(emulator), refs().map((flow) => flow.type)).finish(refs())
    expect(check.outcome).toBe('checked')
    expect(check.problems.length).toBeGreaterThan(0)
    expect(check.problems).toEqual(full.problems)
  })
})

describe('the resource check\'s two listings', () => {
  it('keep the deleted-resource findings when the updated-resources listing is missing (404), naming what was skipped', async () => {
    for (const queue of emulator.org.resources.filter((resource) => resource.type === 'QUEUE')) emulator.deleteResource(queue.id)
    emulator.reset()
    emulator.setFaults({ refuseListings: [{ pathEndsWith: '/updatedresourceconsumers', status: 404 }] })
    const check = await beginResourceCheck(clientFor(emulator), refs().map((flow) => flow.type)).finish(refs())
    expect(check.outcome).toBe('checked')
    expect(check.incomplete).toBe(true)
    expect(check.problems.some((problem) => problem.state === 'deleted')).toBe(true)
    expect(check.note).toContain('updated resources were not checked')
  })

  it('skip the check when both listings fail, and still report the build status they were read under', async () => {
    emulator.reset()
    emulator.setFaults({ refuseListings: [{ pathEndsWith: 'resourceconsumers', status: 404 }] })
    const check = await beginResourceCheck(clientFor(emulator), refs().map((flow) => flow.type)).finish(refs())
    expect(check).toMatchObject({ outcome: 'failed', buildStatus: 'OPERATIONAL', problems: [] })
  })
})

describe('a throttled download', () => {
  it('waits out the Retry-After the object store gives with its 429, then downloads', async () => {
    const waits: number[] = []
    const client = clientFor(emulator, { sleep: async (ms) => void waits.push(ms) })
    const flow = liveFlows(emulator)[0]!
    const job = await client.request<{ id: string }>({ method: 'POST', path: JOBS_PATH, body: { flows: [{ flow: { id: flow.id }, exportType: 'Architect' }] } })
    let url: string | undefined
    while (url === undefined) {
      const state = await client.request<{ status: string; downloadUrl?: string }>({ method: 'GET', path: `${JOBS_PATH}/${job.id}` })
      if (state.status === 'Success') url = state.downloadUrl
      else await new Promise((resolve) => setTimeout(resolve, 50))
    }
    emulator.setFaults({ throttleDownloads: { count: 1, retryAfterSeconds: 7 } })
    const bytes = await client.download(url, { maxBytes: 10_000_000 })
    expect(bytes.byteLength).toBeGreaterThan(0)
    // The client's own backoff would be well under a second (random 0.05): 7 s is the store's Retry-After.
    expect(waits).toEqual([7_000])
    expect(emulator.requests.filter((entry) => entry.listener === 'download').map((entry) => entry.status)).toEqual([429, 200])
  })
})
