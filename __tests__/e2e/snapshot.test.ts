// The built Action (node dist/index.js) run as a GitHub runner runs it, against the emulator over loopback
// HTTP, into a real repository with a bare remote.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'
import { actionNodes } from '../../scripts/support/action-nodes.js'

describe.each(actionNodes().map((node) => [node.version, node] as const))('on Node %s', (_version, node) => {
  let emulator: Emulator
  let repo: TempRepo
  let first: ActionRun
  let second: ActionRun
  let remoteBefore: string

  const remoteHead = () => repo.git(['--git-dir', repo.remote, 'rev-parse', 'main'], repo.root)

  beforeAll(async () => {
    emulator = await startEmulator({ flows: 12, seed: 21 })
    repo = createRepoWithRemote()
    remoteBefore = remoteHead()
    const inputs = {
      'client-id': emulator.clientId,
      'client-secret': emulator.clientSecret,
      'api-url': emulator.apiUrl,
      'flow-types': 'inboundcall',
      'fail-on': 'never',
    }
    first = await runAction(inputs, { workspace: repo.workspace, runnerTemp: repo.runnerTemp, node: node.path })
    second = await runAction(inputs, { workspace: repo.workspace, runnerTemp: repo.runnerTemp, node: node.path })
  })

  afterAll(async () => {
    await emulator?.close()
    repo?.cleanup()
  })

  describe('a nightly snapshot of inbound call flows and what they call', () => {
    it('ends with exit code 0 and status success when fail-on is never', () => {
      expect(first.exitCode).toBe(0)
      expect(first.outputs.status).toBe('success')
    })

    // {changed} in the message counts flow files; the files-changed output counts the manifest too.
    it('pushes one commit to the remote, by the configured author, with the flow files and the manifest', () => {
      const log = repo.git(['--git-dir', repo.remote, 'log', '--format=%H %an <%ae>|%s', `${remoteBefore}..main`], repo.root).split('\n')
      expect(log).toHaveLength(1)
      expect(log[0]).toBe(`${first.outputs['commit-sha']} github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|chore(genesys): snapshot ${Number(first.outputs['files-changed']) - 1} flow files`)
      const files = repo.git(['--git-dir', repo.remote, 'ls-tree', '-r', '--name-only', 'main', 'genesys-flows'], repo.root).split('\n')
      expect(files).toContain('genesys-flows/manifest.json')
      // Call routing files (routing: true by default) have their own folder and e2e test (routing.test.ts).
      expect(files.filter((f) => f.endsWith('.json') && !f.startsWith('genesys-flows/routing/')).length).toBe(Number(first.outputs['flows-exported']) + 1)
    })

    it('exports every inbound call flow of the org, and the flows they call', () => {
      const manifest = JSON.parse(readFileSync(join(repo.workspace, 'genesys-flows', 'manifest.json'), 'utf8'))
      const ids = new Set<string>(manifest.flows.map((f: { id: string }) => f.id))
      for (const flow of emulator.org.flows.filter((f) => f.type === 'inboundcall' && !f.deleted)) expect(ids).toContain(flow.id)
      expect(manifest.flows.some((f: { type: string }) => f.type !== 'inboundcall')).toBe(true)
    })

    it('writes each flow as its decoded configuration, keys sorted, with the manifest hash of the bytes', () => {
      const manifest = JSON.parse(readFileSync(join(repo.workspace, 'genesys-flows', 'manifest.json'), 'utf8'))
      for (const entry of manifest.flows) {
        const text = readFileSync(join(repo.workspace, 'genesys-flows', entry.path), 'utf8')
        expect(createHash('sha256').update(text).digest('hex')).toBe(entry.sha256)
        expect(Buffer.byteLength(text)).toBe(entry.bytes)
        const emulated = emulator.org.flows.find((f) => f.id === entry.id)!
        expect(JSON.parse(text)).toEqual(emulated.document)
        expect(entry.path).toMatch(new RegExp(`^${emulated.type}/[a-z0-9-]*--${entry.id}\\.json$`))
      }
      expect(manifest.flows.map((f: { id: string }) => f.id)).toEqual(manifest.flows.map((f: { id: string }) => f.id).sort())
    })

    it('annotates the planted broken references on their file and line', () => {
      const broken = first.annotations.filter((a) => a.properties.title?.startsWith('broken-reference'))
      const planted = emulator.org.planted.filter((p) => p.rule === 'broken-reference')
      const manifest = JSON.parse(readFileSync(join(repo.workspace, 'genesys-flows', 'manifest.json'), 'utf8'))
      const exported = new Set(manifest.flows.map((f: { id: string }) => f.id))
      expect(broken.length).toBe(planted.filter((p) => exported.has(p.flowId)).length)
      for (const annotation of broken) {
        const lines = readFileSync(join(repo.workspace, annotation.properties.file), 'utf8').split('\n')
        const line = lines[Number(annotation.properties.line) - 1]
        expect(line).toMatch(/"(nextAction|nextActionId|startAction|taskReference|menuReference|stateReference)"/)
        expect(annotation.message).toContain(line.split('"')[3])
      }
    })

    it('sets the outputs of the contract', () => {
      expect(Number(first.outputs['flows-exported'])).toBeGreaterThan(0)
      expect(first.outputs['flows-failed']).toBe('0')
      expect(first.outputs.changed).toBe('true')
      expect(first.outputs['integrity-rate']).toMatch(/^0\.\d{4}$|^1\.0000$/)
      expect(first.summary).toContain('mermaid')
    })

    // A deprecation or experimental-feature warning of this Node version would show here.
    it('writes nothing on stderr, on either run', () => {
      expect(first.stderr).toBe('')
      expect(second.stderr).toBe('')
    })

    it('makes no commit on the second run against the same org', () => {
      expect(second.exitCode).toBe(0)
      expect(second.outputs.changed).toBe('false')
      expect(second.outputs['commit-sha']).toBe('')
      expect(remoteHead()).toBe(first.outputs['commit-sha'])
      expect(repo.git(['status', '--porcelain'])).toBe('')
    })
  })
})
