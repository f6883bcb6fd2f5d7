import { mkdir, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flow, scope, uuid } from '../snapshot/flows.js'
import { git, remoteLog, runSnapshot, sandbox, type Sandbox } from './repos.js'

let box: Sandbox
beforeEach(async () => {
  box = await sandbox()
})
afterEach(async () => {
  await box.cleanup()
})

const calls = scope(['inboundcall'], [uuid(1), uuid(2)])

describe('commitSnapshot, plain push', () => {
  it('commits the snapshot with the configured author and pushes it', async () => {
    const ws = await box.clone('ws')
    const result = await runSnapshot(ws, [flow(uuid(1), 'Main IVR'), flow(uuid(2), 'After Hours')], calls)
    expect(result).toMatchObject({ changed: true, pushed: true, notes: [] })
    expect(result.filesChanged).toEqual([
      `genesys-flows/inboundcall/after-hours--${uuid(2)}.json`,
      `genesys-flows/inboundcall/main-ivr--${uuid(1)}.json`,
      'genesys-flows/manifest.json',
    ])
    expect((await git(box.remote, 'rev-parse', 'main')).trim()).toBe(result.commitSha)
    expect((await git(box.remote, 'log', '-1', '--format=%an <%ae>|%cn|%s', 'main')).trim()).toBe(
      'Snapshot Bot <bot@example.com>|Snapshot Bot|chore(genesys): snapshot 2 flow files',
    )
  })

  it('makes no commit when the org is unchanged', async () => {
    const ws = await box.clone('ws')
    const flows = [flow(uuid(1), 'Main IVR'), flow(uuid(2), 'After Hours')]
    await runSnapshot(ws, flows, calls)
    const again = await runSnapshot(ws, flows, calls)
    expect(again).toEqual({ changed: false, commitSha: '', filesChanged: [], pushed: false, notes: [] })
    expect(await remoteLog(box.remote)).toHaveLength(2)
  })

  it('records a renamed flow as a rename in one commit', async () => {
    const ws = await box.clone('ws')
    const body = { flowSequenceItemList: [{ id: 'a', name: 'Start', actionList: [] }], description: 'x'.repeat(400) }
    await runSnapshot(ws, [flow(uuid(1), 'Old Name', 'inboundcall', body)], calls)
    const result = await runSnapshot(ws, [flow(uuid(1), 'New Name', 'inboundcall', body)], calls)
    expect(result.filesChanged).toEqual([`genesys-flows/inboundcall/new-name--${uuid(1)}.json`, 'genesys-flows/manifest.json'])
    const log = await git(box.remote, 'log', '-1', '--name-status', '-M', '--format=', 'main')
    expect(log).toContain(`R100\tgenesys-flows/inboundcall/old-name--${uuid(1)}.json\tgenesys-flows/inboundcall/new-name--${uuid(1)}.json`)
  })

  it('deletes only the gone flows that were in the selection', async () => {
    const ws = await box.clone('ws')
    await runSnapshot(ws, [flow(uuid(1), 'Keep'), flow(uuid(2), 'Gone'), flow(uuid(3), 'Module', 'commonmodule')], scope(['inboundcall', 'commonmodule'], []))
    const result = await runSnapshot(ws, [flow(uuid(1), 'Keep')], scope(['inboundcall'], [uuid(1)]))
    expect(result.filesChanged).toEqual([`genesys-flows/inboundcall/gone--${uuid(2)}.json`, 'genesys-flows/manifest.json'])
    const files = (await git(box.remote, 'ls-tree', '-r', '--name-only', 'main')).trim().split('\n')
    expect(files).toContain(`genesys-flows/commonmodule/module--${uuid(3)}.json`)
    expect(files).not.toContain(`genesys-flows/inboundcall/gone--${uuid(2)}.json`)
  })

  it('keeps a hostile flow name inside output-dir in the commit', async () => {
    const ws = await box.clone('ws')
    const result = await runSnapshot(ws, [flow(uuid(1), '../../.git/hooks/pre-commit')], calls)
    expect(result.filesChanged).toEqual([`genesys-flows/inboundcall/git-hooks-pre-commit--${uuid(1)}.json`, 'genesys-flows/manifest.json'])
  })

  it('pushes from a detached HEAD to the branch the event names', async () => {
    const ws = await box.clone('ws')
    await git(ws, 'checkout', '--quiet', '--detach')
    const result = await runSnapshot(ws, [flow(uuid(1), 'Main IVR')], calls, { env: { GITHUB_REF: 'refs/heads/main' } })
    expect((await git(box.remote, 'rev-parse', 'main')).trim()).toBe(result.commitSha)
  })

  it('says how to fix a detached HEAD with no branch to push to', async () => {
    const ws = await box.clone('ws')
    await git(ws, 'checkout', '--quiet', '--detach')
    await expect(runSnapshot(ws, [flow(uuid(1), 'A')], calls, { env: { GITHUB_REF: 'refs/tags/v1' } })).rejects.toThrow(/HEAD is detached.*ref: <branch>/)
  })

  it('commits without pushing when push is false', async () => {
    const ws = await box.clone('ws')
    const result = await runSnapshot(ws, [flow(uuid(1), 'A')], calls, { push: false })
    expect(result).toMatchObject({ changed: true, pushed: false })
    expect(await remoteLog(box.remote)).toEqual(['init'])
  })

  it('explains a push the server refuses for permissions', async () => {
    const hook = join(box.remote, 'hooks', 'pre-receive')
    await writeFile(hook, '#!/bin/sh\necho "Permission to owner/repo.git denied to github-actions[bot]." >&2\nexit 1\n', { mode: 0o755 })
    const ws = await box.clone('ws')
    await expect(runSnapshot(ws, [flow(uuid(1), 'A')], calls)).rejects.toThrow(/permissions: contents: write/)
  })

  it('stages nothing outside output-dir', async () => {
    const ws = await box.clone('ws')
    await mkdir(join(ws, 'src'))
    await writeFile(join(ws, 'src', 'local-edit.txt'), 'not ours')
    const result = await runSnapshot(ws, [flow(uuid(1), 'A')], calls)
    expect(result.filesChanged.every((f) => f.startsWith('genesys-flows/'))).toBe(true)
    expect(await git(box.remote, 'ls-tree', '-r', '--name-only', 'main')).not.toContain('local-edit')
  })

  // Handing the checkout to another user needs root; elsewhere the test is reported as skipped, not passed.
  it.skipIf(process.getuid?.() !== 0)('works in a checkout owned by another user, as in container jobs (safe.directory)', async () => {
    const ws = await box.clone('ws')
    execFileSync('chown', ['-R', '65534:65534', ws])
    await expect(git(ws, 'status')).rejects.toThrow(/dubious ownership/)
    const result = await runSnapshot(ws, [flow(uuid(1), 'A')], calls)
    expect((await git(box.remote, 'rev-parse', 'main')).trim()).toBe(result.commitSha)
  })

  it('works with credentials persisted the way actions/checkout does (includeIf + extraheader)', async () => {
    const ws = await box.clone('ws')
    const credentials = join(box.root, 'git-credentials-1234.config')
    await writeFile(credentials, '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46ZmFrZQ==\n')
    await git(ws, 'config', '--local', `includeIf.gitdir:${ws}/.git.path`, credentials)
    expect((await git(ws, 'config', '--get', 'http.https://github.com/.extraheader')).trim()).toMatch(/^AUTHORIZATION/)
    const result = await runSnapshot(ws, [flow(uuid(1), 'A')], calls)
    expect(result.pushed).toBe(true)
  })

  it('reads an output-dir named like a glob as that folder only', async () => {
    const ws = await box.clone('ws')
    await mkdir(join(ws, 'flows-extra'))
    await writeFile(join(ws, 'flows-extra', 'not-ours.txt'), 'x')
    const result = await runSnapshot(ws, [flow(uuid(1), 'A')], calls, {}, 'flows*')
    expect(result.filesChanged).toEqual([`flows*/inboundcall/a--${uuid(1)}.json`, 'flows*/manifest.json'])
  })
})
