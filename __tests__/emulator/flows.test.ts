import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { nameMatches } from '../../emulator/routes/flows.js'
import { apiGet, token } from './helpers.js'

let emulator: Emulator
let bearer: string
beforeAll(async () => {
  emulator = await startEmulator({ flows: 30, seed: 'flows', deletedFlows: 1 })
  bearer = await token(emulator)
})
afterAll(() => emulator.close())

const live = (): Emulator['org']['flows'] => emulator.org.flows.filter((flow) => !flow.deleted)
const get = (path: string) => apiGet(emulator, bearer, path)

describe('GET /api/v2/flows', () => {
  it('answers a real entity listing with relative paging URIs and upper-case types', async () => {
    const { status, body } = await get('/api/v2/flows?pageSize=10&pageNumber=2')
    expect(status).toBe(200)
    expect(body).toMatchObject({ pageSize: 10, pageNumber: 2, total: 30, pageCount: 3 })
    expect(body.entities).toHaveLength(10)
    expect(body.firstUri).toBe('/api/v2/flows?pageSize=10&pageNumber=1')
    expect(body.selfUri).toBe('/api/v2/flows?pageSize=10&pageNumber=2')
    expect(body.previousUri).toBe('/api/v2/flows?pageSize=10&pageNumber=1')
    expect(body.nextUri).toBe('/api/v2/flows?pageSize=10&pageNumber=3')
    expect(body.lastUri).toBe('/api/v2/flows?pageSize=10&pageNumber=3')
    for (const entity of body.entities) expect(entity.type).toBe(entity.type.toUpperCase())
  })

  it('leaves nextUri out on the last page and uses the defaults 1 and 25', async () => {
    const { body } = await get('/api/v2/flows')
    expect(body.pageSize).toBe(25)
    const last = await get(`/api/v2/flows?pageNumber=${body.pageCount}`)
    expect(last.body.nextUri).toBeUndefined()
    expect(body.previousUri).toBeUndefined()
  })

  it('pages through every live flow exactly once, sorted by id', async () => {
    const seen: string[] = []
    for (let page = 1; ; page++) {
      const { body } = await get(`/api/v2/flows?pageSize=7&pageNumber=${page}`)
      seen.push(...body.entities.map((entity: { id: string }) => entity.id))
      if (!body.nextUri) break
    }
    expect(seen).toEqual(live().map((flow) => flow.id).sort())
  })

  it('filters by repeated and by comma-separated type alike', async () => {
    const repeated = await get('/api/v2/flows?type=inboundcall&type=bot&pageSize=100')
    const joined = await get('/api/v2/flows?type=inboundcall,bot&pageSize=100')
    const expected = live().filter((flow) => flow.type === 'inboundcall' || flow.type === 'bot').map((flow) => flow.id).sort()
    expect(repeated.body.entities.map((entity: { id: string }) => entity.id)).toEqual(expected)
    expect(joined.body.entities).toEqual(repeated.body.entities)
  })

  it('refuses an unknown type with 400 invalid.value', async () => {
    const { status, body } = await get('/api/v2/flows?type=INBOUNDCALL')
    expect(status).toBe(400)
    expect(body.code).toBe('invalid.value')
  })

  it('matches name word by word against whole tokens, case-insensitively, with * inside a word', () => {
    expect(nameMatches('Billing / Payments', 'billing')).toBe(true)
    expect(nameMatches('Billing / Payments', 'PAYMENTS billing')).toBe(true)
    expect(nameMatches('Billing / Payments', 'bill')).toBe(false)
    expect(nameMatches('Billing / Payments', 'bill*')).toBe(true)
    expect(nameMatches('Order_Status Main', 'status')).toBe(false)
    expect(nameMatches('Order_Status Main', '*status*')).toBe(true)
  })

  it('filters the listing by name', async () => {
    const target = live().find((flow) => flow.type === 'inboundcall')!
    const word = target.name.split(' ')[0]!
    const { body } = await get(`/api/v2/flows?pageSize=100&name=${encodeURIComponent(word.toUpperCase())}`)
    expect(body.entities.map((entity: { id: string }) => entity.id)).toContain(target.id)
    for (const entity of body.entities) expect(nameMatches(entity.name, word)).toBe(true)
    expect(body.total).toBeLessThan(live().length)
  })

  it('returns only the given ids and ignores other filters when id is given', async () => {
    const [a, b] = live()
    const { body } = await get(`/api/v2/flows?id=${a!.id}&id=${b!.id}&type=workflow`)
    expect(body.entities.map((entity: { id: string }) => entity.id).sort()).toEqual([a!.id, b!.id].sort())
  })

  it('sorts by name descending when asked', async () => {
    const { body } = await get('/api/v2/flows?sortBy=name&sortOrder=desc&pageSize=100')
    const names = body.entities.map((entity: { name: string }) => entity.name.toLowerCase())
    expect(names).toEqual([...names].sort().reverse())
  })

  it('refuses a pageSize over 500 and a pageNumber of 0 with 400', async () => {
    expect((await get('/api/v2/flows?pageSize=501')).status).toBe(400)
    expect((await get('/api/v2/flows?pageNumber=0')).status).toBe(400)
    expect((await get('/api/v2/flows?pageSize=500')).status).toBe(200)
  })

  it('hides deleted flows unless deleted=true', async () => {
    const deleted = emulator.org.flows.find((flow) => flow.deleted)!
    expect((await get('/api/v2/flows?pageSize=100')).body.entities.some((e: { id: string }) => e.id === deleted.id)).toBe(false)
    expect((await get('/api/v2/flows?pageSize=100&deleted=true')).body.entities.some((e: { id: string }) => e.id === deleted.id)).toBe(true)
  })
})

describe('one flow', () => {
  it('answers the Flow entity with its published version', async () => {
    const flow = live()[0]!
    const { status, body } = await get(`/api/v2/flows/${flow.id}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: flow.id, name: flow.name, type: flow.type.toUpperCase(), publishedVersion: { id: flow.version } })
  })

  it('answers an unknown id with 404 and a deleted flow with 410 architect.flow.deleted', async () => {
    expect((await get('/api/v2/flows/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    const deleted = emulator.org.flows.find((flow) => flow.deleted)!
    const gone = await get(`/api/v2/flows/${deleted.id}`)
    expect(gone.status).toBe(410)
    expect(gone.body).toMatchObject({ code: 'architect.flow.deleted', message: 'Flow has been deleted.', status: 410 })
    expect((await get(`/api/v2/flows/${deleted.id}?deleted=true`)).status).toBe(200)
  })

  it('looks flows up by id and requires id', async () => {
    const flow = live()[3]!
    const { body } = await get(`/api/v2/flows/lookup?id=${flow.id}&id=not-a-flow`)
    expect(body.entities.map((entity: { id: string }) => entity.id)).toEqual([flow.id])
    expect((await get('/api/v2/flows/lookup')).status).toBe(400)
  })

  it('lists versions newest first and answers each version and its configuration', async () => {
    const flow = live().find((candidate) => Number(candidate.version) >= 2)!
    const versions = await get(`/api/v2/flows/${flow.id}/versions`)
    expect(versions.body.entities[0].id).toBe(flow.version)
    expect(versions.body.total).toBe(Number(flow.version))
    expect((await get(`/api/v2/flows/${flow.id}/versions/1.0`)).body.configurationUri).toBe(`/api/v2/flows/${flow.id}/versions/1.0/configuration`)
    expect((await get(`/api/v2/flows/${flow.id}/versions/1.0/configuration`)).body).toEqual(flow.document)
    expect((await get(`/api/v2/flows/${flow.id}/versions/99.0`)).status).toBe(404)
  })

  it('answers latestconfiguration with the document itself', async () => {
    const flow = live()[5]!
    const { body } = await get(`/api/v2/flows/${flow.id}/latestconfiguration`)
    expect(body).toEqual(flow.document)
    expect(body.type).toBe(flow.type)
  })

  it('answers an unknown API path with a 404 that names it', async () => {
    const { status, body } = await get('/api/v2/nothing/here')
    expect(status).toBe(404)
    expect(body.message).toContain('GET /api/v2/nothing/here')
  })
})
