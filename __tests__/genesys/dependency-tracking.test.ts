// The dependency-tracking client against the emulator: the build status, and the org-wide consumer
// listings read page by page through the one request() (its counters include them, and the check counts its own).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { beginResourceCheck, DEPENDENCY_PAGE_SIZE, readDependencyTrackingBuild } from '../../src/genesys/dependency-tracking.js'
import type { GenesysClient } from '../../src/genesys/client.js'
import { toFlowRef } from '../../src/genesys/flows-api.js'
import type { FlowRef } from '../../src/model.js'
import { clientFor, liveFlows, startOrg } from './harness.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startOrg({ flows: 360, seed: 'tracking', plant: false })
})
afterAll(() => emulator.close())

/** The check as a run makes it: begun for the flows' types, finished for the flows. */
const checkOrgResources = (client: GenesysClient, flows: readonly FlowRef[]) => beginResourceCheck(client, flows.map((flow) => flow.type)).finish(flows)

const refs = () => liveFlows(emulator).map((flow) => toFlowRef({ id: flow.id, name: flow.name, type: flow.type.toUpperCase() }))

describe('dependency tracking client', () => {
  it('reads the build status once', async () => {
    emulator.reset()
    expect(await readDependencyTrackingBuild(clientFor(emulator))).toEqual({ status: 'OPERATIONAL', operational: true })
    expect(emulator.requests.filter((entry) => entry.listener === 'api').map((entry) => entry.path)).toEqual(['/api/v2/architect/dependencytracking/build'])
  })

  it('pages through the consumers of deleted resources and names one problem per flow and resource', async () => {
    for (const queue of emulator.org.resources.filter((resource) => resource.type === 'QUEUE')) emulator.deleteResource(queue.id)
    const users = liveFlows(emulator).filter((flow) => JSON.stringify(flow.document.flowSequenceItemList).includes('TransferPureMatchAction'))
    expect(users.length).toBeGreaterThan(DEPENDENCY_PAGE_SIZE)
    emulator.reset()
    const client = clientFor(emulator)
    const check = await checkOrgResources(client, refs())
    expect(check).toMatchObject({ outcome: 'checked', buildStatus: 'OPERATIONAL', incomplete: false, note: '' })
    expect(check.problems.map((problem) => problem.flowId).sort()).toEqual(users.map((flow) => flow.id).sort())
    expect(new Set(check.problems.map((problem) => `${problem.state} ${problem.resourceType}`))).toEqual(new Set(['deleted QUEUE']))
    const pages = emulator.requests.filter((entry) => entry.path.endsWith('/deletedresourceconsumers')).map((entry) => entry.query.pageNumber)
    expect(pages.sort()).toEqual(['1', '2'])
    // The build status, two pages of deleted-resource consumers, one of updated: counted where they are sent.
    expect(emulator.requests.filter((entry) => entry.listener === 'api')).toHaveLength(4)
    // Counted by the check itself (the export's requests run beside it on the same client); the token is the run's.
    expect(check.requests).toBe(4)
  })

  it('asks only for the object types of the flows it was given, published versions only for deletions', async () => {
    emulator.reset()
    await checkOrgResources(clientFor(emulator), refs().filter((ref) => ref.type === 'inboundcall' || ref.type === 'workflow'))
    const deleted = emulator.requests.find((entry) => entry.path.endsWith('/deletedresourceconsumers'))!
    expect(deleted.query).toMatchObject({ objectType: ['INBOUNDCALLFLOW', 'WORKFLOW'], flowFilter: 'published', consumedResources: 'true' })
  })

  it('hears a 206 Partial Content through request(), which otherwise reads it like a 200', async () => {
    emulator.setDependencyBuild('OPERATIONALNEEDSREBUILD')
    try {
      const statuses: number[] = []
      const body = await clientFor(emulator).request<{ entities: unknown[] }>({
        method: 'GET',
        path: '/api/v2/architect/dependencytracking/deletedresourceconsumers',
        onStatus: (status) => statuses.push(status),
      })
      expect(statuses).toEqual([206])
      expect(Array.isArray(body.entities)).toBe(true)
      const check = await checkOrgResources(clientFor(emulator), refs())
      expect(check).toMatchObject({ outcome: 'checked', buildStatus: 'OPERATIONALNEEDSREBUILD', incomplete: true })
      expect(check.note).toContain('build status OPERATIONALNEEDSREBUILD')
    } finally {
      emulator.setDependencyBuild('OPERATIONAL')
    }
  })
})
