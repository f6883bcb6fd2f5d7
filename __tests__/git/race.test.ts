import { readFile } from 'node:fs/promises'
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

async function remoteManifestIds(remote: string): Promise<string[]> {
  const manifest = JSON.parse(await git(remote, 'show', 'main:genesys-flows/manifest.json'))
  return manifest.flows.map((e: { id: string }) => e.id)
}

describe('commitSnapshot when runs overlap', () => {
  it('lands all three commits of three runs started together, none lost', async () => {
    const workspaces = await Promise.all(['a', 'b', 'c'].map((name) => box.clone(name)))
    const results = await Promise.all(
      workspaces.map((ws, i) =>
        runSnapshot(ws, [flow(uuid(10 + i), `Flow ${i}`, 'inboundcall')], scope([], [uuid(10 + i)]), { race: { backoffMs: 5, attempts: 8 } }),
      ),
    )
    expect(results.every((r) => r.changed && r.pushed)).toBe(true)
    const log = await remoteLog(box.remote)
    expect(log).toHaveLength(4)
    expect(new Set(results.map((r) => r.commitSha)).size).toBe(3)
    for (const r of results) expect(await git(box.remote, 'merge-base', '--is-ancestor', r.commitSha, 'main')).toBe('')
    expect(await remoteManifestIds(box.remote)).toEqual([uuid(10), uuid(11), uuid(12)])
    const files = (await git(box.remote, 'ls-tree', '-r', '--name-only', 'main', 'genesys-flows/inboundcall')).trim().split('\n')
    expect(files).toHaveLength(3)
  })

  it('replays onto a branch that moved, in a shallow clone, without deepening it', async () => {
    const first = await box.clone('first')
    await runSnapshot(first, [flow(uuid(1), 'One')], scope([], [uuid(1)]))
    const shallow = await box.clone('shallow', '--depth=1')
    const other = await box.clone('other')
    await runSnapshot(other, [flow(uuid(2), 'Two')], scope([], [uuid(2)]))

    const result = await runSnapshot(shallow, [flow(uuid(3), 'Three')], scope([], [uuid(3)]))
    expect(result.pushed).toBe(true)
    expect(await remoteManifestIds(box.remote)).toEqual([uuid(1), uuid(2), uuid(3)])
    expect((await git(shallow, 'rev-parse', '--is-shallow-repository')).trim()).toBe('true')
    expect((await git(shallow, 'status', '--porcelain')).trim()).toBe('')
  })

  it('keeps this run\'s file when another run changed the same flow, and says so', async () => {
    const seed = await box.clone('seed-run')
    await runSnapshot(seed, [flow(uuid(1), 'Shared', 'inboundcall', { v: 1 })], scope([], [uuid(1)]))
    const late = await box.clone('late')
    const early = await box.clone('early')
    await runSnapshot(early, [flow(uuid(1), 'Shared', 'inboundcall', { v: 2 }), flow(uuid(2), 'Early Only')], scope([], [uuid(1), uuid(2)]))

    const result = await runSnapshot(late, [flow(uuid(1), 'Shared', 'inboundcall', { v: 3 })], scope([], [uuid(1)]))
    const file = `genesys-flows/inboundcall/shared--${uuid(1)}.json`
    expect(result.notes.join('\n')).toContain(`Another run changed ${file} meanwhile; this run's newer export was kept.`)
    expect(JSON.parse(await git(box.remote, 'show', `main:${file}`))).toEqual({ v: 3 })
    expect(await remoteManifestIds(box.remote)).toEqual([uuid(1), uuid(2)])
    const manifest = JSON.parse(await readFile(join(late, 'genesys-flows', 'manifest.json'), 'utf8'))
    expect(manifest.flows.find((e: { id: string }) => e.id === uuid(1)).bytes).toBe(Buffer.byteLength('{\n  "v": 3\n}\n'))
  })

  it('removes the path another run gave a flow that this run renamed', async () => {
    const seed = await box.clone('seed-run')
    await runSnapshot(seed, [flow(uuid(1), 'Original')], scope([], [uuid(1)]))
    const late = await box.clone('late')
    const early = await box.clone('early')
    await runSnapshot(early, [flow(uuid(1), 'Early Rename')], scope([], [uuid(1)]))
    await runSnapshot(late, [flow(uuid(1), 'Late Rename')], scope([], [uuid(1)]))
    const files = (await git(box.remote, 'ls-tree', '-r', '--name-only', 'main', 'genesys-flows/inboundcall')).trim().split('\n')
    expect(files).toEqual([`genesys-flows/inboundcall/late-rename--${uuid(1)}.json`])
  })

  it('gives up after the configured attempts with a message that says what to do', async () => {
    const ws = await box.clone('ws')
    // A hook that always reports the branch as moved: every push is a lost race.
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(box.remote, 'hooks', 'pre-receive'), '#!/bin/sh\necho "cannot lock ref" >&2\nexit 1\n', { mode: 0o755 })
    await expect(runSnapshot(ws, [flow(uuid(1), 'A')], scope([], []), { race: { attempts: 2, backoffMs: 1 } })).rejects.toThrow(
      /still rejected after 2 attempts.*concurrency/,
    )
  })

  it('says what to do when local edits outside output-dir block following the remote', async () => {
    const ws = await box.clone('ws')
    const other = await box.clone('other')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(other, 'README.md'), '# changed upstream\n')
    await git(other, 'commit', '--quiet', '-am', 'readme')
    await git(other, 'push', '--quiet', 'origin', 'HEAD:main')
    await writeFile(join(ws, 'README.md'), '# edited locally by an earlier step\n')
    await expect(runSnapshot(ws, [flow(uuid(1), 'A')], scope([], []))).rejects.toThrow(/uncommitted edits.*Commit or discard changes outside output-dir/s)
  })
})
