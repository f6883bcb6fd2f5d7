// A file system that refuses a write must end in a message naming the file and the fix, with no file changed. As root, chmod stops
// nothing, so this runs only for other users (as on GitHub's runners); the fault matrix covers root with a
// read-only bind mount.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportedFlow, SelectionScope } from '../../src/model.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { applySnapshot } from '../../src/snapshot/write.js'

const isRoot = process.getuid?.() === 0
const SCOPE: SelectionScope = { listedTypes: ['inboundcall', 'commonmodule'], listedIds: new Set(), namePatterns: [] }

let workspace: string
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'gfs-write-errors-'))
  mkdirSync(join(workspace, 'genesys-flows', 'inboundcall'), { recursive: true })
})
afterEach(() => {
  chmodSync(join(workspace, 'genesys-flows', 'inboundcall'), 0o755)
  rmSync(workspace, { recursive: true, force: true })
})

describe.skipIf(isRoot)('a type folder the runner user may not write (chmod 555)', () => {
  it('stops naming the file, the reason and what to do, and leaves no temporary file', async () => {
    const folder = join(workspace, 'genesys-flows', 'inboundcall')
    chmodSync(folder, 0o555)
    const flow: ExportedFlow = {
      ref: { id: '6f1c2a4e-0000-4000-8000-000000000009', name: 'Main IVR', type: 'inboundcall', version: '1.0' },
      document: { name: 'Main IVR', flowSequenceItemList: [] },
      bytes: 10,
    }
    const plan = planSnapshot({ exported: [flow], previous: null, scope: SCOPE, failedIds: new Set() })
    await expect(applySnapshot(workspace, 'genesys-flows', plan)).rejects.toThrow(
      "Cannot write 'genesys-flows/inboundcall/main-ivr--6f1c2a4e-0000-4000-8000-000000000009.json': permission denied. Make output-dir 'genesys-flows' writable",
    )
    expect(readdirSync(folder)).toEqual([])
  })

  it('changes no file when a later folder refuses: every file is staged before any is replaced', async () => {
    const plan = planSnapshot({ exported: [flowOf('commonmodule', 'a'), flowOf('inboundcall', 'b')], previous: null, scope: SCOPE, failedIds: new Set() })
    await applySnapshot(workspace, 'genesys-flows', plan)
    const before = snapshotOf(workspace)
    const changed = planSnapshot({
      exported: [flowOf('commonmodule', 'a', 'changed'), flowOf('inboundcall', 'b', 'changed')],
      previous: JSON.parse(before.get('manifest.json')!),
      scope: SCOPE,
      failedIds: new Set(),
    })
    chmodSync(join(workspace, 'genesys-flows', 'inboundcall'), 0o555)
    await expect(applySnapshot(workspace, 'genesys-flows', changed)).rejects.toThrow(/^Cannot write 'genesys-flows\/inboundcall\/.*': permission denied/)
    expect(snapshotOf(workspace)).toEqual(before)
  })
})

function flowOf(type: 'commonmodule' | 'inboundcall', suffix: string, description = 'first'): ExportedFlow {
  return {
    ref: { id: `6f1c2a4e-0000-4000-8000-00000000000${suffix}`, name: `Flow ${suffix}`, type, version: '1.0' },
    document: { name: `Flow ${suffix}`, description, flowSequenceItemList: [] },
    bytes: 10,
  }
}

/** Every file under output-dir (temporary ones included), path → content. */
function snapshotOf(workspace: string): Map<string, string> {
  const root = join(workspace, 'genesys-flows')
  return new Map(
    readdirSync(root, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(root, file), readFileSync(file, 'utf8')]),
  )
}
