import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { apiGet, token } from './helpers.js'

const BASE = '/api/v2/architect/dependencytracking'
let emulator: Emulator
let bearer: string
beforeAll(async () => {
  emulator = await startEmulator({ flows: 12, seed: 'deps' })
  bearer = await token(emulator)
})
afterAll(() => emulator.close())

const get = (path: string) => apiGet(emulator, bearer, path)
const flowsOf = (type: string) => emulator.org.flows.filter((flow) => flow.type === type)

describe('dependency tracking', () => {
  it('lists what an inbound call flow consumes: its module, in-queue flow, queue and data action', async () => {
    const caller = flowsOf('inboundcall')[0]!
    const { status, body } = await get(`${BASE}/consumedresources?id=${caller.id}&version=${caller.version}&objectType=INBOUNDCALLFLOW&pageSize=100`)
    expect(status).toBe(200)
    const types = new Set(body.entities.map((entity: { type: string }) => entity.type))
    for (const type of ['COMMONMODULEFLOW', 'INQUEUECALLFLOW', 'QUEUE', 'DATAACTION']) expect(types).toContain(type)
    const module = body.entities.find((entity: { type: string; stateUnknown: boolean }) => entity.type === 'COMMONMODULEFLOW' && !entity.stateUnknown)
    expect(flowsOf('commonmodule').map((flow) => flow.id)).toContain(module.id)
    expect(module.version).toBe(flowsOf('commonmodule').find((flow) => flow.id === module.id)!.version)
  })

  it('marks a call to a flow the org does not have as stateUnknown', async () => {
    const missing = emulator.org.planted.find((p) => p.rule === 'missing-flow')!
    const caller = emulator.org.flows.find((flow) => flow.id === missing.flowId)!
    const objectType = caller.type === 'workflow' ? 'WORKFLOW' : `${caller.type.toUpperCase()}FLOW`
    const { body } = await get(`${BASE}/consumedresources?id=${caller.id}&version=${caller.version}&objectType=${objectType}&pageSize=100`)
    expect(body.entities.filter((entity: { stateUnknown: boolean }) => entity.stateUnknown)).toHaveLength(1)
  })

  it('filters consumed resources by resourceType', async () => {
    const caller = flowsOf('inboundcall')[0]!
    const { body } = await get(`${BASE}/consumedresources?id=${caller.id}&version=${caller.version}&objectType=INBOUNDCALLFLOW&resourceType=QUEUE`)
    expect(body.entities.length).toBeGreaterThan(0)
    for (const entity of body.entities) expect(entity.type).toBe('QUEUE')
  })

  it('requires id, version and objectType, and only versioned object types', async () => {
    const caller = flowsOf('inboundcall')[0]!
    const missing = await get(`${BASE}/consumedresources?id=${caller.id}`)
    expect(missing.status).toBe(400)
    expect(missing.body.message).toContain('version, objectType')
    expect((await get(`${BASE}/consumedresources?id=${caller.id}&version=1.0&objectType=QUEUE`)).status).toBe(400)
    expect((await get(`${BASE}/consumedresources?id=${caller.id}&version=1.0&objectType=BOTFLOW`)).status).toBe(404)
  })

  it('lists the flows that consume a common module', async () => {
    const module = flowsOf('commonmodule')[0]!
    const { body } = await get(`${BASE}/consumingresources?id=${module.id}&objectType=COMMONMODULEFLOW`)
    const callers = emulator.org.flows.filter((flow) => JSON.stringify(flow.document.flowSequenceItemList).includes(`"flowId":"${module.id}"`))
    expect(body.entities.map((entity: { id: string }) => entity.id).sort()).toEqual(callers.map((flow) => flow.id).sort())
  })

  it('answers one object with its consumed and consuming resources when asked', async () => {
    const target = flowsOf('inqueuecall')[0]!
    const { body } = await get(`${BASE}/object?id=${target.id}&objectType=INQUEUECALLFLOW&consumedResources=true&consumingResources=true`)
    expect(body).toMatchObject({ id: target.id, name: target.name, type: 'INQUEUECALLFLOW', version: target.version })
    expect(body.consumingResources.length).toBeGreaterThan(0)
    expect(Array.isArray(body.consumedResources)).toBe(true)
  })

  it('pages the dependency types and reports an operational build', async () => {
    const types = await get(`${BASE}/types?pageSize=5`)
    expect(types.body).toMatchObject({ pageSize: 5, pageNumber: 1, entities: expect.any(Array) })
    expect(types.body.total).toBeGreaterThan(5)
    expect(types.body.nextUri).toBe(`${BASE}/types?pageSize=5&pageNumber=2`)
    const build = await get(`${BASE}/build`)
    expect(build.body.status).toBe('OPERATIONAL')
  })
})
