// The committed call-routing files decided from values: where each object goes, what it keeps, what a run
// deletes, and what it leaves alone for a kind it could not read.
import { describe, expect, it } from 'vitest'
import type { RoutingManifestEntry } from '../../src/routing-model.js'
import { parseManifest } from '../../src/snapshot/manifest.js'
import { manifestJson, planSnapshot } from '../../src/snapshot/plan.js'
import { planRouting, withRouting } from '../../src/snapshot/routing-files.js'
import type { RoutingKind } from '../../src/routing/types.js'

const ROUTE_ID = '0b7c4f1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b'
const SCHEDULE_ID = '1c8d5a2f-3b4e-4f60-9bac-1d2e3f4a5b6c'

const route = (name = 'Main line') => ({
  id: ROUTE_ID,
  name,
  dnis: ['+13175550100'],
  dateModified: '2026-12-01T10:00:00.000Z',
  modifiedBy: 'someone',
  selfUri: `/api/v2/architect/ivrs/${ROUTE_ID}`,
  openHoursFlow: { id: 'f1', name: 'Main IVR', selfUri: '/api/v2/flows/f1' },
})

function plan(listed: [RoutingKind, Record<string, unknown>[]][], previous: RoutingManifestEntry[] = [], texts: Record<string, string> = {}) {
  return planRouting({
    listed: new Map(listed.map(([kind, objects]) => [kind, objects as (Record<string, unknown> & { id: string })[]])),
    previous,
    outputDir: 'genesys-flows',
    previousText: (entry) => texts[entry.path] ?? null,
  })
}

describe('planRouting', () => {
  it('writes a call route to routing/call-routes/<slug>--<id>.json', () => {
    expect(plan([['call-routes', [route()]]]).writes.map((write) => write.path)).toEqual([`routing/call-routes/main-line--${ROUTE_ID}.json`])
  })

  it('leaves out the save stamps and selfUri at every depth, so a save that changed nothing changes no byte', () => {
    const [write] = plan([['call-routes', [route()]]]).writes
    expect(write!.content).not.toMatch(/dateModified|modifiedBy|selfUri/)
    const again = plan([['call-routes', [{ ...route(), dateModified: '2026-12-05T08:00:00.000Z', modifiedBy: 'someone else' }]]]).writes[0]
    expect(again!.content).toBe(write!.content)
  })

  it('deletes the file of an object gone from a kind that was read', () => {
    const previous = [{ kind: 'schedules', id: SCHEDULE_ID, name: 'Weekdays', path: `routing/schedules/weekdays--${SCHEDULE_ID}.json`, sha256: 'x' }]
    const result = plan([['schedules', []]], previous)
    expect(result.deletes).toEqual([`routing/schedules/weekdays--${SCHEDULE_ID}.json`])
    expect(result.entries).toEqual([])
  })

  it('moves the file of a renamed object (old path deleted)', () => {
    const previous = [{ kind: 'call-routes', id: ROUTE_ID, name: 'Main line', path: `routing/call-routes/main-line--${ROUTE_ID}.json`, sha256: 'x' }]
    const result = plan([['call-routes', [route('Front desk')]]], previous)
    expect(result.deletes).toEqual([`routing/call-routes/main-line--${ROUTE_ID}.json`])
    expect(result.entries.map((entry) => entry.path)).toEqual([`routing/call-routes/front-desk--${ROUTE_ID}.json`])
  })

  it('keeps the entries and files of a kind that was not read (a 403), and still hands them to the checks', () => {
    const path = `routing/schedules/weekdays--${SCHEDULE_ID}.json`
    const previous = [{ kind: 'schedules', id: SCHEDULE_ID, name: 'Weekdays', path, sha256: 'x' }]
    const result = plan([['call-routes', [route()]]], previous, { [path]: '{"id":"' + SCHEDULE_ID + '","name":"Weekdays"}\n' })
    expect(result.deletes).toEqual([])
    expect(result.entries.map((entry) => entry.kind)).toEqual(['call-routes', 'schedules'])
    expect(result.files.find((file) => file.kind === 'schedules')?.path).toBe(`genesys-flows/${path}`)
  })

  it('leaves out an object whose id could carry path syntax, and names it', () => {
    const result = plan([['call-routes', [{ ...route(), id: '../../etc' }]]])
    expect(result.writes).toEqual([])
    expect(result.unwritable).toHaveLength(1)
  })

  it('sorts the manifest entries by kind, in the contract order, then id', () => {
    const result = plan([
      ['schedules', [{ id: 'b-schedule', name: 'B' }, { id: 'a-schedule', name: 'A' }]],
      ['call-routes', [route()]],
    ])
    expect(result.entries.map((entry) => entry.id)).toEqual([ROUTE_ID, 'a-schedule', 'b-schedule'])
  })
})

describe('the manifest with routing', () => {
  const flowPlan = planSnapshot({ exported: [], previous: null, scope: { listedTypes: [], listedIds: new Set(), namePatterns: [] }, failedIds: new Set() })

  it('writes routing entries into manifest.json and reads them back', () => {
    const combined = withRouting(flowPlan, plan([['call-routes', [route()]]]))
    const manifest = combined.writes.find((write) => write.path === 'manifest.json')!.content
    expect(parseManifest(manifest, 'manifest.json').routing).toEqual(combined.manifest.routing)
  })

  it('writes no routing key when there is no routing, so a manifest without it keeps its bytes', () => {
    expect(manifestJson({ formatVersion: 1, flows: [] })).toBe('{\n  "formatVersion": 1,\n  "flows": []\n}\n')
  })

  it('refuses a routing entry that is not all strings, with a fix', () => {
    const text = JSON.stringify({ formatVersion: 1, flows: [], routing: [{ kind: 'schedules', id: 1 }] })
    expect(() => parseManifest(text, 'manifest.json')).toThrow(/routing\[0\]\.id must be a string/)
  })
})
