import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { apiGet, apiPost, token } from './helpers.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ flows: 4 })
})
afterEach(() => emulator.reset())
afterAll(() => emulator.close())

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`
}

/** A Uint8Array body, so fetch adds no Content-Type of its own. */
async function login(headers: Record<string, string>, body: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${emulator.loginUrl}/oauth/token`, { method: 'POST', headers, body: new TextEncoder().encode(body) })
  return { status: response.status, body: await response.json() }
}

const form = { 'Content-Type': 'application/x-www-form-urlencoded' }

describe('POST /oauth/token', () => {
  it('issues a lower-case bearer token with the real expires_in', async () => {
    const result = await login({ ...form, Authorization: basic(emulator.clientId, emulator.clientSecret) }, 'grant_type=client_credentials')
    expect(result.status).toBe(200)
    expect(result.body).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 86399 })
  })

  it('answers a wrong secret with the real 400 invalid_client body', async () => {
    const result = await login({ ...form, Authorization: basic(emulator.clientId, 'not-the-secret') }, 'grant_type=client_credentials')
    expect(result).toEqual({ status: 400, body: { error: 'invalid_client', description: 'authentication failed', error_description: 'authentication failed' } })
  })

  it('answers an unknown client exactly like a wrong secret', async () => {
    const result = await login({ ...form, Authorization: basic('no-such-client', 'x') }, 'grant_type=client_credentials')
    expect(result.status).toBe(400)
    expect(result.body.error).toBe('invalid_client')
  })

  it('answers a request without Basic credentials with invalid_client', async () => {
    const result = await login(form, 'grant_type=client_credentials')
    expect(result.status).toBe(400)
    expect(result.body.error).toBe('invalid_client')
  })

  it('refuses the grant sent as JSON', async () => {
    const result = await login(
      { 'Content-Type': 'application/json', Authorization: basic(emulator.clientId, emulator.clientSecret) },
      JSON.stringify({ grant_type: 'client_credentials' }),
    )
    expect(result.status).toBe(400)
    expect(result.body.error).toBe('invalid_request')
  })

  it('does not read a body without the form Content-Type, so its grant_type is missing', async () => {
    const result = await login({ Authorization: basic(emulator.clientId, emulator.clientSecret) }, 'grant_type=client_credentials')
    expect(result.status).toBe(400)
    expect(result.body).toMatchObject({ error: 'invalid_request', error_description: 'grant_type is required' })
  })

  it('refuses a grant type other than client_credentials', async () => {
    const result = await login({ ...form, Authorization: basic(emulator.clientId, emulator.clientSecret) }, 'grant_type=password')
    expect(result.status).toBe(400)
    expect(result.body.error).toBe('unsupported_grant_type')
  })

  it('refuses a client that lacks the client-credentials grant with unauthorized_client', async () => {
    emulator.addClient({ clientId: 'implicit-only', clientSecret: 's3cret', clientCredentialsGrant: false })
    const result = await login({ ...form, Authorization: basic('implicit-only', 's3cret') }, 'grant_type=client_credentials')
    expect(result).toEqual({
      status: 400,
      body: {
        error: 'unauthorized_client',
        description: 'client is not authorized to use the client_credential grant type',
        error_description: 'client is not authorized to use the client_credential grant type',
      },
    })
  })

  it('limits token requests per client and answers 429 with Retry-After', async () => {
    const limited = await startEmulator({ flows: 1, tokenRequestsPerMinute: 2 })
    try {
      await token(limited)
      await token(limited)
      const response = await fetch(`${limited.loginUrl}/oauth/token`, {
        method: 'POST',
        headers: { ...form, Authorization: basic(limited.clientId, limited.clientSecret) },
        body: 'grant_type=client_credentials',
      })
      expect(response.status).toBe(429)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    } finally {
      await limited.close()
    }
  })
})

describe('bearer tokens on the API', () => {
  it('answers a request without a token with 401 authentication.required', async () => {
    const response = await fetch(`${emulator.apiUrl}/api/v2/flows`)
    const body = await response.json()
    expect(response.status).toBe(401)
    expect(body).toMatchObject({ code: 'authentication.required', status: 401, message: 'No authentication bearer token specified in authorization header.' })
    expect(body.contextId).toBe(response.headers.get('inin-correlation-id'))
  })

  it('answers a garbage token with 401 bad.credentials', async () => {
    const result = await apiGet(emulator, 'garbage', '/api/v2/flows')
    expect(result.status).toBe(401)
    expect(result.body).toMatchObject({ message: 'Invalid login credentials.', code: 'bad.credentials', status: 401 })
  })

  it('answers an expired token with 401 credentials.expired', async () => {
    const shortLived = await startEmulator({ flows: 1, tokenTtlSeconds: 0 })
    try {
      const result = await apiGet(shortLived, await token(shortLived), '/api/v2/flows')
      expect(result.status).toBe(401)
      expect(result.body.code).toBe('credentials.expired')
    } finally {
      await shortLived.close()
    }
  })

  it('answers a revoked token with 401, and a new token works again', async () => {
    const before = await token(emulator)
    emulator.revokeTokens()
    expect((await apiGet(emulator, before, '/api/v2/flows')).status).toBe(401)
    expect((await apiGet(emulator, await token(emulator), '/api/v2/flows')).status).toBe(200)
  })
})

describe('permissions', () => {
  it('answers a client without architect:flow:view with the real 403 body', async () => {
    emulator.addClient({ clientId: 'no-view', clientSecret: 'secret-1', permissions: ['architect:jobExport:create'] })
    const result = await apiGet(emulator, await token(emulator, 'no-view', 'secret-1'), '/api/v2/flows')
    expect(result.status).toBe(403)
    expect(result.body).toMatchObject({
      message: 'Unable to perform the requested action. You must have at least one of the following permissions assigned: [architect:flow:view]',
      code: 'missing.any.permissions',
      status: 403,
      messageParams: { permissions: '[architect:flow:view]' },
    })
  })

  it('answers an export request without architect:jobExport:create with missing.permissions', async () => {
    emulator.addClient({ clientId: 'view-only', clientSecret: 'secret-2', permissions: ['architect:flow:view'] })
    const result = await apiPost(emulator, await token(emulator, 'view-only', 'secret-2'), '/api/v2/flows/export/jobs', {
      flows: [{ flow: { id: emulator.org.flows[0]!.id }, exportType: 'Architect' }],
    })
    expect(result.status).toBe(403)
    expect(result.body).toMatchObject({
      code: 'missing.permissions',
      message: 'Unable to perform the requested action. You are missing the following permission(s): [architect:jobExport:create]',
    })
  })
})
