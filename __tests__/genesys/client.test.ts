import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { createGenesysClient } from '../../src/genesys/client.js'
import { GenesysApiError } from '../../src/genesys/errors.js'
import { exportFlows } from '../../src/export/export.js'
import { clientFor, count, exportOptions, liveFlows, selection, startOrg } from './harness.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startOrg({ flows: 20, seed: 3 })
})
afterAll(() => emulator.close())
beforeEach(() => emulator.reset())

const SECRET = 'a-very-secret-value-that-must-not-leak'

function clientAs(clientId: string, clientSecret: string) {
  return createGenesysClient({ clientId, clientSecret, apiUrl: emulator.apiUrl, loginUrl: emulator.loginUrl, concurrency: 4 }, { random: () => 0.05 })
}

async function rejection(promise: Promise<unknown>): Promise<GenesysApiError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason)
  expect(error).toBeInstanceOf(GenesysApiError)
  return error as GenesysApiError
}

describe('createGenesysClient', () => {
  it('logs in once for many requests sent at the same moment', async () => {
    const client = clientFor(emulator)
    await Promise.all(Array.from({ length: 8 }, () => client.request({ method: 'GET', path: '/api/v2/flows', query: { pageSize: 1 } })))
    expect(count(emulator, 'POST', /^\/oauth\/token$/, 'login')).toBe(1)
    expect(client.stats.requests).toBe(9)
  })

  it('gets one new token when the API refuses the current one', async () => {
    const client = clientFor(emulator)
    await client.request({ method: 'GET', path: '/api/v2/flows' })
    emulator.revokeTokens()
    await client.request({ method: 'GET', path: '/api/v2/flows' })
    expect(count(emulator, 'POST', /^\/oauth\/token$/, 'login')).toBe(2)
    expect(client.stats.retries).toBe(1)
  })

  it('explains refused credentials without repeating the secret', async () => {
    const error = await rejection(clientAs(emulator.clientId, SECRET).request({ method: 'GET', path: '/api/v2/flows' }))
    expect(error.status).toBe(400)
    expect(error.code).toBe('invalid_client')
    expect(error.path).toBe('/oauth/token')
    expect(error.message).toMatch(/client-id and client-secret.*region/)
    expect(error.message).not.toContain(SECRET)
  })

  it('says the grant must be enabled when the client lacks client credentials', async () => {
    emulator.addClient({ clientId: 'no-grant', clientSecret: SECRET, clientCredentialsGrant: false })
    const error = await rejection(clientAs('no-grant', SECRET).request({ method: 'GET', path: '/api/v2/flows' }))
    expect(error.code).toBe('unauthorized_client')
    expect(error.message).toContain('Client Credentials grant')
  })

  it('names the login host when it cannot be reached', async () => {
    const client = createGenesysClient(
      { clientId: 'x', clientSecret: SECRET, apiUrl: 'http://127.0.0.1:9', loginUrl: 'http://127.0.0.1:9', concurrency: 1 },
      { random: () => 0 },
    )
    const error = await rejection(client.request({ method: 'GET', path: '/api/v2/flows' }))
    expect(error.message).toContain('Could not reach Genesys Cloud login at http://127.0.0.1:9/oauth/token')
    expect(error.message).not.toContain(SECRET)
  })

  it('stays under the limit the org announces in inin-ratelimit-allowed', async () => {
    const small = await startOrg({ flows: 5, requestsPerMinute: 15, rateWindowMs: 1_000 })
    try {
      // The client starts from the default 300 and learns 15 from the first answers.
      const client = clientFor(small, { rateWindowMs: 1_000 })
      await Promise.all(Array.from({ length: 40 }, () => client.request({ method: 'GET', path: '/api/v2/flows' })))
      expect(small.requests.filter((entry) => entry.status === 429)).toEqual([])
      expect(client.stats.throttled).toBe(0)
    } finally {
      await small.close()
    }
  })
})

describe('exportFlows with a client that lacks permissions', () => {
  it('names each refused type with the missing permission and does not throw', async () => {
    emulator.addClient({ clientId: 'no-view', clientSecret: SECRET, permissions: ['architect:jobExport:create', 'architect:jobExport:view'] })
    const result = await exportFlows(clientAs('no-view', SECRET), selection({ flowTypes: ['inboundcall', 'bot'] }), exportOptions)
    expect(result.exported).toEqual([])
    expect(result.failed.map((flow) => flow.ref.name)).toEqual(['all inboundcall flows', 'all bot flows'])
    for (const failed of result.failed) expect(failed.reason).toContain('architect:flow:view')
    expect(result.scope.listedTypes).toEqual([])
  })

  it('stops with the permission to add when export jobs are refused', async () => {
    emulator.addClient({ clientId: 'no-export', clientSecret: SECRET, permissions: ['architect:flow:view', 'architect:jobExport:view'] })
    const flow = liveFlows(emulator)[0]!
    const error = await rejection(exportFlows(clientAs('no-export', SECRET), selection({ flowIds: [flow.id] }), exportOptions))
    expect(error.status).toBe(403)
    expect(error.message).toContain('architect:jobExport:create')
    expect(error.message).toContain('role of the OAuth client')
  })
})
