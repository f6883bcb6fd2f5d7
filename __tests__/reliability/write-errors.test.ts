// A file system that refuses a write must end in a message naming the file and the fix. As root, chmod stops
// nothing, so this runs only for other users (as on GitHub's runners); the fault matrix covers root with a
// read-only bind mount.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportedFlow, SelectionScope } from '../../src/model.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { applySnapshot } from '../../src/snapshot/write.js'

const isRoot = process.getuid?.() === 0
const SCOPE: SelectionScope = { listedTypes: ['inboundcall'], listedIds: new Set(), namePatterns: [] }

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
})
