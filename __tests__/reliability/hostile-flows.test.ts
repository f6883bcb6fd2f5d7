// Hostile flow content served by the emulator, through the built Action into a real repository: names that
// are paths or workflow commands, a flow that transfers to itself, a 4,000-level nested value and a flow of a
// million JSON nodes. Nothing may land outside output-dir, nothing may crash, and the findings must make sense.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, visibleOutput, type ActionRun } from '../../scripts/support/runner.js'
import { BULK_NODES, NESTING_DEPTH, writeHostileOrg, type HostileOrg } from './hostile-org.js'

let org: HostileOrg
let emulator: Emulator
let repo: TempRepo
let run: ActionRun
let report: { status: string; flows: { id: string; name: string; status: string; path: string }[]; findings: { rule: string; severity: string; flowId: string; path?: string[] }[] }
let manifest: { flows: { id: string; name: string; path: string }[] }

beforeAll(async () => {
  repo = createRepoWithRemote('gfs-hostile-')
  org = await writeHostileOrg(join(repo.root, 'org'))
  emulator = await startEmulator({ orgDir: org.dir, seed: 5, jobDoneAfterMs: 20 })
  run = await runAction(
    { 'client-id': emulator.clientId, 'client-secret': emulator.clientSecret, 'api-url': emulator.apiUrl, 'flow-types': 'all', 'fail-on': 'never' },
    { workspace: repo.workspace, runnerTemp: repo.runnerTemp },
  )
  report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'))
  manifest = JSON.parse(readFileSync(join(repo.workspace, 'genesys-flows', 'manifest.json'), 'utf8'))
}, 120_000)

afterAll(async () => {
  await emulator?.close()
  repo?.cleanup()
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
}

describe('hostile flow names and contents, through the built Action', () => {
  it('finishes without a crash and exports every flow', () => {
    expect(run.stderr).toBe('')
    expect(run.exitCode, visibleOutput(run)).toBe(0)
    expect(run.outputs.status).toBe('success')
    expect(report.flows.map((flow) => flow.status)).toEqual(report.flows.map(() => 'exported'))
    expect(report.flows).toHaveLength(org.names.size)
  })

  it('writes every flow at <type>/<slug>--<id>.json under output-dir, the slug safe whatever the name', () => {
    for (const entry of manifest.flows) {
      expect(entry.path).toMatch(new RegExp(`^[a-z]+/([a-z0-9]+(-[a-z0-9]+)*)?--${entry.id}\\.json$`))
      expect(entry.path.split('/')[1]!.length).toBeLessThanOrEqual(60 + 2 + 36 + 5)
      expect(existsSync(join(repo.workspace, 'genesys-flows', entry.path))).toBe(true)
    }
  })

  it('keeps each flow name exactly, control characters included, in the manifest', () => {
    expect(new Map(manifest.flows.map((entry) => [entry.id, entry.name]))).toEqual(org.names)
  })

  it('writes nothing outside output-dir: the workspace holds README, the flow files and the manifest, and .git gains no hook', () => {
    const outside = filesUnder(repo.workspace).filter((path) => !path.startsWith('.git/') && path !== 'README.md' && !path.startsWith('genesys-flows/'))
    expect(outside).toEqual([])
    expect(filesUnder(join(repo.workspace, 'genesys-flows')).sort()).toEqual([...manifest.flows.map((entry) => entry.path), 'manifest.json'].sort())
    expect(readdirSync(join(repo.workspace, '.git', 'hooks')).filter((name) => !name.endsWith('.sample'))).toEqual([])
    expect(readdirSync(repo.root).sort()).toEqual(['org', 'remote.git', 'runner-temp', 'workspace'])
  })

  it('lets no flow name issue a workflow command: the only annotations are findings, the only masks the secret and the tokens', () => {
    for (const annotation of run.annotations) {
      expect(annotation.properties.title ?? '').not.toBe('injected')
      expect(annotation.message).not.toMatch(/command from a flow name|percent-encoded newline/)
    }
    const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'))
    expect(masks).toEqual([`::add-mask::${emulator.clientSecret}`, ...emulator.issuedTokens().map((token) => `::add-mask::${token}`)])
    // Every annotation is a finding, titled by its rule: none came from a flow name.
    const rules = /^(broken-reference|duplicate-id|unreachable-node|dead-end|missing-flow|flow-type-mismatch|flow-cycle|format-version|invalid-flow|size-limit)\b/
    for (const annotation of run.annotations) expect(annotation.properties.title ?? '').toMatch(rules)
    for (const line of run.stdout.split(/\r?\n/)) if (line.startsWith('::')) expect(line).toMatch(/^::(add-mask|group|endgroup|debug)::|^::(error|warning|notice)( [^:]*)?::/)
  })

  it('reports the flow that transfers to itself as a flow-cycle warning with the path [flow, flow]', () => {
    const self = report.findings.filter((finding) => finding.rule === 'flow-cycle' && finding.flowId === org.selfCallingId)
    expect(self).toHaveLength(1)
    expect(self[0]!.severity).toBe('warning')
    expect(self[0]!.path).toEqual([org.selfCallingId, org.selfCallingId])
  })

  it('reads the deeply nested and the million-node flows as valid flows, with no invalid-flow finding', () => {
    const invalid = report.findings.filter((finding) => finding.rule === 'invalid-flow' || finding.rule === 'size-limit')
    expect(invalid).toEqual([])
    const deepFile = readFileSync(join(repo.workspace, 'genesys-flows', manifest.flows.find((entry) => entry.id === org.deepId)!.path), 'utf8')
    // Two nested values (in an action and at the top), each NESTING_DEPTH objects deep, written out in full.
    expect(deepFile.split('\n').filter((line) => line.trim() === '"a": {').length).toBe(2 * (NESTING_DEPTH - 1))
    const bulkFile = readFileSync(join(repo.workspace, 'genesys-flows', manifest.flows.find((entry) => entry.id === org.bulkId)!.path), 'utf8')
    expect(JSON.parse(bulkFile).flowSequenceItemList.find((item: { actionList?: unknown[] }) => item.actionList?.length).actionList[0].hostileBulk).toHaveLength(BULK_NODES)
  })

  it('pushes the snapshot to the remote and leaves a clean working tree', () => {
    expect(run.outputs['commit-sha']).toBe(repo.git(['--git-dir', repo.remote, 'rev-parse', 'main'], repo.root))
    expect(repo.git(['status', '--porcelain'])).toBe('')
  })
})
