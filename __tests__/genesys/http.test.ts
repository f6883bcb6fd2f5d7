// httpFetch picks its proxy as the Actions toolkit does (http_proxy / https_proxy, no_proxy, loopback
// direct). A real CONNECT proxy on loopback stands between the test and the emulator.
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { httpFetch } from '../../src/genesys/http.js'
import { startOrg } from './harness.js'

let emulator: Emulator
let proxy: Server
let proxyPort = 0
let emulatorPort = 0
const tunnels: string[] = []
const savedEnv = { ...process.env }

beforeAll(async () => {
  emulator = await startOrg({ flows: 2 })
  emulatorPort = Number(new URL(emulator.apiUrl).port)
  // Tunnels every CONNECT to the emulator, whatever host it names, and remembers the host asked for.
  proxy = createServer()
  proxy.on('connect', (request, client, head) => {
    tunnels.push(request.url ?? '')
    const upstream = connect(emulatorPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyPort = (proxy.address() as AddressInfo).port
})
afterAll(async () => {
  await emulator.close()
  proxy.closeAllConnections()
  await new Promise((resolve) => proxy.close(resolve))
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
