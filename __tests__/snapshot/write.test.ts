import { mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile, lstat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { readManifest } from '../../src/snapshot/manifest.js'
import { readFlowFiles } from '../../src/snapshot/read.js'
import { applySnapshot } from '../../src/snapshot/write.js'
import { filesUnder, flow, scope, uuid } from './flows.js'

let workspace: string
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'snapshot-write-'))
})
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

const none = new Set<string>()
const plan = (exported: ReturnType<typeof flow>[], previous = null as Awaited<ReturnType<typeof readManifest>>, sc = scope([], [])) =>
  planSnapshot({ exported, previous, scope: sc, failedIds: none })

describe('applySnapshot', () => {
  it('writes the flow files and a manifest that readManifest reads back', async () => {
    const p = plan([flow(uuid(1), 'Main IVR', 'inboundcall', { b: 1, a: 2 })])
    await applySnapshot(workspace, 'flows', p)
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([`inboundcall/main-ivr--${uuid(1)}.json`, 'manifest.json'])
    expect(await readFile(join(workspace, 'flows', `inboundcall/main-ivr--${uuid(1)}.json`), 'utf8')).toBe('{\n  "a": 2,\n  "b": 1\n}\n')
    expect(await readManifest(join(workspace, 'flows'))).toEqual(p.manifest)
  })

  it('keeps an unchanged file that the plan both writes and lists to delete (an old manifest naming its path)', async () => {
    const first = plan([flow(uuid(1), 'Main IVR')])
    await applySnapshot(workspace, 'flows', first)
    const again = plan([flow(uuid(1), 'Main IVR')], first.manifest)
    const path = `inboundcall/main-ivr--${uuid(1)}.json`
    // As a stale manifest would have it: the path still owned by the flow also listed as gone.
    await applySnapshot(workspace, 'flows', { ...again, deletes: [path] })
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([path, 'manifest.json'])
  })

  it('keeps a hostile flow name inside output-dir', async () => {
    await applySnapshot(workspace, 'flows', plan([flow(uuid(1), '../../../outside/..\\evil\u0000name')]))
    expect(await readdir(workspace)).toEqual(['flows'])
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([`inboundcall/outside-evil-name--${uuid(1)}.json`, 'manifest.json'])
  })

  it('moves a renamed flow and removes the type folder a gone flow leaves empty', async () => {
    const first = plan([flow(uuid(1), 'Old'), flow(uuid(2), 'Module', 'commonmodule')])
    await applySnapshot(workspace, 'flows', first)
    const second = plan([flow(uuid(1), 'New')], first.manifest, scope(['commonmodule', 'inboundcall'], [uuid(1)]))
    await applySnapshot(workspace, 'flows', second)
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([`inboundcall/new--${uuid(1)}.json`, 'manifest.json'])
    expect(await readdir(join(workspace, 'flows'))).toEqual(['inboundcall', 'manifest.json'])
  })

  it('refuses an output-dir that is a symlink', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'snapshot-elsewhere-'))
    try {
      await symlink(elsewhere, join(workspace, 'flows'))
      await expect(applySnapshot(workspace, 'flows', plan([flow(uuid(1), 'A')]))).rejects.toThrow(/symbolic link/)
      expect(await readdir(elsewhere)).toEqual([])
    } finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  it('refuses to write through a symlinked flow file', async () => {
    const target = join(workspace, 'secret.txt')
    await writeFile(target, 'keep me')
    await mkdir(join(workspace, 'flows', 'inboundcall'), { recursive: true })
    await symlink(target, join(workspace, 'flows', 'inboundcall', `a--${uuid(1)}.json`))
    await expect(applySnapshot(workspace, 'flows', plan([flow(uuid(1), 'A')]))).rejects.toThrow(/symbolic link/)
    expect(await readFile(target, 'utf8')).toBe('keep me')
  })

  it('refuses an output-dir that leaves the workspace', async () => {
    await expect(applySnapshot(workspace, '../escape', plan([]))).rejects.toThrow(/'\.\.'/)
  })

  it('refuses a delete path from a tampered manifest that climbs out', async () => {
    const bad = { ...plan([]), deletes: ['../../etc/hosts'] }
    await expect(applySnapshot(workspace, 'flows', bad)).rejects.toThrow(/Refusing to touch file/)
  })

  it('leaves no temporary files behind and keeps an unchanged file untouched', async () => {
    const p = plan([flow(uuid(1), 'A')])
    await applySnapshot(workspace, 'flows', p)
    const file = join(workspace, 'flows', `inboundcall/a--${uuid(1)}.json`)
    const before = (await lstat(file)).ino
    await applySnapshot(workspace, 'flows', p)
    expect((await lstat(file)).ino).toBe(before)
    expect((await filesUnder(join(workspace, 'flows'))).some((f) => f.endsWith('.tmp'))).toBe(false)
  })
})

describe('readFlowFiles', () => {
  it('reads identity from the manifest and falls back to the file name', async () => {
    await applySnapshot(workspace, 'flows', plan([flow(uuid(1), 'Main IVR')]))
    await writeFile(join(workspace, 'flows', 'inboundcall', `stray-flow--${uuid(9)}.json`), '{"broken": ')
    const { flows, manifest } = await readFlowFiles(workspace, 'flows')
    expect(manifest?.flows).toHaveLength(1)
    expect(flows.map(({ id, name, type, file }) => ({ id, name, type, file }))).toEqual([
      { id: uuid(1), name: 'Main IVR', type: 'inboundcall', file: `flows/inboundcall/main-ivr--${uuid(1)}.json` },
      { id: uuid(9), name: 'stray-flow', type: 'inboundcall', file: `flows/inboundcall/stray-flow--${uuid(9)}.json` },
    ])
    expect(flows[0].document).toEqual({ name: 'Main IVR' })
    expect(flows[0].bytes).toBe(Buffer.byteLength(flows[0].text))
    expect(flows[1].document).toBeUndefined()
    expect(flows[1].readError).toMatch(/stray-flow.*not valid JSON/)
  })

  it('gives no flows when output-dir does not exist yet, and says so naming the folder', async () => {
    const folder = await readFlowFiles(workspace, 'flows')
    expect(folder).toMatchObject({ flows: [], manifest: null })
    expect(folder.emptyFolder).toMatch(/output-dir 'flows' does not exist/)
  })

  it('says how to fix an unreadable manifest', async () => {
    await mkdir(join(workspace, 'flows'))
    await writeFile(join(workspace, 'flows', 'manifest.json'), '{"formatVersion": 2, "flows": []}')
    await expect(readFlowFiles(workspace, 'flows')).rejects.toThrow(/not a manifest of format 1.*delete it/)
  })
})
