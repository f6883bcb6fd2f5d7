// The emulator's call routing endpoints, read by the official SDK unchanged (its ArchitectApi methods and models),
// and by plain HTTP for paging, 404s and per-permission 403s.

import platformClient from 'purecloud-platform-client-v2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'

let emulator: Emulator
let architect: InstanceType<typeof platformClient.ArchitectApi>

beforeAll(async () => {
  emulator = await startEmulator({ flows: 12, seed: 'routing' })
  const client = platformClient.ApiClient.instance
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: Number(new URL(emulator.apiUrl).port) } as never)
  await client.loginClientCredentialsGrant(emulator.clientId, emulator.clientSecret)
  architect = new platformClient.ArchitectApi()
})
afterAll(async () => {
  platformClient.ApiClient.instance.setGateway(undefined as never)
  await emulator.close()
})

async function token(clientId: string, clientSecret: string): Promise<string> {
  const reply = await fetch(`${emulator.loginUrl}/oauth/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  })
  return ((await reply.json()) as { access_token: string }).access_token
}

async function get(path: string, bearer: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const reply = await fetch(`${emulator.apiUrl}${path}`, { headers: { Authorization: `Bearer ${bearer}` } })
  return { status: reply.status, body: (await reply.json()) as Record<string, unknown> }
}

describe('call routing in the emulator, through the official SDK', () => {
  it('lists every call route with its numbers, flows and schedule group (getArchitectIvrs)', async () => {
    const page = await architect.getArchitectIvrs({ pageSize: 100 })
    const byId = new Map(page.entities!.map((ivr) => [ivr.id, ivr]))
    expect(page.total).toBe(emulator.org.routing.callRoutes.length)
    for (const route of emulator.org.routing.callRoutes) {
      const ivr = byId.get(route.id)!
      expect(ivr.name).toBe(route.name)
      expect(ivr.dnis).toEqual(route.dnis)
      expect(ivr.openHoursFlow?.id).toBe(route.openHoursFlow?.id)
      expect(ivr.scheduleGroup?.id).toBe(route.scheduleGroup?.id)
    }
  })

  it('pages through getArchitectSchedules one object a page', async () => {
    const ids: string[] = []
    let pageCount = 1
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      const page = await architect.getArchitectSchedules({ pageNumber, pageSize: 1, sortBy: 'name' })
      pageCount = page.pageCount!
      ids.push(...page.entities!.map((schedule) => schedule.id!))
    }
    expect(pageCount).toBe(emulator.org.routing.schedules.length)
    expect(ids.sort()).toEqual(emulator.org.routing.schedules.map((schedule) => schedule.id).sort())
  })

  it('reads a schedule group and its time zone by id (getArchitectSchedulegroup)', async () => {
    const group = emulator.org.routing.scheduleGroups[0]!
    const read = await architect.getArchitectSchedulegroup(group.id)
    expect(read.timeZone).toBe(group.timeZone)
    expect(read.openSchedules!.map((ref) => ref.id)).toEqual(group.openSchedules.map((ref) => ref.id))
  })

  it('reads an emergency group with its flow and routes (getArchitectEmergencygroups)', async () => {
    const page = await architect.getArchitectEmergencygroups({})
    const group = page.entities![0]!
    expect(group.enabled).toBe(false)
    expect(group.emergencyCallFlows![0]!.ivrs![0]!.id).toBe(emulator.org.routing.emergencyGroups[0]!.emergencyCallFlows[0]!.ivrs[0]!.id)
  })

  it('serves an edit made between two runs (an emergency group switched on), with its version raised', async () => {
    const group = emulator.org.routing.emergencyGroups[0]!
    emulator.editRouting({ kind: 'emergency', groupId: group.id, enabled: true })
    const read = await architect.getArchitectEmergencygroup(group.id)
    expect([read.enabled, read.version]).toEqual([true, 2])
    emulator.editRouting({ kind: 'emergency', groupId: group.id, enabled: false })
  })

  it('answers 404 for an unknown id', async () => {
    const { status } = await get('/api/v2/architect/ivrs/00000000-0000-4000-8000-000000000000', await token(emulator.clientId, emulator.clientSecret))
    expect(status).toBe(404)
  })

  it('answers 403 naming the one permission a client lacks, and serves the kinds it may read', async () => {
    emulator.addClient({ clientId: 'no-schedules', clientSecret: 'secret', permissions: ['routing:callRoute:view', 'routing:scheduleGroup:view'] })
    const bearer = await token('no-schedules', 'secret')
    const refused = await get('/api/v2/architect/schedules', bearer)
    expect(refused.status).toBe(403)
    expect(refused.body.message).toContain('routing:schedule:view')
    expect((await get('/api/v2/architect/schedulegroups', bearer)).status).toBe(200)
  })

  it('plants a route to a flow not in the org, a group naming a missing schedule and an ended holiday', () => {
    const { routing, flows } = emulator.org
    const flowIds = new Set(flows.filter((flow) => !flow.deleted).map((flow) => flow.id))
    const scheduleIds = new Set(routing.schedules.map((schedule) => schedule.id))
    const planted = Object.fromEntries(routing.planted.map((entry) => [entry.rule, entry.objectId]))
    expect(flowIds.has(routing.callRoutes.find((route) => route.id === planted['route-flow-missing'])!.openHoursFlow!.id)).toBe(false)
    const group = routing.scheduleGroups.find((candidate) => candidate.id === planted['missing-schedule'])!
    expect(group.closedSchedules.some((ref) => !scheduleIds.has(ref.id))).toBe(true)
    expect(routing.schedules.find((schedule) => schedule.id === planted['schedule-ended'])!.rrule).toBeUndefined()
  })
})
