import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../src/model.js'
import { canonicalJson } from '../../src/snapshot/canonical.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { flow, scope, uuid } from './flows.js'

const none = new Set<string>()

function previousOf(...flows: ReturnType<typeof flow>[]): Manifest {
  return planSnapshot({ exported: flows, previous: null, scope: scope([], []), failedIds: none }).manifest
}

describe('planSnapshot', () => {
  it('writes every flow canonically and a manifest sorted by id with sha256 and bytes', () => {
    const plan = planSnapshot({
      exported: [flow(uuid(2), 'Second', 'commonmodule', { z: 1, a: 2 }), flow(uuid(1), 'First')],
      previous: null,
      scope: scope(['inboundcall'], [uuid(1)]),
      failedIds: none,
    })
    expect(plan.writes.map((w) => w.path)).toEqual([
      `commonmodule/second--${uuid(2)}.json`,
      `inboundcall/first--${uuid(1)}.json`,
      'manifest.json',
    ])
    expect(plan.writes[0].content).toBe(canonicalJson({ a: 2, z: 1 }))
    expect(plan.manifest.flows.map((e) => e.id)).toEqual([uuid(1), uuid(2)])
    expect(plan.manifest.flows[1]).toMatchObject({
      sha256: createHash('sha256').update(canonicalJson({ a: 2, z: 1 })).digest('hex'),
      bytes: Buffer.byteLength(canonicalJson({ a: 2, z: 1 })),
    })
    expect(plan.deletes).toEqual([])
  })

  it('gives byte-identical writes for the same flows in another order', () => {
    const input = (flows: ReturnType<typeof flow>[]) =>
      planSnapshot({ exported: flows, previous: null, scope: scope([], []), failedIds: none }).writes
    const a = flow(uuid(1), 'A')
    const b = flow(uuid(2), 'B')
    expect(input([a, b])).toEqual(input([b, a]))
  })

  it('deletes the old path of a renamed or retyped flow', () => {
    const previous = previousOf(flow(uuid(1), 'Old Name'), flow(uuid(2), 'Module', 'commonmodule'))
    const plan = planSnapshot({
      exported: [flow(uuid(1), 'New Name'), flow(uuid(2), 'Module', 'inboundcall')],
      previous,
      scope: scope([], [uuid(1), uuid(2)]),
      failedIds: none,
    })
    expect(plan.deletes).toEqual([`commonmodule/module--${uuid(2)}.json`, `inboundcall/old-name--${uuid(1)}.json`])
  })

  it('deletes a gone flow only when its type and name were in the selection', () => {
    const previous = previousOf(
      flow(uuid(1), 'Gone Call'),
      flow(uuid(2), 'Other Type', 'commonmodule'),
      flow(uuid(3), 'Excluded Call'),
      flow(uuid(4), 'Failed Call'),
      flow(uuid(5), 'Listed Call'),
    )
    const plan = planSnapshot({
      exported: [],
      previous,
      scope: scope(['inboundcall'], [uuid(5)], ['*Call', '!Excluded*']),
      failedIds: new Set([uuid(4)]),
    })
    expect(plan.deletes).toEqual([`inboundcall/gone-call--${uuid(1)}.json`])
    expect(plan.manifest.flows.map((e) => e.id)).toEqual([uuid(2), uuid(3), uuid(4), uuid(5)])
  })

  it('keeps the entries of flows this run did not touch', () => {
    const previous = previousOf(flow(uuid(1), 'Kept', 'workflow'))
    const plan = planSnapshot({ exported: [flow(uuid(2), 'New')], previous, scope: scope(['inboundcall'], [uuid(2)]), failedIds: none })
    expect(plan.manifest.flows.map((e) => e.name)).toEqual(['Kept', 'New'])
    expect(plan.deletes).toEqual([])
  })

  it('matches names with slashes in them', () => {
    const previous = previousOf(flow(uuid(1), 'Team A/Main'))
    const plan = planSnapshot({ exported: [], previous, scope: scope(['inboundcall'], [], ['Team A*']), failedIds: none })
    expect(plan.deletes).toEqual([`inboundcall/team-a-main--${uuid(1)}.json`])
  })

  it('reads flow-names exactly as the selection did: parentheses are literal', () => {
    const previous = previousOf(flow(uuid(1), 'Main IVR (old)'), flow(uuid(2), 'Other'))
    const plan = planSnapshot({ exported: [], previous, scope: scope(['inboundcall'], [], ['!*(old)*']), failedIds: none })
    expect(plan.deletes).toEqual([`inboundcall/other--${uuid(2)}.json`])
  })
})
