// `npx genesys-flow-snapshot pack`: a snapshot written by the Action's own writer, packed back into
// Architect files in a real temp folder, each read back with the product's decoder.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { decodeFlowFile } from '../../src/export/decode.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { applySnapshot } from '../../src/snapshot/write.js'
import { REPO_ROOT } from '../../scripts/support/runner.js'
import { flow, scope, uuid } from '../snapshot/flows.js'

let root: string
let out: string
let stdout: string
let stderr: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gfs-pack-'))
  out = join(root, 'restore')
  stdout = ''
  stderr = ''
})
afterEach(() => rm(root, { recursive: true, force: true }))

const pack = (...args: string[]) =>
  runCli(['pack', ...args], { out: (text) => (stdout += text), err: (text) => (stderr += text), cwd: root })

/** Flows written by the Action's writer under `<root>/genesys-flows`, as a snapshot commit holds them. */
async function snapshot(flows: ReturnType<typeof flow>[]): Promise<void> {
  await applySnapshot(root, 'genesys-flows', planSnapshot({ exported: flows, previous: null, scope: scope([], []), failedIds: new Set() }))
}

const decoded = async (fileName: string) => decodeFlowFile(await readFile(join(out, fileName)))

const mainIvr = { name: 'Main IVR', type: 'inboundcall', flowSequenceItemList: [{ id: 'a', name: 'Start' }], description: 'Café + 100%' }
const shared = { name: 'Shared Auth', type: 'commonmodule', variables: [] }

describe('pack', () => {
  it('packs every flow of an output-dir, named from manifest.json, each decoding to the committed document', async () => {
    await snapshot([flow(uuid(1), 'Main IVR', 'inboundcall', mainIvr), flow(uuid(2), 'Shared Auth', 'commonmodule', shared)])
    expect(await pack('genesys-flows', '--out', 'restore')).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['Main IVR.i3InboundFlow', 'Shared Auth.i3CommonModuleFlow'])
    expect(await decoded('Main IVR.i3InboundFlow')).toEqual(mainIvr)
    expect(await decoded('Shared Auth.i3CommonModuleFlow')).toEqual(shared)
    expect(stderr).toBe('')
    expect(stdout).toContain("inboundcall 'Main IVR' → ")
    expect(stdout).toContain('choose Import in the Save drop-down')
  })

  it('packs one committed file, taking its name from the manifest of the folder it sits in', async () => {
    // The Flow entity's name (manifest) wins over a document renamed since.
    await snapshot([flow(uuid(3), 'Billing IVR', 'inboundcall', { ...mainIvr, name: 'old name' })])
    expect(await pack(`genesys-flows/inboundcall/billing-ivr--${uuid(3)}.json`, '--out', 'restore')).toBe(0)
    expect(await readdir(out)).toEqual(['Billing IVR.i3InboundFlow'])
    expect(await decoded('Billing IVR.i3InboundFlow')).toEqual({ ...mainIvr, name: 'old name' })
  })

  it('packs a file taken out of git on its own (git show rev:path > file), named from the document', async () => {
    await writeFile(join(root, 'old.json'), JSON.stringify(mainIvr, null, 2))
    expect(await pack('old.json', '--out', 'restore')).toBe(0)
    expect(await decoded('Main IVR.i3InboundFlow')).toEqual(mainIvr)
  })

  it('names a file that carries no name after its file name', async () => {
    const { name: _, ...nameless } = mainIvr
    await writeFile(join(root, 'night-line.json'), JSON.stringify(nameless, null, 2))
    expect(await pack('night-line.json', '--out', 'restore')).toBe(0)
    expect(await readdir(out)).toEqual(['night-line.i3InboundFlow'])
  })

  it('writes a hostile flow name only inside --out', async () => {
    const hostile = ['../../escaped', '/etc/cron.d/job', 'a\u0000b', 'x'.repeat(400), 'CON', '..']
    await snapshot(hostile.map((name, index) => flow(uuid(10 + index), name, 'inboundcall', { name, type: 'inboundcall' })))
    expect(await pack('genesys-flows', '--out', 'restore'), stderr).toBe(0)
    const written = await readdir(out)
    expect(written).toHaveLength(hostile.length)
    for (const fileName of written) expect(fileName).toMatch(/^[^/\\\u0000]+\.i3InboundFlow$/)
    expect(written).toContain('_CON.i3InboundFlow')
    expect((await readdir(root)).sort()).toEqual(['genesys-flows', 'restore'])
    expect(existsSync(join(root, '..', 'escaped.i3InboundFlow'))).toBe(false)
    const names = await Promise.all(written.map(async (fileName) => (await decoded(fileName)).name))
    expect(names.sort()).toEqual([...hostile].sort())
  })

  it('gives two flows that would share a file name _2, never overwriting one with the other', async () => {
    await snapshot([flow(uuid(20), 'Sales/Support', 'inboundcall', { name: 'a' }), flow(uuid(21), 'Sales:Support', 'inboundcall', { name: 'b' })])
    expect(await pack('genesys-flows', '--out', 'restore')).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['Sales_Support.i3InboundFlow', 'Sales_Support_2.i3InboundFlow'])
  })

  it('packs the others and fails, naming the file, when one is not JSON', async () => {
    await snapshot([flow(uuid(30), 'Main IVR', 'inboundcall', mainIvr)])
    await writeFile(join(root, 'genesys-flows', 'inboundcall', `broken--${uuid(31)}.json`), '{ "name": ')
    expect(await pack('genesys-flows', '--out', 'restore')).toBe(1)
    expect(await readdir(out)).toEqual(['Main IVR.i3InboundFlow'])
    expect(stderr).toMatch(new RegExp(`Not packed: .*broken--${uuid(31)}\\.json: .*not valid JSON`))
  })

  it('fails, naming the file and how to take it as committed, when the one file given is not JSON', async () => {
    await writeFile(join(root, 'main-ivr.json'), '{ "name": ')
    expect(await pack('main-ivr.json', '--out', 'restore')).toBe(1)
    expect(stderr).toMatch(/Not packed: .*main-ivr\.json: .*not valid JSON.*git show <revision>:<path>/)
  })

  it('says what to give when the path does not exist', async () => {
    expect(await pack('no-such-folder')).toBe(1)
    expect(stderr).toMatch(/'.*no-such-folder' does not exist\. Give a flow file or the snapshot's output-dir/)
  })

  it('shows the usage on a wrong command line', async () => {
    expect(await pack()).toBe(2)
    expect(stderr).toContain('Give the flow file or folder to pack.')
    expect(stderr).toContain('Usage: genesys-flow-snapshot pack <flow file | output-dir> [--out DIR]')
  })

  it('runs from the built command (dist/cli/index.js), as npx runs it', async () => {
    await snapshot([flow(uuid(40), 'Main IVR', 'inboundcall', mainIvr)])
    execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'pack', 'genesys-flows', '--out', 'restore'], { cwd: root })
    expect(decodeFlowFile(readFileSync(join(out, 'Main IVR.i3InboundFlow')))).toEqual(mainIvr)
  })
})
