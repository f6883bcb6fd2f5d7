// createEarlyReview as the export hands it each job's flows: every flow prepared once, whatever order the jobs end
// in, and planSnapshot given the same files as if it had prepared them itself.
import { describe, expect, it } from 'vitest'
import type { ExportedFlow } from '../../src/model.js'
import { createEarlyReview } from '../../src/run-steps/change-review.js'
import { planSnapshot, prepareFile } from '../../src/snapshot/plan.js'
import { flow, scope, uuid } from '../snapshot/flows.js'

const none = new Set<string>()
/** No previous snapshot: the flows are only prepared (nothing to review them against). */
const firstSnapshot = () => createEarlyReview('/nowhere', null, 1_000_000)

describe('the files prepared while the export runs', () => {
  it('prepares every flow it is told of, job by job as they arrive, as planSnapshot would', async () => {
    const early = firstSnapshot()
    const first = [flow(uuid(1), 'One', 'inboundcall', { z: 1, a: [2, { y: 0, b: 1 }] }), flow(uuid(2), 'Two', 'commonmodule')]
    const second = [flow(uuid(3), 'Three', 'workflow', { k: 'v' })]
    early.add(first)
    early.add(second)
    const prepared = await early.prepared()
    expect([...prepared.keys()]).toEqual([...first, ...second])
    for (const exported of [...first, ...second]) expect(prepared.get(exported)).toEqual(prepareFile(exported))
  })

  it('leaves a flow that cannot be given a file to planSnapshot, which names it as unwritable', async () => {
    const early = firstSnapshot()
    const bad: ExportedFlow = { ...flow(uuid(4), 'Bad'), ref: { id: 'not/an id', name: 'Bad', type: 'inboundcall', version: '1.0' } }
    const good = flow(uuid(5), 'Good')
    early.add([bad, good])
    const prepared = await early.prepared()
    expect(prepared.has(bad)).toBe(false)
    const plan = planSnapshot({ exported: [bad, good], previous: null, scope: scope([], []), failedIds: none, prepared })
    expect(plan.unwritable.map((failed) => failed.ref.id)).toEqual(['not/an id'])
    expect(plan.manifest.flows.map((entry) => entry.id)).toEqual([uuid(5)])
  })

  it('gives planSnapshot the same plan as preparing everything at the end', async () => {
    const exported = [flow(uuid(7), 'Seven', 'bot', { b: 1, a: 2 }), flow(uuid(6), 'Six')]
    const early = firstSnapshot()
    early.add(exported)
    const withEarly = planSnapshot({ exported, previous: null, scope: scope([], []), failedIds: none, prepared: await early.prepared() })
    expect(withEarly).toEqual(planSnapshot({ exported, previous: null, scope: scope([], []), failedIds: none }))
  })

  it('resolves at once when nothing was exported', async () => {
    expect((await firstSnapshot().prepared()).size).toBe(0)
  })

  it('resolves after a job that exported no flow (every flow of it failed), with the flows of the others', async () => {
    const early = firstSnapshot()
    early.add([])
    const later = flow(uuid(8), 'Later')
    early.add([later])
    early.add([])
    expect([...(await early.prepared()).keys()]).toEqual([later])
  })
})
