// httpFetch picks its proxy as the Actions toolkit does (http_proxy / https_proxy, no_proxy, loopback
// direct). A real CONNECT proxy on loopback stands between the test and the emulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { httpFetch } from '../../src/http/fetch.js'
import { startOrg } from './harness.js'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'

let emulator: Emulator
let proxy: ConnectProxy
let proxyPort = 0
let emulatorPort = 0
let tunnels: string[] = []
const savedEnv = { ...process.env }

beforeAll(async () => {
  emulator = await startOrg({ flows: 2 })
  emulatorPort = Number(new URL(emulator.apiUrl).port)
  proxy = await startConnectProxy(emulatorPort)
  proxyPort = Number(new URL(proxy.url).port)
  tunnels = proxy.tunnels
})
afterAll(async () => {
  await emulator.close()
  await proxy.close()
})
afterEach(() => {
  for (const name of ['http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  tunnels.length = 0
})


// A name under .test never resolves, so a request that did not go through the proxy cannot succeed.
describe('httpFetch', () => {
  it('goes through the proxy that http_proxy names', async () => {
    process.env.http_proxy = `http://127.0.0.1:${proxyPort}`
    const response = await httpFetch(`http://genesys-api.example.test:${emulatorPort}/api/v2/flows`)
    // The emulator answers (401: no token), so the request really reached it through the tunnel.
    expect(response.status).toBe(401)
    expect(tunnels).toEqual([`genesys-api.example.test:${emulatorPort}`])
  })

  it('goes direct for a host no_proxy names', async () => {
    process.env.http_proxy = `http://127.0.0.1:${proxyPort}`
    process.env.no_proxy = '.example.test'
    await expect(httpFetch(`http://genesys-api.example.test:${emulatorPort}/api/v2/flows`, { timeoutMs: 5_000 })).rejects.toThrow()
    expect(tunnels).toEqual([])
  })

  it('goes direct to loopback even with a proxy set', async () => {
    process.env.http_proxy = `http://127.0.0.1:${proxyPort}`
    const response = await httpFetch(`${emulator.apiUrl}/api/v2/flows`)
    expect(response.status).toBe(401)
    expect(tunnels).toEqual([])
  })

  it('aborts a request that takes longer than its timeout', async () => {
    emulator.setFaults({ slowMs: 2_000 })
    try {
      await expect(httpFetch(`${emulator.apiUrl}/api/v2/flows`, { timeoutMs: 100 })).rejects.toThrow(/abort/i)
    } finally {
      emulator.setFaults({})
    }
  })
})
