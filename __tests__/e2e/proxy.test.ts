// HTTPS_PROXY / HTTP_PROXY / NO_PROXY, honoured as the Actions toolkit honours them. The API is given by a
// host name that only the proxy can resolve (genesys.test), so a run that succeeds has gone through it.
// Loopback addresses always bypass a proxy (toolkit rule), so the emulator's object store, on 127.0.0.1,
// is reached directly; a real download host is not loopback and would go through the proxy too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'
import { actionNodes } from '../../scripts/support/action-nodes.js'
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js'

describe.each(actionNodes().map((node) => [node.version, node] as const))('on Node %s', (_version, node) => {
  let emulator: Emulator
  let proxy: ConnectProxy
  let proxyUrl: string
  let tunnels: string[]
  let repo: TempRepo
  const runs: ActionRun[] = []

  beforeAll(async () => {
    emulator = await startEmulator({ flows: 6, seed: 2 })
    proxy = await startConnectProxy(Number(new URL(emulator.apiUrl).port))
    proxyUrl = proxy.url
    tunnels = proxy.tunnels
    repo = createRepoWithRemote()
  })

  afterAll(async () => {
    await emulator?.close()
    await proxy?.close()
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
      const run = await runAction(inputs(), { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env: { HTTPS_PROXY: proxyUrl, HTTP_PROXY: proxyUrl }, node: node.path })
      runs.push(run)
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
        node: node.path,
      })
      runs.push(run)
      expect(tunnels).toEqual([])
      expect(emulator.requests).toEqual([])
      // Without the proxy the made-up host cannot be resolved: the run says so and what to check.
      expect(run.exitCode).toBe(1)
      expect(run.annotations.map((a) => a.message).join('\n')).toMatch(/genesys\.test/)
    })

    // The proxy agent is where this Node version's HTTP client (undici) would warn about an option it dropped.
    it('wrote nothing on stderr in either run', () => {
      expect(runs).toHaveLength(2)
      for (const run of runs) expect(run.stderr).toBe('')
    })
  })
})
