import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { apiGet, token } from './helpers.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ flows: 3, seed: 11 })
})
afterEach(() => emulator.reset())
afterAll(() => emulator.close())

describe('per-client rate limit', () => {
  it('answers the 301st request of a window with 429, Retry-After in seconds and the standard body', async () => {
    const bearer = await token(emulator)
    const statuses: number[] = []
    for (let i = 0; i < 300; i++) statuses.push((await apiGet(emulator, bearer, '/api/v2/flows?pageSize=1')).status)
    expect(statuses.every((status) => status === 200)).toBe(true)
    const refused = await apiGet(emulator, bearer, '/api/v2/flows?pageSize=1')
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true)
    expect(refused.body).toMatchObject({
      status: 429,
      code: 'too.many.requests.retry.after',
      message: `Rate limit exceeded the maximum. Retry the request in [${retryAfter}] seconds`,
    })
  })

  it('counts each client on its own', async () => {
    const limited = await startEmulator({ flows: 1, requestsPerMinute: 2 })
    try {
      limited.addClient({ clientId: 'second', clientSecret: 'second-secret' })
      const first = await token(limited)
      await apiGet(limited, first, '/api/v2/flows')
      await apiGet(limited, first, '/api/v2/flows')
      expect((await apiGet(limited, first, '/api/v2/flows')).status).toBe(429)
      expect((await apiGet(limited, await token(limited, 'second', 'second-secret'), '/api/v2/flows')).status).toBe(200)
    } finally {
      await limited.close()
    }
  })

  it('opens a new window after rateWindowMs', async () => {
    let offset = 0
    const fast = await startEmulator({ flows: 1, requestsPerMinute: 1, clock: () => Date.now() + offset })
    try {
      const bearer = await token(fast)
      expect((await apiGet(fast, bearer, '/api/v2/flows')).status).toBe(200)
      expect((await apiGet(fast, bearer, '/api/v2/flows')).status).toBe(429)
      offset += 60_000
      expect((await apiGet(fast, bearer, '/api/v2/flows')).status).toBe(200)
    } finally {
      await fast.close()
    }
  })

  it('reports the window on every API answer in the inin-ratelimit headers', async () => {
    const bearer = await token(emulator)
    await apiGet(emulator, bearer, '/api/v2/flows')
    const { headers } = await apiGet(emulator, bearer, '/api/v2/flows')
    expect(headers.get('inin-ratelimit-allowed')).toBe('300')
    expect(headers.get('inin-ratelimit-count')).toBe('2')
    expect(Number(headers.get('inin-ratelimit-reset'))).toBeGreaterThan(0)
    expect(headers.get('inin-correlation-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('injected API faults', () => {
  it('answers requests from..from+count-1 with 429 under throttleBurst', async () => {
    const bearer = await token(emulator)
    emulator.setFaults({ throttleBurst: { from: 2, count: 2 } })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await apiGet(emulator, bearer, '/api/v2/flows')).status)
    expect(statuses).toEqual([200, 429, 429, 200, 200])
  })

  it('answers about serverErrorRate of requests with a 5xx standard body, the same ones for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      emulator.reset()
      emulator.setFaults({ serverErrorRate: 0.3 })
      const bearer = await token(emulator)
      const statuses: number[] = []
      for (let i = 0; i < 60; i++) statuses.push((await apiGet(emulator, bearer, '/api/v2/flows')).status)
      return statuses
    }
    const first = await run()
    const errors = first.filter((status) => status >= 500)
    expect(errors.length).toBeGreaterThan(6)
    expect(errors.length).toBeLessThan(36)
    expect(new Set(errors).size).toBeGreaterThan(1)
    expect(await run()).toEqual(first)
  })

  it('answers with an HTML 502 page under htmlInsteadOfJson', async () => {
    const bearer = await token(emulator)
    emulator.setFaults({ htmlInsteadOfJson: 1 })
    const response = await fetch(`${emulator.apiUrl}/api/v2/flows`, { headers: { Authorization: `Bearer ${bearer}` } })
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toContain('<html>')
  })

  it('holds every answer back under slowMs (a client with a short timeout gives up)', async () => {
    const bearer = await token(emulator)
    emulator.setFaults({ slowMs: 2_000 })
    const request = fetch(`${emulator.apiUrl}/api/v2/flows`, { headers: { Authorization: `Bearer ${bearer}` }, signal: AbortSignal.timeout(100) })
    await expect(request).rejects.toThrow(/abort|timeout/i)
  })

  it('revokes every token after revokeTokenAfterRequests authenticated requests', async () => {
    emulator.setFaults({ revokeTokenAfterRequests: 2 })
    const bearer = await token(emulator)
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await apiGet(emulator, bearer, '/api/v2/flows')).status)
    expect(statuses).toEqual([200, 200, 401])
    expect((await apiGet(emulator, await token(emulator), '/api/v2/flows')).status).toBe(200)
  })

  it('counts revokeTokenAfterRequests from when the fault is set, not from the start', async () => {
    const bearer = await token(emulator)
    for (let i = 0; i < 3; i++) expect((await apiGet(emulator, bearer, '/api/v2/flows')).status).toBe(200)
    emulator.setFaults({ revokeTokenAfterRequests: 1 })
    expect((await apiGet(emulator, bearer, '/api/v2/flows')).status).toBe(200)
    expect((await apiGet(emulator, bearer, '/api/v2/flows')).status).toBe(401)
  })

  it('logs every request with its method, path, query, status, client and listener', async () => {
    const bearer = await token(emulator)
    await apiGet(emulator, bearer, '/api/v2/flows?type=bot&type=workflow')
    expect(emulator.requests).toEqual([
      { method: 'POST', path: '/oauth/token', query: {}, status: 200, clientId: emulator.clientId, listener: 'login', at: expect.any(Number) },
      { method: 'GET', path: '/api/v2/flows', query: { type: ['bot', 'workflow'] }, status: 200, clientId: emulator.clientId, listener: 'api', at: expect.any(Number) },
    ])
  })
})
