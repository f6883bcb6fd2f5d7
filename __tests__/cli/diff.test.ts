// `npx genesys-flow-snapshot diff`: two files, two revisions of a real repository, and git's own
// `git diff` / `git log -p` with the command configured as the diff driver (the built dist/cli).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { canonicalJson } from '../../src/snapshot/canonical.js'
import { REPO_ROOT } from '../../scripts/support/runner.js'
import { decision, disconnect, flowDocument, step, task } from '../flows/builders.js'
import { git } from '../git/repos.js'

type Json = Record<string, any>

const FLOW_ID = '5b0e3f7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b'
const FLOW_PATH = `inboundcall/main-ivr--${FLOW_ID}.json`

function mainIvr(): Json {
  return flowDocument('inboundcall', 'Main IVR', [
    task('Opening hours', [step('Welcome', 'Open today?'), decision('Open today?', 'Transfer', '', 'Goodbye'), step('Transfer'), disconnect('Goodbye')]),
  ])
}

function renamedWelcome(): Json {
  const flow = mainIvr()
  flow['flowSequenceItemList'][0]['actionList'][0]['name'] = 'Greeting'
  return flow
}

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'flow-diff-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function cli(args: string[], cwd = folder): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), cwd })
  return { code, out, err }
}

/** A repository whose two commits hold the snapshot before and after the action was renamed. */
async function snapshotRepository(): Promise<string> {
  const repo = join(folder, 'repo')
  await mkdir(join(repo, 'genesys-flows', 'inboundcall'), { recursive: true })
  await git(repo, 'init', '--quiet', '--initial-branch=main')
  const commit = async (flow: Json, version: string): Promise<void> => {
    const text = canonicalJson(flow)
    await writeFile(join(repo, 'genesys-flows', FLOW_PATH), text)
    const entry = { id: FLOW_ID, name: 'Main IVR', type: 'inboundcall', version, path: FLOW_PATH, sha256: '0'.repeat(64), bytes: Buffer.byteLength(text) }
    await writeFile(join(repo, 'genesys-flows', 'manifest.json'), canonicalJson({ formatVersion: 1, flows: [entry] }))
    await git(repo, 'add', '--all')
    await git(repo, 'commit', '--quiet', '-m', `Main IVR ${version}`)
  }
  await commit(mainIvr(), '12.0')
  await commit(renamedWelcome(), '13.0')
  return repo
}

describe('diff of two flow files', () => {
  it('prints the flow, then each change with its line in the new file', async () => {
    await writeFile(join(folder, 'old.json'), canonicalJson(mainIvr()))
    await writeFile(join(folder, 'new.json'), canonicalJson(renamedWelcome()))
    const result = await cli(['diff', 'old.json', 'new.json'])
    expect(result).toMatchObject({ code: 0, err: '' })
    const line = canonicalJson(renamedWelcome()).split('\n').findIndex((text) => text.includes('"Greeting"')) + 1
    expect(result.out).toBe(`Main IVR\n  line ${line}  Renamed Play Audio "Welcome" to "Greeting"\n`)
  })

  it('refuses a file that is not a flow, naming it', async () => {
    await writeFile(join(folder, 'old.json'), canonicalJson(mainIvr()))
    await writeFile(join(folder, 'notes.json'), '{"hello": 1}')
    const result = await cli(['diff', 'old.json', 'notes.json'])
    expect(result.code).toBe(1)
    expect(result.err).toContain(`${join(folder, 'notes.json')} is not an Architect flow document`)
  })

  it('a wrong number of arguments is a usage error', async () => {
    const result = await cli(['diff', 'only-one.json'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('Usage: npx genesys-flow-snapshot diff OLD.json NEW.json')
  })
})

describe('diff of two git revisions', () => {
  it('reviews the flows that changed, with names and versions from manifest.json', async () => {
    const repo = await snapshotRepository()
    const result = await cli(['diff', 'HEAD~1', 'HEAD'], repo)
    expect(result).toMatchObject({ code: 0, err: '' })
    expect(result.out).toMatch(/^Main IVR 12\.0 → 13\.0\n {2}line +\d+ {2}Renamed Play Audio "Welcome" to "Greeting"\n$/)
  })

  it('says so when no flow changed', async () => {
    const repo = await snapshotRepository()
    expect((await cli(['diff', 'HEAD', 'HEAD'], repo)).out).toBe('No flow in genesys-flows changed between HEAD and HEAD.\n')
  })

  it('an argument that is neither a file nor a revision is a usage error naming it', async () => {
    const repo = await snapshotRepository()
    const result = await cli(['diff', 'HEAD', 'no-such-revision'], repo)
    expect(result.code).toBe(2)
    expect(result.err).toContain("'no-such-revision' is neither a file nor a git revision")
  })
})

describe("git's diff driver", () => {
  async function withDriver(): Promise<string> {
    const repo = await snapshotRepository()
    await writeFile(join(repo, '.gitattributes'), 'genesys-flows/*/*.json diff=genesys-flow\n')
    await git(repo, 'config', 'diff.genesys-flow.command', `node ${join(REPO_ROOT, 'dist', 'cli', 'index.js')} diff`)
    return repo
  }

  it('git diff prints the change in words instead of the JSON lines', async () => {
    const repo = await withDriver()
    const out = await git(repo, 'diff', 'HEAD~1', 'HEAD')
    expect(out).toContain(`genesys-flows/${FLOW_PATH}\n  Main IVR\n`)
    expect(out).toContain('Renamed Play Audio "Welcome" to "Greeting"')
    expect(out).not.toContain('"trackingId"')
  })

  it('git log -p prints the words for each commit, and the plain diff for manifest.json', async () => {
    const repo = await withDriver()
    const out = await git(repo, 'log', '-p', '-1', '--ext-diff')
    expect(out).toContain('Renamed Play Audio "Welcome" to "Greeting"')
    expect(out).toContain('-      "version": "12.0"')
  })

  it('a JSON file that is not a flow (the attribute matched manifest.json too) gets git\'s plain diff', async () => {
    const repo = await withDriver()
    await writeFile(join(repo, '.gitattributes'), 'genesys-flows/**/*.json diff=genesys-flow\n')
    const out = await git(repo, 'diff', 'HEAD~1', 'HEAD', '--', 'genesys-flows/manifest.json')
    expect(out).toContain('--- a/genesys-flows/manifest.json\n+++ b/genesys-flows/manifest.json\n')
    expect(out).toContain('\n-      "version": "12.0"\n+      "version": "13.0"\n')
  })

  it('a flow file moved unchanged (git -M) is shown under its new path, with no change', async () => {
    const repo = await withDriver()
    await git(repo, 'mv', `genesys-flows/${FLOW_PATH}`, `genesys-flows/inboundcall/main-line--${FLOW_ID}.json`)
    await git(repo, 'commit', '--quiet', '-m', 'renamed')
    const out = await git(repo, 'diff', '-M', 'HEAD~1', 'HEAD')
    expect(out).toBe(`genesys-flows/inboundcall/main-line--${FLOW_ID}.json\n  No change to what the flow does.\n`)
  })

  it('a flow added in a commit is named as new', async () => {
    const repo = await withDriver()
    const path = join(repo, 'genesys-flows', 'inboundcall', 'new-line--7a7a7a7a-0000-4000-8000-000000000001.json')
    await writeFile(path, canonicalJson({ ...mainIvr(), name: 'New line' }))
    await git(repo, 'add', '--all')
    await git(repo, 'commit', '--quiet', '-m', 'new flow')
    expect(await git(repo, 'show', '--ext-diff', 'HEAD')).toContain('New flow "New line" (1 task, 4 actions)')
  })
})

describe("describe, as git's textconv", () => {
  it('prints a flow file as its outline', async () => {
    await writeFile(join(folder, 'flow.json'), canonicalJson(renamedWelcome()))
    const result = await cli(['describe', 'flow.json'])
    expect(result.code).toBe(0)
    expect(result.out).toContain('\ntask "Opening hours"\n  starts with Play Audio "Greeting"\n  Play Audio "Greeting"\n    then Decision "Open today?"\n')
  })

  it('passes a file that is not a flow through unchanged', async () => {
    await writeFile(join(folder, 'manifest.json'), '{"formatVersion": 1}\n')
    expect((await cli(['describe', 'manifest.json'])).out).toBe('{"formatVersion": 1}\n')
  })

  it('git log -p, with no option, shows the changed outline lines', async () => {
    const repo = await snapshotRepository()
    await writeFile(join(repo, '.gitattributes'), 'genesys-flows/*/*.json diff=genesys-flow\n')
    await git(repo, 'config', 'diff.genesys-flow.textconv', `node ${join(REPO_ROOT, 'dist', 'cli', 'index.js')} describe`)
    const out = await git(repo, 'log', '-p', '-1')
    expect(out).toContain('\n-  Play Audio "Welcome"\n')
    expect(out).toContain('\n+  Play Audio "Greeting"\n')
    expect(out).not.toContain('"trackingId"')
  })
})
