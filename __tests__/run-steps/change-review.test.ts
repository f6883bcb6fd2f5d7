// What changed, reviewed while the export runs (createEarlyReview) or after it (reviewSnapshot alone): the
// same review either way, against a previous snapshot written to a real folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generateOrg } from '../../emulator/org/generate.js'
import { toFlowRef } from '../../src/genesys/flows-api.js'
import type { ExportedFlow, Manifest, RunChanges, SnapshotPlan } from '../../src/model.js'
import { createEarlyReview, reviewSnapshot, type EarlyReview } from '../../src/run-steps/change-review.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { applySnapshot } from '../../src/snapshot/write.js'
import { scope } from '../snapshot/flows.js'
import { DEFAULTS } from '../../src/settings/read-settings.js'

const MAX_EXPORT_BYTES = DEFAULTS.maxExportBytes

/** What the run's review comes to, with or without the one made while the export ran. */
function reviewed(outputPath: string, manifest: Manifest, plan: SnapshotPlan, flows: ExportedFlow[], early?: EarlyReview): Promise<RunChanges | undefined> {
  return reviewSnapshot(outputPath, manifest, plan, flows, () => {}, early, MAX_EXPORT_BYTES)
}

const workspaces: string[] = []
afterEach(() => {
  for (const folder of workspaces.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function exportedOrg(): ExportedFlow[] {
  return generateOrg({ flows: 24, seed: 'early-review', plant: false })
    .flows.filter((flow) => !flow.deleted)
    .map((flow) => ({ ref: toFlowRef({ id: flow.id, name: flow.name, type: flow.type, publishedVersion: { id: flow.version } }), document: flow.document, bytes: 10_000 }))
}

/** The next version of some flows: a description set, and the first item renamed. */
function republished(flows: readonly ExportedFlow[], every: number): ExportedFlow[] {
  return flows.map((flow, index) => {
    if (index % every !== 0) return flow
    const document = structuredClone(flow.document) as { description?: string; flowSequenceItemList: { name: string }[] }
    document.description = `Changed by the test (${index})`
    document.flowSequenceItemList[0]!.name = `Renamed item ${index}`
    return { ...flow, ref: { ...flow.ref, version: '9.0' }, document }
  })
}

/** A workspace holding the snapshot of `flows`, and its manifest. */
async function previousSnapshot(flows: readonly ExportedFlow[]): Promise<{ workspace: string; outputPath: string; manifest: Manifest }> {
  const workspace = mkdtempSync(join(tmpdir(), 'gfs-review-'))
  workspaces.push(workspace)
  const plan = planSnapshot({ exported: flows, previous: null, scope: scope([], []), failedIds: new Set() })
  await applySnapshot(workspace, 'flows', plan)
  return { workspace, outputPath: join(workspace, 'flows'), manifest: plan.manifest }
}

describe('the review of a snapshot', () => {
  it('reviews the flows whose file changed, against their previous file, and no other', async () => {
    const before = exportedOrg()
    const { outputPath, manifest } = await previousSnapshot(before)
    const after = republished(before, 3)
    const plan = planSnapshot({ exported: after, previous: manifest, scope: scope([], []), failedIds: new Set() })

    const changes = await reviewed(outputPath, manifest, plan, after)
    const changedIds = after.filter((flow, index) => flow.document !== before[index]!.document).map((flow) => flow.ref.id)
    expect(changedIds).toHaveLength(8)
    expect(changes!.reviews.map((review) => review.flowId).sort()).toEqual(changedIds.sort())
    expect(changes!.reviews.every((review) => review.status === 'changed')).toBe(true)
  })

  it('gives the same review when the changed flows were reviewed while the export ran', async () => {
    const before = exportedOrg()
    const { outputPath, manifest } = await previousSnapshot(before)
    const after = republished(before, 3)
    const early = createEarlyReview(outputPath, manifest, MAX_EXPORT_BYTES)
    early.add(after.slice(0, 10))
    early.add(after.slice(10))
    const prepared = await early.prepared()
    const plan = planSnapshot({ exported: after, previous: manifest, scope: scope([], []), failedIds: new Set(), prepared })

    const atTheEnd = await reviewed(outputPath, manifest, plan, after)
    const withEarly = await reviewed(outputPath, manifest, plan, after, early)
    expect(atTheEnd!.reviews.filter((review) => review.status === 'changed')).toHaveLength(8)
    expect(withEarly).toEqual(atTheEnd)
    // Every flow was prepared, every changed flow taken from the early review, and an unchanged one never read for it.
    expect([...prepared.keys()]).toEqual(after)
    for (const [flow, file] of prepared) {
      const changed = before.find((old) => old.ref.id === flow.ref.id)!.document !== flow.document
      expect(early.earlyReviewOf(flow.ref.id, file.entry.sha256) !== undefined).toBe(changed)
    }
  })

  it('reviews at the end a flow whose file changed again after its early review', async () => {
    const before = exportedOrg()
    const { outputPath, manifest } = await previousSnapshot(before)
    const first = republished(before, 4)
    const early = createEarlyReview(outputPath, manifest, MAX_EXPORT_BYTES)
    early.add(first)
    await early.prepared()
    // The same flows exported once more with other content (a flow exported twice: the later one wins).
    const second = republished(first, 8).map((flow, index) => (index % 8 === 0 ? { ...flow, document: { ...(flow.document as object), description: 'Later still' } } : flow))
    const plan = planSnapshot({ exported: second, previous: manifest, scope: scope([], []), failedIds: new Set() })
    const withEarly = await reviewed(outputPath, manifest, plan, second, early)
    const atTheEnd = await reviewed(outputPath, manifest, plan, second)
    expect(withEarly).toEqual(atTheEnd)
  })
})

describe('one flow whose review fails', () => {
  it('is named with the reason, and the other flows are still reviewed', async () => {
    const before = exportedOrg()
    const { outputPath, manifest } = await previousSnapshot(before)
    const after = republished(before, 3)
    // A document no JSON file can hold, standing for any shape the review cannot read: a field that throws.
    const broken = structuredClone(after[0]!.document) as Record<string, unknown>
    Object.defineProperty(broken, 'description', { enumerable: true, get: () => { throw new Error('unreadable field') } })
    const withBroken = [{ ...after[0]!, document: broken }, ...after.slice(1)]
    const plan = planSnapshot({ exported: after, previous: manifest, scope: scope([], []), failedIds: new Set() })

    const changes = await reviewed(outputPath, manifest, plan, withBroken)
    const failed = changes!.reviews.find((review) => review.flowId === after[0]!.ref.id)
    expect(failed?.changes.map((change) => change.text)).toEqual(['What changed in this flow could not be worked out (unreadable field); the other flows are reviewed.'])
    expect(changes!.reviews.filter((review) => review.status === 'changed')).toHaveLength(8)
  })
})
