// publishFlowVersion: a new version of a flow, edited as in Architect, served over HTTP from then on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator, type EmulatedFlow } from '../../emulator/index.js'
import { apiGet, apiPost, decodeArchitectFile, pollJob, token } from './helpers.js'

let emulator: Emulator
let bearer: string
beforeAll(async () => {
  emulator = await startEmulator({ flows: 12, seed: 'publish', plant: false })
  bearer = await token(emulator)
})
afterAll(() => emulator.close())

const inbound = (index: number): EmulatedFlow => emulator.org.flows.filter((flow) => flow.type === 'inboundcall')[index]!
type Action = Record<string, any>
const actions = (document: Record<string, unknown>): Action[] =>
  (document.flowSequenceItemList as Array<{ actionList?: Action[] }>).flatMap((item) => item.actionList ?? [])

async function exported(flow: EmulatedFlow): Promise<any> {
  const job = await apiPost(emulator, bearer, '/api/v2/flows/export/jobs', { flows: [{ flow: { id: flow.id }, exportType: 'Architect' }] })
  const { last } = await pollJob(emulator, bearer, job.body.id)
  return decodeArchitectFile(await (await fetch(last.downloadUrl)).text())
}

describe('publishFlowVersion', () => {
  it('bumps the version and serves the new one in the flow, its /versions listing and its export', async () => {
    const flow = inbound(0)
    const before = flow.version
    const published = emulator.publishFlowVersion(flow.id, { kind: 'add-action', name: 'Holiday notice', sentence: 'We are closed today.' })
    expect(published.version).toBe(`${Number(before) + 1}.0`)
    const entity = await apiGet(emulator, bearer, `/api/v2/flows/${flow.id}`)
    expect(entity.body.publishedVersion.id).toBe(published.version)
    const versions = await apiGet(emulator, bearer, `/api/v2/flows/${flow.id}/versions`)
    expect(versions.body.entities[0].id).toBe(published.version)
    const document = await exported(flow)
    expect(actions(document).some((action) => action.name === 'Holiday notice' && action.__type === 'PlayAudioAction')).toBe(true)
  })

  it('keeps serving the previous version its own configuration', async () => {
    const flow = inbound(1)
    const old = structuredClone(flow.document)
    const published = emulator.publishFlowVersion(flow.id, { kind: 'change-prompt', sentence: 'Hello there.' })
    const previous = await apiGet(emulator, bearer, `/api/v2/flows/${flow.id}/versions/${published.previousVersion}/configuration`)
    const latest = await apiGet(emulator, bearer, `/api/v2/flows/${flow.id}/latestconfiguration`)
    expect(previous.body).toEqual(old)
    expect(JSON.stringify(latest.body)).toContain('Hello there.')
  })

  it('links an added action into the chain after the one it follows', () => {
    const flow = inbound(2)
    const published = emulator.publishFlowVersion(flow.id, { kind: 'add-action', name: 'Notice', sentence: 'Notice.', after: 'Welcome' })
    const list = actions(flow.document)
    const welcome = list.find((action) => action.name === 'Welcome')!
    const added = list.find((action) => action.id === published.edits[0]!.actionId)!
    expect(welcome.nextAction).toBe(added.id)
    expect(list.some((action) => action.id === added.nextAction)).toBe(true)
  })

  it('re-points a decision output at another action of its task', () => {
    const flow = inbound(3)
    const published = emulator.publishFlowVersion(flow.id, { kind: 'rewire-decision', decision: 'Known caller?', output: 'no' })
    const decision = actions(flow.document).find((action) => action.name === 'Known caller?')!
    const no = decision.paths.find((path: { outputId: string }) => path.outputId === '__NO__')
    expect(actions(flow.document).find((action) => action.id === no.nextActionId)?.name).toBe(published.edits[0]!.to)
  })

  it('swaps the queue of a Transfer to ACD in the action and in the manifest', () => {
    const flow = inbound(0)
    const queue = { id: '0b6e0c0e-1111-4222-8333-444455556666', name: 'Premium Support' }
    const published = emulator.publishFlowVersion(flow.id, { kind: 'swap-queue', queue })
    const transfer = actions(flow.document).find((action) => action.__type === 'TransferPureMatchAction')!
    expect(transfer.queues[0].config.lit.val).toBe(queue.id)
    const manifestQueues = (flow.document.manifest as { queue: Array<{ id: string; name: string }> }).queue
    expect(manifestQueues.map((entry) => entry.name)).toContain('Premium Support')
    expect(manifestQueues.map((entry) => entry.name)).not.toContain(published.edits[0]!.from)
  })

  it('renames the flow in its document and in listings', async () => {
    const flow = inbound(1)
    emulator.publishFlowVersion(flow.id, { kind: 'rename', name: 'Front Desk' })
    expect(flow.document.name).toBe('Front Desk')
    const listing = await apiGet(emulator, bearer, `/api/v2/flows?id=${flow.id}`)
    expect(listing.body.entities[0].name).toBe('Front Desk')
  })

  it('changes only tracking numbers and collapsed state in a layout-only republish', () => {
    const flow = inbound(2)
    const before = structuredClone(flow.document)
    emulator.publishFlowVersion(flow.id, { kind: 'layout-only' })
    const strip = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, child) => (key === 'trackingId' || key === 'uiMetaData' || key === 'nextTrackingNumber' ? undefined : child)))
    expect(strip(flow.document)).toEqual(strip(before))
    expect(flow.document).not.toEqual(before)
  })

  it('refuses an unknown flow id with a message that says what to do', () => {
    expect(() => emulator.publishFlowVersion('00000000-0000-4000-8000-000000000000', { kind: 'layout-only' })).toThrow(/no live flow.*emulator\.org\.flows/)
  })
})
