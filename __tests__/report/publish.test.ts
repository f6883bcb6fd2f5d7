import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/model.js'
import type { PublishSettings } from '../../src/report/publish.js'
import { startReceiver, type Receiver } from './receiver.js'
import { parseAnnotations, parseOutputFile } from '../../scripts/support/runner.js'
import { IDS, OUTPUT_NAMES, call, finding, withFindings } from './run-result.js'

const run = promisify(execFile)
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const script = path.join(repoRoot, '__tests__/report/fixtures/publish-run.ts')
const webhookSecret = 'whsec-never-print-me-4242'
const mainFile = `genesys-flows/inboundcall/main-ivr--${IDS.mainIvr}.json`

let dir: string
let receiver: Receiver | undefined
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'report-publish-'))
})
afterEach(async () => {
  await receiver?.close()
  receiver = undefined
  await rm(dir, { recursive: true, force: true })
})

const result: RunResult = withFindings(
  [
    finding(),
    finding({ rule: 'flow-cycle', flowId: IDS.billing, flowName: 'Billing, main line', line: 7, path: [IDS.billing, IDS.mainIvr, IDS.billing] }),
    finding({ rule: 'unreachable-node', severity: 'warning', line: 90, message: '100% unreachable: "Menu"' }),
  ],
  { status: 'success' },
)
const resultWithCycle: RunResult = {
  ...result,
  validation: { ...result.validation, calls: [call(IDS.mainIvr, IDS.billing), call(IDS.billing, IDS.mainIvr)] },
}

/** Runs the publish script as a separate node process with a runner's environment. */
async function publishInChild(settings: PublishSettings) {
  const files = { output: path.join(dir, 'github_output'), summary: path.join(dir, 'step_summary') }
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  await writeFile(path.join(dir, 'result.json'), JSON.stringify(resultWithCycle))
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings))
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, path.join(dir, 'result.json'), path.join(dir, 'settings.json')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: settings.runnerTemp,
      GITHUB_REPOSITORY: 'acme/contact-center',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: 'aaaaaaa000000000000000000000000000000000',
      GITHUB_RUN_ID: '8675309',
    },
  })
  return {
    stdout,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  }
}

function settingsFor(webhook: PublishSettings['webhook']): PublishSettings {
  return { runnerTemp: path.join(dir, 'runner-temp'), failOn: 'error', webhook }
}

describe('publishReport in a real child process, as a runner runs it', () => {
  it('writes every output in the heredoc format, with the report and audit paths under RUNNER_TEMP', async () => {
    const { outputs } = await publishInChild(settingsFor(null))
    expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    expect(outputs).toMatchObject({
      status: 'success',
      findings: '3',
      errors: '2',
      warnings: '1',
      cycles: '1',
      'commit-sha': 'c0ffee0000000000000000000000000000000001',
      'report-path': path.join(dir, 'runner-temp', 'genesys-flow-snapshot', 'report.json'),
      'audit-log': path.join(dir, 'runner-temp', 'genesys-flow-snapshot', 'audit.jsonl'),
    })
  })

  it('annotates each finding on its file and line, most important first, with the rule in the title', async () => {
    const { stdout } = await publishInChild(settingsFor(null))
    const annotations = parseAnnotations(stdout)
    expect(annotations.map((a) => [a.level, a.properties])).toEqual([
      ['error', { title: 'broken-reference: Main IVR', file: mainFile, line: '42' }],
      ['error', { title: 'flow-cycle: Billing, main line', file: mainFile, line: '7' }],
      ['warning', { title: 'unreachable-node: Main IVR', file: mainFile, line: '90' }],
    ])
    expect(annotations[2]!.message).toBe('100% unreachable: "Menu" (node a1b2)')
  })

  it('writes the job summary with totals, linked findings and the call graph', async () => {
    const { summary } = await publishInChild(settingsFor(null))
    expect(summary).toContain('## ✅ Genesys flow snapshot: success')
    expect(summary).toContain(`https://github.com/acme/contact-center/blob/c0ffee0000000000000000000000000000000001/${mainFile}#L42`)
    expect(summary).toMatch(/```mermaid\nflowchart LR\n[\s\S]*linkStyle 0,1 /)
  })

  it('writes the JSON report of the contract', async () => {
    const { outputs } = await publishInChild(settingsFor(null))
    const report = JSON.parse(await readFile(outputs['report-path']!, 'utf8'))
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['status', 'startedAt', 'finishedAt', 'flows', 'findings', 'integrityRate', 'stats']))
    expect(report.findings[1]).toMatchObject({ rule: 'flow-cycle', path: [IDS.billing, IDS.mainIvr, IDS.billing] })
    expect(report.stats).toEqual({ requests: 17, retries: 2, throttled: 1, bytes: 123_456 })
  })

  it('delivers the webhook, then appends an audit line that records the delivery; a second run appends another', async () => {
    receiver = await startReceiver([{ status: 500 }, { status: 202 }])
    const settings = settingsFor({ url: receiver.url, secret: webhookSecret })
    const first = await publishInChild(settings)
    await publishInChild(settings)

    const lines = (await readFile(first.outputs['audit-log']!, 'utf8')).trim().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(2)
    const deliveryId = receiver.received[0]!.headers['x-flow-snapshot-delivery']
    expect(lines[0]).toMatchObject({
      repository: 'acme/contact-center',
      runId: '8675309',
      flowCount: 4,
      failedCount: 0,
      latencyMs: 65_500,
      status: 'success',
      commitSha: 'c0ffee0000000000000000000000000000000001',
      webhook: { deliveryId, state: 'delivered', attempts: 2, status: 202 },
      requests: 17,
      retries: 2,
      throttled: 1,
    })
    expect(lines[0].findingCounts).toMatchObject({ 'broken-reference': 1, 'flow-cycle': 1, 'unreachable-node': 1, 'missing-flow': 0 })

    const delivered = JSON.parse(receiver.received[1]!.body)
    expect(delivered).toMatchObject({
      event: 'flow_export_completed',
      repository: 'acme/contact-center',
      commitSha: 'c0ffee0000000000000000000000000000000001',
      changedFiles: [mainFile, 'genesys-flows/manifest.json'],
      audit: { runId: '8675309', webhook: { deliveryId, state: 'sending' } },
    })
  })

  it('reports an undeliverable webhook as a warning and still writes everything, without the secret anywhere', async () => {
    // Five tries with the real backoff would wait about 15 s; the receiver's Retry-After: 0 keeps it short.
    receiver = await startReceiver([{ status: 503, headers: { 'Retry-After': '0' } }])
    const { stdout, outputs, summary } = await publishInChild(settingsFor({ url: receiver.url, secret: webhookSecret }))

    const warnings = parseAnnotations(stdout).filter((a) => a.level === 'warning' && !a.properties.file)
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Webhook not delivered \(delivery [0-9a-f-]{36}\): the receiver answered HTTP 503; gave up after 5 tries\. The snapshot itself is not affected\.$/),
    ])
    expect(outputs.status).toBe('success')
    expect(summary).toContain('**Webhook not delivered** after 5 tries')
    const audit = await readFile(outputs['audit-log']!, 'utf8')
    expect(JSON.parse(audit).webhook).toMatchObject({ state: 'failed', attempts: 5, status: 503 })
    for (const text of [stdout, summary, audit, await readFile(outputs['report-path']!, 'utf8')]) {
      expect(text).not.toContain(webhookSecret)
      expect(text).not.toContain('query-secret-123')
    }
  })
})
