import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { apiGet, apiPost, token } from './helpers.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ flows: 4, seed: 'server', jobDoneAfterMs: 0 })
})
afterAll(() => emulator.close())

describe('the main listener', () => {
  it('answers a method a route does not take with 405', async () => {
    const response = await fetch(`${emulator.apiUrl}/api/v2/flows`, { method: 'DELETE', headers: { Authorization: `Bearer ${await token(emulator)}` } })
    expect(response.status).toBe(405)
    expect((await response.json()).code).toBe('method.not.allowed')
  })

  it('refuses a body over 512 000 bytes with 413 request.entity.too.large', async () => {
    const result = await apiPost(emulator, await token(emulator), '/api/v2/flows/export/jobs', { padding: 'x'.repeat(520_000) })
    expect(result.status).toBe(413)
    expect(result.body.code).toBe('request.entity.too.large')
  })

  it('answers GET /oauth/token with 405 and a path outside /api with a 404 that says where things are', async () => {
    expect((await fetch(`${emulator.loginUrl}/oauth/token`)).status).toBe(405)
    const outside = await fetch(`${emulator.apiUrl}/v2/flows`)
    expect(outside.status).toBe(404)
    expect((await outside.json()).message).toContain('/api/v2')
  })

  it('leaves messages out of a job unless expand=messages asks for them', async () => {
    const bearer = await token(emulator)
    const { body } = await apiPost(emulator, bearer, '/api/v2/flows/export/jobs', { flows: [{ flow: { id: emulator.org.flows[0]!.id }, exportType: 'Architect' }] })
    expect((await apiGet(emulator, bearer, `/api/v2/flows/export/jobs/${body.id}`)).body.messages).toBeUndefined()
    expect((await apiGet(emulator, bearer, `/api/v2/flows/export/jobs/${body.id}?expand=messages`)).body.messages).toEqual([])
  })

  it('forgets tokens, jobs, faults and the request log on reset, and keeps the org and the clients', async () => {
    emulator.addClient({ clientId: 'kept', clientSecret: 'kept-secret' })
    const bearer = await token(emulator)
    const flows = emulator.org.flows
    const job = await apiPost(emulator, bearer, '/api/v2/flows/export/jobs', { flows: [{ flow: { id: flows[0]!.id }, exportType: 'Architect' }] })
    emulator.setFaults({ htmlInsteadOfJson: 1 })
    emulator.reset()
    expect(emulator.requests).toEqual([])
    expect((await apiGet(emulator, bearer, '/api/v2/flows')).status).toBe(401)
    const fresh = await token(emulator, 'kept', 'kept-secret')
    const listed = await apiGet(emulator, fresh, '/api/v2/flows')
    expect(listed.status).toBe(200)
    expect(listed.body.total).toBe(flows.length)
    expect((await apiGet(emulator, fresh, `/api/v2/flows/export/jobs/${job.body.id}`)).status).toBe(404)
  })

  it('gives the same credentials, flows and planted defects for the same seed', async () => {
    const again = await startEmulator({ flows: 4, seed: 'server' })
    try {
      expect([again.clientId, again.clientSecret]).toEqual([emulator.clientId, emulator.clientSecret])
      expect(again.org).toEqual(emulator.org)
    } finally {
      await again.close()
    }
  })
})
