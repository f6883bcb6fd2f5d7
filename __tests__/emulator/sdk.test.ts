// The official SDK, unchanged, against the emulator through its gateway setting: login, flows page by page,
// an export job polled to its downloadUrl, and dependency tracking. Results must equal the emulator's own data.

import platformClient from 'purecloud-platform-client-v2'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { consumedBy } from '../../emulator/org/dependencies.js'
import { decodeArchitectFile } from './helpers.js'

let emulator: Emulator
let architect: InstanceType<typeof platformClient.ArchitectApi>

beforeAll(async () => {
  emulator = await startEmulator({ flows: 23, seed: 'sdk', jobDoneAfterMs: 50 })
  const client = platformClient.ApiClient.instance
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port: Number(new URL(emulator.apiUrl).port) } as never)
  await client.loginClientCredentialsGrant(emulator.clientId, emulator.clientSecret)
  architect = new platformClient.ArchitectApi()
})
afterAll(async () => {
  platformClient.ApiClient.instance.setGateway(undefined as never)
  await emulator.close()
})

describe('the official purecloud-platform-client-v2 SDK', () => {
  it('logs in through the gateway with client credentials', () => {
    expect(emulator.requests.filter((entry) => entry.listener === 'login').map((entry) => [entry.method, entry.path, entry.status])).toEqual([['POST', '/oauth/token', 200]])
  })

  it('pages through getFlows and gets every flow of the org', async () => {
    const ids: string[] = []
    let pageCount = 1
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      const page = await architect.getFlows({ pageNumber, pageSize: 10 })
      pageCount = page.pageCount!
      ids.push(...page.entities!.map((flow) => flow.id!))
    }
    expect(pageCount).toBe(3)
    expect(ids).toEqual(emulator.org.flows.map((flow) => flow.id).sort())
  })

  it('filters getFlows by several types (the SDK joins them with commas)', async () => {
    const page = await architect.getFlows({ type: ['commonmodule', 'bot'], pageSize: 100 })
    const expected = emulator.org.flows.filter((flow) => flow.type === 'commonmodule' || flow.type === 'bot')
    expect(page.entities!.map((flow) => flow.id).sort()).toEqual(expected.map((flow) => flow.id).sort())
  })

  it('registers an export job, polls it to Success and downloads what it exported', async () => {
    const flows = emulator.org.flows.slice(0, 3)
    const job = await architect.postFlowsExportJobs({
      flows: flows.map((flow) => ({ flow: { id: flow.id }, fileName: flow.id, exportType: 'Architect' })),
    } as never)
    expect(job.status).toBe('Registered')
    let state = await architect.getFlowsExportJob(job.id!, { expand: ['messages'] })
    while (state.status === 'Registered' || state.status === 'Started') {
      await new Promise((resolve) => setTimeout(resolve, 10))
      state = await architect.getFlowsExportJob(job.id!, { expand: ['messages'] })
    }
    expect(state.status).toBe('Success')
    const download = await fetch(state.downloadUrl!)
    const files = unzipSync(new Uint8Array(await download.arrayBuffer()))
    for (const flow of flows) {
      const name = Object.keys(files).find((file) => file.startsWith(flow.id))!
      expect(decodeArchitectFile(Buffer.from(files[name]!).toString('utf8'))).toEqual(flow.document)
    }
  })

  it('reads consumed resources as the emulator computes them', async () => {
    const flow = emulator.org.flows.find((candidate) => candidate.type === 'inboundcall')!
    const listing = await architect.getArchitectDependencytrackingConsumedresources(flow.id, flow.version, 'INBOUNDCALLFLOW', { pageSize: 100 })
    const byId = new Map(emulator.org.flows.map((candidate) => [candidate.id, candidate]))
    expect(listing.entities!.map((entity) => entity.id)).toEqual(consumedBy(flow, byId).map((dependency) => dependency.id))
    expect(listing.entities!.some((entity) => entity.type === 'COMMONMODULEFLOW')).toBe(true)
  })

  it('surfaces the emulator error body on a 404', async () => {
    await expect(architect.getFlow('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 })
  })
})
