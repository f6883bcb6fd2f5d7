// The routing step of a snapshot run against the emulator: the flows the routes name are looked up once, beside
// the export; a lookup that fails is reported in the routing and not asked again when the step finishes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { beginRoutingOf } from '../../src/run-steps/routing.js'
import { readSettings } from '../../src/settings/read-settings.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { scope } from '../snapshot/flows.js'
import { clientFor, startOrg } from '../genesys/harness.js'

let emulator: Emulator
let workspace: string
beforeAll(async () => {
  emulator = await startOrg({ flows: 20, seed: 'routing-step' })
  workspace = mkdtempSync(join(tmpdir(), 'gfs-routing-step-'))
})
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
  return emulator.close()
})

function settingsFor(): ReturnType<typeof readSettings> {
  const inputs = { 'client-id': emulator.clientId, 'client-secret': emulator.clientSecret, 'api-url': emulator.apiUrl, 'flow-types': 'all' }
  const env = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
  return readSettings({ ...env, GITHUB_WORKSPACE: workspace }, () => {})
}

const lookups = () => emulator.requests.filter((entry) => entry.path === '/api/v2/flows/lookup')

describe('the routing step', () => {
  it('reports a lookup of the routes\' flows that failed, without asking again at the end, and calls no flow missing', async () => {
    emulator.reset()
    emulator.setFaults({ refuseListings: [{ pathEndsWith: '/flows/lookup', status: 404 }] })
    const warnings: string[] = []
    const log = { notice: () => {}, warning: (message: string) => void warnings.push(message) }
    const step = beginRoutingOf(clientFor(emulator), settingsFor(), new Date('2026-12-07T12:00:00Z'))
    const flowPlan = planSnapshot({ exported: [], previous: null, scope: scope([], []), failedIds: new Set() })
    const routed = await step.finish(null, flowPlan, log)
    // The routes name a handful of flows: one lookup asks for all of them, and it is not sent a second time.
    expect(lookups()).toHaveLength(1)
    expect(routed?.routing?.failure).toMatch(/^the flows the routes name could not be looked up: /)
    expect(warnings).toHaveLength(1)
    expect(routed?.findings.filter((finding) => finding.rule === 'route-flow-missing')).toEqual([])
  })
})
