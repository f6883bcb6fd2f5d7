// HTTPS_PROXY / HTTP_PROXY / NO_PROXY, honoured as the Actions toolkit honours them. The API is given by a
// host name that only the proxy can resolve (genesys.test), so a run that succeeds has gone through it.
// Loopback addresses always bypass a proxy (toolkit rule), so the emulator's object store, on 127.0.0.1,
// is reached directly; a real download host is not loopback and would go through the proxy too.
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction } from '../../scripts/support/runner.js'

let emulator: Emulator
let proxy: Server
let proxyUrl: string
const tunnels: string[] = []
let repo: TempRepo

beforeAll(async () => {
  emulator = await startEmulator({ flows: 6, seed: 2 })
  proxy = createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '')
    const port = Number(new URL(`http://${req.url}`).port)
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  repo = createRepoWithRemote()
})

afterAll(async () => {
  await emulator?.close()
  await new Promise((done) => proxy?.close(done))
  repo?.cleanup()
})

const port = () => new URL(emulator.apiUrl).port
const inputs = () => ({
  mode: 'export',
  'client-id': emulator.clientId,
  'client-secret': emulator.clientSecret,
  'api-url': `http://genesys.test:${port()}`,
  'flow-types': 'inboundcall',
  'fail-on': 'never',
})

describe('a corporate proxy', () => {
  it('carries every login and API request when HTTPS_PROXY and HTTP_PROXY are set', async () => {
    tunnels.length = 0
    emulator.reset()
    const run = await runAction(inputs(), { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env: { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('success')
    const viaProxy = emulator.requests.filter((r) => r.listener !== 'download')
    expect(viaProxy.length).toBeGreaterThan(2)
    // A tunnel carries several requests (keep-alive), and every tunnel went to the API host by name.
    expect(tunnels.length).toBeGreaterThan(0)
    expect(new Set(tunnels)).toEqual(new Set([`genesys.test:${port()}`]))
  })

  it('is bypassed for a host NO_PROXY covers: nothing reaches the proxy', async () => {
    tunnels.length = 0
    emulator.reset()
    const run = await runAction(inputs(), {
      workspace: repo.workspace,
      runnerTemp: repo.runnerTemp,
      env: { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl, NO_PROXY: 'genesys.test' },
    })
    expect(tunnels).toEqual([])
    expect(emulator.requests).toEqual([])
    // Without the proxy the made-up host cannot be resolved: the run says so and what to check.
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message).join('\n')).toMatch(/genesys\.test/)
  })
})
