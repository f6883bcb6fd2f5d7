// The consumers of deleted and updated resources (deletedresourceconsumers, updatedresourceconsumers), the
// build status and 206 while it is not operational, and changing resources between runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { apiGet, token } from './helpers.js'

const BASE = '/api/v2/architect/dependencytracking'
type Consumer = { id: string; type: string; consumedResources?: { id: string; type: string; deleted: boolean; updated: boolean; stateUnknown: boolean }[] }

describe('resource consumers of the generated org', () => {
  let emulator: Emulator
  let bearer: string
  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 'resources' })
    bearer = await token(emulator)
  })
  afterAll(() => emulator.close())
  const get = (path: string) => apiGet(emulator, bearer, path)

  it('plants one flow using a deleted queue and one using a deleted data action, both in their manifests', () => {
    const planted = emulator.org.planted.filter((p) => p.rule === 'deleted-resource')
    expect(planted.map((p) => emulator.org.resources.find((r) => r.id === p.resourceId)?.type).sort()).toEqual(['DATAACTION', 'QUEUE'])
    expect(new Set(planted.map((p) => p.flowId)).size).toBe(2)
    for (const p of planted) {
      const flow = emulator.org.flows.find((candidate) => candidate.id === p.flowId)!
      const manifest = flow.document.manifest as Record<string, { id: string; context: { id: string }[] }[]>
      const entry = Object.values(manifest).flat().find((candidate) => candidate.id === p.resourceId)!
      expect(entry.context.map((context) => context.id)).toContain(p.nodeId)
    }
  })

  it('lists exactly the flows that consume a deleted resource, with what they consume when asked', async () => {
    const { status, body } = await get(`${BASE}/deletedresourceconsumers?consumedResources=true&flowFilter=published&pageSize=100`)
    expect(status).toBe(200)
    const planted = emulator.org.planted.filter((p) => p.rule === 'deleted-resource')
    expect(body.entities.map((entity: Consumer) => entity.id).sort()).toEqual(planted.map((p) => p.flowId).sort())
    for (const p of planted) {
      const consumer = body.entities.find((entity: Consumer) => entity.id === p.flowId) as Consumer
      expect(consumer.consumedResources!.filter((resource) => resource.deleted).map((resource) => resource.id)).toEqual([p.resourceId])
    }
  })

  it('pages the consumers and filters them by objectType, consumedResourceType and flowFilter', async () => {
    const first = await get(`${BASE}/deletedresourceconsumers?pageSize=1`)
    expect(first.body).toMatchObject({ pageSize: 1, pageNumber: 1, total: 2, pageCount: 2 })
    expect(first.body.nextUri).toBe(`${BASE}/deletedresourceconsumers?pageSize=1&pageNumber=2`)
    expect(first.body.entities[0].consumedResources).toBeUndefined()
    const workflows = await get(`${BASE}/deletedresourceconsumers?objectType=WORKFLOW&objectType=BOTFLOW`)
    for (const entity of workflows.body.entities) expect(['WORKFLOW', 'BOTFLOW']).toContain(entity.type)
    const queuesOnly = await get(`${BASE}/deletedresourceconsumers?consumedResources=true&consumedResourceType=QUEUE`)
    for (const entity of queuesOnly.body.entities as Consumer[]) for (const resource of entity.consumedResources!) expect(resource.type).toBe('QUEUE')
    expect((await get(`${BASE}/deletedresourceconsumers?flowFilter=latest`)).status).toBe(400)
  })

  it('lists the consumers of updated or unknown resources: here the calls to flows the org does not have', async () => {
    const { body } = await get(`${BASE}/updatedresourceconsumers?consumedResources=true&pageSize=100`)
    const missing = emulator.org.planted.filter((p) => p.rule === 'missing-flow')
    expect(body.entities.map((entity: Consumer) => entity.id).sort()).toEqual([...new Set(missing.map((p) => p.flowId))].sort())
  })

  it('reports an operational build with its completion date', async () => {
    const { body } = await get(`${BASE}/build`)
    expect(body).toMatchObject({ status: 'OPERATIONAL', dateCompleted: expect.any(String) })
  })
})

describe('resources changed between runs', () => {
  let emulator: Emulator
  let bearer: string
  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 'resources', plant: false })
    bearer = await token(emulator)
  })
  afterAll(() => emulator.close())
  const get = (path: string) => apiGet(emulator, bearer, path)
  const usersOf = (id: string) => emulator.org.flows.filter((flow) => JSON.stringify(flow.document.manifest).includes(`"${id}"`)).map((flow) => flow.id).sort()

  it('a clean org has no consumers of deleted resources', async () => {
    expect((await get(`${BASE}/deletedresourceconsumers`)).body.entities).toEqual([])
  })

  it('deleting a queue makes every flow that uses it a consumer of a deleted resource', async () => {
    const queue = emulator.org.resources.find((resource) => resource.type === 'QUEUE' && usersOf(resource.id).length > 0)!
    emulator.deleteResource(queue.id)
    const { body } = await get(`${BASE}/deletedresourceconsumers?pageSize=100`)
    expect(body.entities.map((entity: Consumer) => entity.id).sort()).toEqual(usersOf(queue.id))
  })

  it('updating a data action makes its users consumers of an updated resource', async () => {
    const dataAction = emulator.org.resources.find((resource) => resource.type === 'DATAACTION' && usersOf(resource.id).length > 0)!
    emulator.updateResource(dataAction.id)
    const { body } = await get(`${BASE}/updatedresourceconsumers?consumedResources=true&consumedResourceType=DATAACTION&pageSize=100`)
    expect(body.entities.map((entity: Consumer) => entity.id).sort()).toEqual(usersOf(dataAction.id))
  })

  it('refuses to delete what the org does not have, naming what it has', () => {
    expect(() => emulator.deleteResource('no-such-queue')).toThrow(/no queue or data action no-such-queue/)
  })

  it('answers 206 with resources in an unknown state while the build is not operational', async () => {
    emulator.setDependencyBuild('BUILDINPROGRESS')
    try {
      const build = await get(`${BASE}/build`)
      expect(build.status).toBe(200)
      expect(build.body.status).toBe('BUILDINPROGRESS')
      expect(build.body.dateCompleted).toBeUndefined()
      const deleted = await get(`${BASE}/deletedresourceconsumers?consumedResources=true`)
      expect(deleted.status).toBe(206)
      expect(deleted.body.entities).toEqual([])
      const updated = await get(`${BASE}/updatedresourceconsumers?consumedResources=true`)
      expect(updated.status).toBe(206)
      for (const entity of updated.body.entities as Consumer[]) {
        for (const resource of entity.consumedResources!.filter((r) => r.type === 'QUEUE')) expect(resource.stateUnknown).toBe(true)
      }
    } finally {
      emulator.setDependencyBuild('OPERATIONAL')
    }
  })

  it('refuses a client without architect:dependencyTracking:view with 403 missing.permissions', async () => {
    emulator.addClient({ clientId: 'no-deps', clientSecret: 'no-deps-secret', permissions: ['architect:flow:view', 'architect:jobExport:create', 'architect:jobExport:view'] })
    const limited = await token(emulator, 'no-deps', 'no-deps-secret')
    const { status, body } = await apiGet(emulator, limited, `${BASE}/deletedresourceconsumers`)
    expect(status).toBe(403)
    expect(body).toMatchObject({ code: 'missing.permissions' })
    expect(body.message).toContain('architect:dependencyTracking:view')
  })
})
