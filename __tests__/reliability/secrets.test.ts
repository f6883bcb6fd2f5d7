// The whole job, in debug mode, with a webhook, a GitHub token, a token revoked mid-run and one flow that fails:
// every byte the run leaves anywhere a person or a system can read is scanned for every secret it held.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { visibleOutput } from '../../scripts/support/runner.js'
import { startReceiver, type Receiver } from '../report/receiver.js'
import { failingFlowId } from './cases.js'
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js'
import { baseInputs, copyRepo, createBaseline, runCase, type Baseline, type Evidence } from './world.js'

const WEBHOOK_SECRET = 'whsec-7c1f0e5a9b2d4e8f-reliability'
const GITHUB_TOKEN = 'ghs_R3l1ab1l1tyT0k3nN0tF0rL0gs0123456789'
const SIGNATURE_HEADER = 'x-flow-snapshot-signature-256'

let baseline: Baseline
let proxy: RecordingProxy
let receiver: Receiver
let evidence: Evidence

beforeAll(async () => {
  baseline = await createBaseline()
  const { emulator } = baseline
  proxy = await startRecordingProxy(emulator.apiUrl)
  receiver = await startReceiver([{ status: 200 }])
  emulator.setFaults({ revokeTokenAfterRequests: 5, failJobs: [failingFlowId(emulator)] })
  const repo = copyRepo(baseline)
  evidence = await runCase(
    repo,
    {
      ...baseInputs(emulator),
      'api-url': proxy.url,
      'login-url': proxy.url,
      'webhook-url': receiver.url,
      'webhook-secret': WEBHOOK_SECRET,
      'github-token': GITHUB_TOKEN,
    },
    { RUNNER_DEBUG: '1' },
  )
})

afterAll(async () => {
  await proxy?.close()
  await receiver?.close()
  evidence?.repo.cleanup()
  await baseline?.close()
})

/** Each secret, and the forms it takes on the wire (Basic credentials, URL encoding). */
function secrets(): Record<string, string[]> {
  const { clientId, clientSecret } = baseline.emulator
  const forms = (value: string) => [value, encodeURIComponent(value), Buffer.from(value).toString('base64')]
  return {
    'client secret': [...forms(clientSecret), Buffer.from(`${clientId}:${clientSecret}`).toString('base64')],
    'webhook secret': forms(WEBHOOK_SECRET),
    'GitHub token': forms(GITHUB_TOKEN),
    ...Object.fromEntries(proxy.tokens.map((token, index) => [`access token ${index + 1}`, forms(token)])),
  }
}

function filesUnder(dir: string, skip: (name: string) => boolean = () => false): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !skip(join(entry.parentPath, entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Every place the run's bytes end up, by name. */
function surfaces(): Record<string, string> {
  const { run, repo } = evidence
  const places: Record<string, string> = {
    'visible log (stdout and stderr without ::add-mask::)': visibleOutput(run),
    'job summary': run.summary,
    outputs: JSON.stringify(run.outputs),
    'report.json': readFileSync(run.outputs['report-path']!, 'utf8'),
    'audit log': readFileSync(run.outputs['audit-log']!, 'utf8'),
    'remote history (git log -p --all)': repo.git(['--git-dir', repo.remote, 'log', '-p', '--all', '--format=%H %an %ae %s%n%b'], repo.root),
  }
  for (const [index, delivery] of receiver.received.entries()) {
    const headers = Object.entries(delivery.headers).filter(([name]) => name !== SIGNATURE_HEADER)
    places[`webhook delivery ${index + 1}: headers but the signature`] = JSON.stringify(headers)
    places[`webhook delivery ${index + 1}: body`] = delivery.body
  }
  for (const file of filesUnder(repo.runnerTemp)) places[`runner temp file ${file}`] = readFileSync(file, 'utf8')
  for (const file of filesUnder(repo.workspace, (path) => path.includes(`${repo.workspace}/.git/`))) {
    places[`workspace file ${file}`] = readFileSync(file, 'utf8')
  }
  return places
}

describe('secrets in a debug run with a webhook, a GitHub token, a revoked token and a failed flow', () => {
  it('ran the whole job: two logins, a commit, a delivered webhook, one failed flow', () => {
    expect(proxy.tokens).toHaveLength(2)
    expect(evidence.run.outputs.status).toBe('partial')
    expect(evidence.run.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
    expect(receiver.received).toHaveLength(1)
    expect(receiver.received[0]!.headers[SIGNATURE_HEADER]).toMatch(/^sha256=[0-9a-f]{64}$/)
  })

  it('logged every request at debug level, so the scan covers debug output', () => {
    const debug = evidence.run.stdout.split('\n').filter((line) => line.startsWith('::debug::'))
    expect(debug.some((line) => /^::debug::POST \/api\/v2\/flows\/export\/jobs → 20[02] in \d+ ms$/.test(line))).toBe(true)
    expect(debug.some((line) => line.includes(' → 401 '))).toBe(true)
  })

  it('finds no secret, in any form, anywhere the run wrote or sent', () => {
    const hits: string[] = []
    const places = surfaces()
    for (const [secret, forms] of Object.entries(secrets())) {
      for (const [place, text] of Object.entries(places)) {
        if (forms.some((form) => text.includes(form))) hits.push(`${secret} in ${place}`)
      }
    }
    expect(Object.keys(places).length).toBeGreaterThan(10)
    expect(hits).toEqual([])
  })

  it('asks the runner to mask the client secret, the webhook secret, the GitHub token and every access token', () => {
    const masked = evidence.run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice(12))
    expect(masked).toEqual(expect.arrayContaining([baseline.emulator.clientSecret, WEBHOOK_SECRET, GITHUB_TOKEN, ...proxy.tokens]))
  })

  it('sends the bearer token to the API only, and Basic credentials to the login only', () => {
    const authorizations = proxy.exchanges.map((exchange) => [exchange.path.split('?')[0], exchange.requestHeaders.authorization?.split(' ')[0]])
    for (const [path, scheme] of authorizations) expect(scheme, path).toBe(path === '/oauth/token' ? 'Basic' : 'Bearer')
    expect(proxy.exchanges.some((exchange) => exchange.path.startsWith('/api/v2/'))).toBe(true)
  })

  it('never sends an Authorization header to the download host (its object store answers 400 to one)', () => {
    const downloads = baseline.emulator.requests.filter((entry) => entry.listener === 'download')
    expect(downloads.length).toBeGreaterThan(0)
    expect(downloads.filter((entry) => entry.status === 400)).toEqual([])
    expect(downloads.every((entry) => entry.status === 200)).toBe(true)
  })

  it('reaches Genesys Cloud only through the configured login and API URLs', () => {
    // Every login and API request the emulator answered came through the proxy the inputs named.
    expect(baseline.emulator.requests.filter((entry) => entry.listener !== 'download').length).toBe(proxy.exchanges.length)
  })
})
