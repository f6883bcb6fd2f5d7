// Hostile input the emulator cannot serve, one layer below the Action: nesting deeper than the emulator's
// encoder can write (it uses JSON.stringify), flow ids and types that are paths, a committed manifest that
// points outside output-dir, a symlink in output-dir, and a task of 200,000 chained actions.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeFlowFile } from '../../src/export/decode.js'
import { validateFlows } from '../../src/flows/validate.js'
import type { ExportedFlow, FlowFile, FlowRef, FlowType, Manifest, SelectionScope } from '../../src/model.js'
import { readManifest } from '../../src/snapshot/manifest.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { applySnapshot } from '../../src/snapshot/write.js'

const OUTPUT_DIR = 'genesys-flows'
const SCOPE: SelectionScope = { listedTypes: ['inboundcall', 'commonmodule'], listedIds: new Set(), namePatterns: [] }

let root: string
let workspace: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gfs-hostile-layers-'))
  workspace = join(root, 'workspace')
  mkdirSync(join(workspace, '.git'), { recursive: true })
  writeFileSync(join(workspace, '.git', 'config'), '[core]\n\tbare = false\n')
  writeFileSync(join(root, 'outside.txt'), 'must survive\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function ref(id: string, name = 'Main IVR', type: FlowType = 'inboundcall'): FlowRef {
  return { id, name, type, version: '1.0' }
}

/** A small sound inbound-call flow: one task, Play Audio → Disconnect. */
function flowText(name: string, extraFields = '', actionCount = 2): string {
  const actions: string[] = []
  for (let i = 0; i < actionCount; i++) {
    const id = `a${i}`
    const last = i === actionCount - 1
    actions.push(
      last
        ? `{"__type":"DisconnectAction","id":"${id}","name":"Bye","trackingId":${i + 1}${extraFields}}`
        : `{"__type":"PlayAudioAction","id":"${id}","name":"Step ${i}","trackingId":${i + 1},"nextAction":"a${i + 1}"}`,
    )
  }
  const task = `{"__type":"Task","id":"t1","name":"Main Task","startAction":"a0","paths":[{"label":"Default","outputId":"__DEFAULT__"}],"actionList":[${actions.join(',')}]}`
  return `{"name":${JSON.stringify(name)},"type":"inboundcall","initialSequence":"t1","flowMetaData":{"flowDocumentVersion":"1.0"},"flowSequenceItemList":[${task}]}`
}

/** The text of `{"a":{"a":…"bottom"…}}`, built as text: JSON.stringify itself overflows near 4,500 levels. */
function nestedText(depth: number): string {
  return '{"a":'.repeat(depth) + '"bottom"' + '}'.repeat(depth)
}

/** As Architect exports a flow file: base64 of the URL-encoded configuration JSON. */
function exportedBytes(text: string): Uint8Array {
  return Buffer.from(Buffer.from(encodeURIComponent(text), 'utf8').toString('base64'), 'latin1')
}

function fileOf(plan: ReturnType<typeof planSnapshot>, flow: ExportedFlow): FlowFile {
  const entry = plan.manifest.flows.find((candidate) => candidate.id === flow.ref.id)!
  const text = plan.writes.find((write) => write.path === entry.path)!.content
  return { id: flow.ref.id, name: flow.ref.name, type: flow.ref.type, file: `${OUTPUT_DIR}/${entry.path}`, text, document: flow.document, bytes: flow.bytes }
}

describe('deep nesting beyond what the emulator can serve', () => {
  const DEEP = 5_000
  const DEEPER = 50_000

  it(`decodes, writes canonically and validates a flow with a value ${DEEP} levels deep in an action`, async () => {
    const text = flowText('Deep', `,"hostileNesting":${nestedText(DEEP)}`)
    const bytes = exportedBytes(text)
    const flow: ExportedFlow = { ref: ref('6f1c2a4e-0000-4000-8000-000000000001', 'Deep'), document: decodeFlowFile(bytes), bytes: bytes.byteLength }
    const plan = planSnapshot({ exported: [flow], previous: null, scope: SCOPE, failedIds: new Set() })
    await applySnapshot(workspace, OUTPUT_DIR, plan)
    const written = fileOf(plan, flow)
    expect(readFileSync(join(workspace, written.file), 'utf8')).toBe(written.text)
    expect(written.text.split('\n').filter((line) => line.trim() === '"a": {')).toHaveLength(DEEP - 1)
    const result = validateFlows({ flows: [written], knownFlows: new Map(), maxExportBytes: 50 * 1024 * 1024 })
    expect(result.findings).toEqual([])
  })

  it(`resolves a finding's line through the written text of a flow ${DEEP} levels deep`, () => {
    const text = flowText('Deep and broken', `,"hostileNesting":${nestedText(DEEP)},"nextAction":"nowhere"`)
    const bytes = exportedBytes(text)
    const flow: ExportedFlow = { ref: ref('6f1c2a4e-0000-4000-8000-000000000002', 'Deep and broken'), document: decodeFlowFile(bytes), bytes: bytes.byteLength }
    const written = fileOf(planSnapshot({ exported: [flow], previous: null, scope: SCOPE, failedIds: new Set() }), flow)
    const [finding] = validateFlows({ flows: [written], knownFlows: new Map(), maxExportBytes: 50 * 1024 * 1024 }).findings
    expect(finding?.rule).toBe('broken-reference')
    expect(written.text.split('\n')[finding!.line - 1]).toContain('"nowhere"')
  })

  // Written with the contract's 2-space indent, 50,000 levels would be a 2.5 GB file: refusing it is right.
  it(`names a flow ${DEEPER} levels deep as failed, without a stack overflow, and still writes the others`, () => {
    const bytes = exportedBytes(flowText('Deeper', `,"hostileNesting":${nestedText(DEEPER)}`))
    const flow: ExportedFlow = { ref: ref('6f1c2a4e-0000-4000-8000-000000000006', 'Deeper'), document: decodeFlowFile(bytes), bytes: bytes.byteLength }
    const plain: ExportedFlow = { ref: ref('6f1c2a4e-0000-4000-8000-000000000007', 'Plain'), document: JSON.parse(flowText('Plain')), bytes: 10 }
    const plan = planSnapshot({ exported: [flow, plain], previous: null, scope: SCOPE, failedIds: new Set() })
    expect(plan.unwritable.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^Flow 'Deeper' \(6f1c2a4e-0000-4000-8000-000000000006\) cannot be written as JSON: .*export it again or leave it out/),
    ])
    expect(plan.manifest.flows.map((entry) => entry.name)).toEqual(['Plain'])
  })

  it(`validates a committed compact file ${DEEPER} levels deep (as mode validate reads it) and finds its broken reference`, () => {
    const text = flowText('Deeper and broken', `,"hostileNesting":${nestedText(DEEPER)},"nextAction":"nowhere"`)
    const flow: FlowFile = { id: '6f1c2a4e-0000-4000-8000-000000000007', name: 'Deeper and broken', type: 'inboundcall', file: `${OUTPUT_DIR}/deeper.json`, text, document: JSON.parse(text), bytes: text.length }
    const [finding] = validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 50 * 1024 * 1024 }).findings
    expect(finding?.rule).toBe('broken-reference')
    expect(finding?.line).toBe(1)
  })
})

describe('a task of 200,000 chained actions', () => {
  it('validates without a stack overflow and finds nothing wrong', () => {
    const text = flowText('Long chain', '', 200_000)
    const document = JSON.parse(text)
    const flow: FlowFile = { id: '6f1c2a4e-0000-4000-8000-000000000003', name: 'Long chain', type: 'inboundcall', file: `${OUTPUT_DIR}/x.json`, text, document, bytes: text.length }
    const result = validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 50 * 1024 * 1024 })
    expect(result.findings).toEqual([])
    expect(result.references.checked).toBeGreaterThanOrEqual(200_000)
  })
})

describe('flow ids and types that are paths', () => {
  it.each(['../../x', 'a/b', '.git', 'x\u0000y', '..', ''])('writes no file for flow id %j and names the flow as failed', async (id) => {
    const flow: ExportedFlow = { ref: ref(id, 'Smuggler'), document: JSON.parse(flowText('Smuggler')), bytes: 10 }
    const plan = planSnapshot({ exported: [flow], previous: null, scope: SCOPE, failedIds: new Set() })
    expect(plan.unwritable.map((f) => f.reason)).toEqual([expect.stringMatching(/Flow 'Smuggler' has id .* is not a Genesys flow id/)])
    await applySnapshot(workspace, OUTPUT_DIR, plan)
    expect(readdirSync(join(workspace, OUTPUT_DIR), { recursive: true })).toEqual(['manifest.json'])
    expect(readdirSync(workspace).sort()).toEqual(['.git', OUTPUT_DIR].sort())
    expect(readdirSync(join(workspace, '.git'))).toEqual(['config'])
    expect(readFileSync(join(root, 'outside.txt'), 'utf8')).toBe('must survive\n')
  })

  it('plans no file for a flow type that is a path, and names the flow as failed', () => {
    const flow: ExportedFlow = { ref: ref('6f1c2a4e-0000-4000-8000-000000000004', 'Typed', '../../x' as FlowType), document: {}, bytes: 2 }
    const plan = planSnapshot({ exported: [flow], previous: null, scope: SCOPE, failedIds: new Set() })
    expect(plan.unwritable.map((f) => f.reason)).toEqual([expect.stringMatching(/has type '\.\.\/\.\.\/x', which is not a Genesys flow type/)])
  })

  it('gives a flow type newer than the known list its own folder', () => {
    const flow: ExportedFlow = { ref: ref('6f1c2a4e-0000-4000-8000-000000000005', 'Agent', 'agenticvirtualagent' as FlowType), document: {}, bytes: 2 }
    const plan = planSnapshot({ exported: [flow], previous: null, scope: SCOPE, failedIds: new Set() })
    expect(plan.unwritable).toEqual([])
    expect(plan.writes[0].path).toBe('agenticvirtualagent/agent--6f1c2a4e-0000-4000-8000-000000000005.json')
  })
})

describe('a committed manifest that points outside output-dir', () => {
  const hostilePaths = ['../../outside.txt', '../.git/config', '/etc/hostname', 'inboundcall/../../../outside.txt', 'C:/Windows/win.ini', 'inboundcall\\..\\..\\outside.txt']

  it.each(hostilePaths)('never deletes or writes through the manifest path %j', async (path) => {
    const manifest: Manifest = {
      formatVersion: 1,
      flows: [{ id: '6f1c2a4e-0000-4000-8000-0000000000aa', name: 'Gone', type: 'inboundcall', version: '1.0', path, sha256: '0'.repeat(64), bytes: 1 }],
    }
    mkdirSync(join(workspace, OUTPUT_DIR), { recursive: true })
    writeFileSync(join(workspace, OUTPUT_DIR, 'manifest.json'), JSON.stringify(manifest))
    const apply = async () => {
      const previous = await readManifest(join(workspace, OUTPUT_DIR))
      // The flow is gone from a selection of every inbound-call flow: the plan wants its file deleted.
      const plan = planSnapshot({ exported: [], previous, scope: SCOPE, failedIds: new Set() })
      await applySnapshot(workspace, OUTPUT_DIR, plan)
    }
    await expect(apply()).rejects.toThrow(/manifest|Refusing to touch/)
    expect(readFileSync(join(root, 'outside.txt'), 'utf8')).toBe('must survive\n')
    expect(readFileSync(join(workspace, '.git', 'config'), 'utf8')).toBe('[core]\n\tbare = false\n')
  })
})

describe('a symlink inside output-dir', () => {
  it('refuses to write through a type folder that is a symlink to elsewhere on the runner', async () => {
    const elsewhere = join(root, 'elsewhere')
    mkdirSync(elsewhere)
    mkdirSync(join(workspace, OUTPUT_DIR), { recursive: true })
    symlinkSync(elsewhere, join(workspace, OUTPUT_DIR, 'inboundcall'))
    const flow: ExportedFlow = { ref: ref('6f1c2a4e-0000-4000-8000-000000000005'), document: JSON.parse(flowText('Main IVR')), bytes: 10 }
    const plan = planSnapshot({ exported: [flow], previous: null, scope: SCOPE, failedIds: new Set() })
    await expect(applySnapshot(workspace, OUTPUT_DIR, plan)).rejects.toThrow(/symbolic link.*never followed/)
    expect(lstatSync(join(workspace, OUTPUT_DIR, 'inboundcall')).isSymbolicLink()).toBe(true)
    expect(existsSync(join(elsewhere, 'main-ivr--6f1c2a4e-0000-4000-8000-000000000005.json'))).toBe(false)
  })
})
