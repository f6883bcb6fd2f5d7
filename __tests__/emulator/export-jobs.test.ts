import { unzipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../emulator/index.js'
import { apiGet, apiPost, decodeArchitectFile, token } from './helpers.js'

let emulator: Emulator
let bearer: string
/** The emulator's clock runs `offset` ms ahead of real time: tests move jobs along without waiting. */
let offset = 0
beforeAll(async () => {
  emulator = await startEmulator({ flows: 12, seed: 7, jobStartedAfterMs: 10_000, jobDoneAfterMs: 20_000, clock: () => Date.now() + offset })
})
// reset() forgets tokens too, so every test logs in afresh.
beforeEach(async () => {
  bearer = await token(emulator)
})
afterEach(() => emulator.reset())
afterAll(() => emulator.close())

const register = (body: unknown) => apiPost(emulator, bearer, '/api/v2/flows/export/jobs', body)
const poll = async (jobId: string) => (await apiGet(emulator, bearer, `/api/v2/flows/export/jobs/${jobId}?expand=messages`)).body
/** Moves the clock past the job's end and reads it once. */
const finished = async (jobId: string) => {
  offset += 20_000
  return poll(jobId)
}
const architect = (id: string) => ({ flow: { id }, fileName: id, exportType: 'Architect' })

describe('POST /api/v2/flows/export/jobs', () => {
  it('registers a job: 202 with id, Registered, totalFlows and selfUri', async () => {
    const [a, b] = emulator.org.flows
    const { status, body } = await register({ flows: [architect(a!.id), architect(b!.id)] })
    expect(status).toBe(202)
    expect(body).toEqual({ id: expect.any(String), status: 'Registered', totalFlows: 2, selfUri: `/api/v2/flows/export/jobs/${body.id}` })
  })

  it.each([
    ['no flows array', {}],
    ['an empty flows array', { flows: [] }],
    ['an entry without flow', { flows: [{ exportType: 'Architect' }] }],
    ['a flow without id, name or type', { flows: [{ flow: {}, exportType: 'Architect' }] }],
    ['a fileName with a space', { flows: [{ flow: { id: 'x' }, fileName: 'a b', exportType: 'Architect' }] }],
    ['an unknown exportType', { flows: [{ flow: { id: 'x' }, exportType: 'Zip' }] }],
    ['the Yaml export type (unsupported here)', { flows: [{ flow: { id: 'x' }, exportType: 'Yaml' }] }],
  ])('refuses %s with 400', async (_, body) => {
    const result = await register(body)
    expect(result.status).toBe(400)
    expect(result.body).toMatchObject({ status: 400, code: expect.any(String), message: expect.any(String) })
  })

  it('refuses a body that is not JSON with 400 and one sent as text/plain with 415', async () => {
    const url = `${emulator.apiUrl}/api/v2/flows/export/jobs`
    const broken = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' }, body: '{"flows":' })
    expect(broken.status).toBe(400)
    const plain = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'text/plain' }, body: '{}' })
    expect(plain.status).toBe(415)
  })

  it('finds a flow by name and upper-case type when no id is given', async () => {
    const flow = emulator.org.flows.find((candidate) => candidate.type === 'inboundcall')!
    const { status } = await register({ flows: [{ flow: { name: flow.name, type: 'INBOUNDCALL' }, exportType: 'Architect' }] })
    expect(status).toBe(202)
  })
})

describe('GET /api/v2/flows/export/jobs/{jobId}', () => {
  it('moves Registered → Started → Success as time passes and only then hands out a downloadUrl', async () => {
    const { body } = await register({ flows: [architect(emulator.org.flows[0]!.id)] })
    const seen = [await poll(body.id)]
    offset += 10_000
    seen.push(await poll(body.id))
    offset += 10_000
    seen.push(await poll(body.id))
    expect(seen.map((state) => state.status)).toEqual(['Registered', 'Started', 'Success'])
    expect(seen[0].downloadUrl).toBeUndefined()
    expect(seen[1].downloadUrl).toBeUndefined()
    expect(seen[2]).toMatchObject({ id: body.id, command: 'Export', messages: [], downloadUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//) })
  })

  it('serves one flow as its single .i3 file that decodes to the document', async () => {
    const flow = emulator.org.flows.find((candidate) => candidate.type === 'commonmodule')!
    const { body } = await register({ flows: [architect(flow.id)] })
    const last = await finished(body.id)
    expect(new URL(last.downloadUrl).pathname).toMatch(new RegExp(`/${flow.id}\\.i3CommonModuleFlow$`))
    const download = await fetch(last.downloadUrl)
    expect(download.status).toBe(200)
    expect(decodeArchitectFile(await download.text())).toEqual(flow.document)
  })

  it('serves several flows as a zip named by fileName and extension', async () => {
    const flows = emulator.org.flows.slice(0, 5)
    const { body } = await register({ flows: flows.map((flow) => architect(flow.id)) })
    const last = await finished(body.id)
    const download = await fetch(last.downloadUrl)
    expect(download.headers.get('content-type')).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await download.arrayBuffer()))
    expect(Object.keys(files).sort()).toEqual(flows.map((flow) => `${flow.id}${extensionOf(flow.type)}`).sort())
    for (const flow of flows) {
      expect(decodeArchitectFile(Buffer.from(files[`${flow.id}${extensionOf(flow.type)}`]!).toString('utf8'))).toEqual(flow.document)
    }
  })

  it.each([
    ['folders', (flow: { id: string; type: string }) => `${flow.type}/${flow.id}${extensionOf(flow.type)}`],
    ['other-extension', (flow: { id: string; type: string }) => `${flow.id}.json`],
  ] as const)('names the zip entries as the exportEntryNames fault %s says', async (naming, expected) => {
    emulator.setFaults({ exportEntryNames: naming })
    const flows = emulator.org.flows.slice(0, 3)
    const { body } = await register({ flows: flows.map((flow) => architect(flow.id)) })
    const last = await finished(body.id)
    const files = unzipSync(new Uint8Array(await (await fetch(last.downloadUrl)).arrayBuffer()))
    expect(Object.keys(files).sort()).toEqual(flows.map(expected).sort())
  })

  it('ends a job whose flow is listed in failJobs in Failure with an Error message and no downloadUrl', async () => {
    const flow = emulator.org.flows[2]!
    emulator.setFaults({ failJobs: [flow.id] })
    const { body } = await register({ flows: [architect(flow.id)] })
    const last = await finished(body.id)
    expect(last.status).toBe('Failure')
    expect(last.downloadUrl).toBeUndefined()
    expect(last.messages).toContainEqual({ dateTime: expect.any(String), type: 'Error', text: expect.stringContaining(flow.id) })
    for (const message of last.messages) expect(message.type).toBe('Error')
  })

  it('accepts a job for a flow id the org does not have and fails it with the Archy message "could not find the flow"', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    const { status, body } = await register({ flows: [architect(emulator.org.flows[0]!.id), architect(unknown)] })
    expect(status).toBe(202)
    expect(body.totalFlows).toBe(2)
    const last = await finished(body.id)
    expect(last.status).toBe('Failure')
    expect(last.messages.map((message: { text: string }) => message.text)).toEqual([
      'setting the Archy exit code to 107',
      'Error during program export execution:',
      expect.stringContaining(`could not find the flow with id '${unknown}'`),
    ])
  })

  it('fails only the first n jobs when failJobs is a number', async () => {
    emulator.setFaults({ failJobs: 1 })
    const first = await register({ flows: [architect(emulator.org.flows[0]!.id)] })
    const second = await register({ flows: [architect(emulator.org.flows[0]!.id)] })
    expect((await finished(first.body.id)).status).toBe('Failure')
    expect((await finished(second.body.id)).status).toBe('Success')
  })

  it('fails about jobFailureRate of jobs, the same ones for the same seed', async () => {
    const outcomes = async (): Promise<string[]> => {
      emulator.reset()
      emulator.setFaults({ jobFailureRate: 0.5 })
      bearer = await token(emulator)
      const ids: string[] = []
      for (let i = 0; i < 16; i++) ids.push((await register({ flows: [architect(emulator.org.flows[i % 12]!.id)] })).body.id)
      offset += 20_000
      return Promise.all(ids.map(async (id) => (await poll(id)).status))
    }
    const first = await outcomes()
    expect(first.filter((status) => status === 'Failure').length).toBeGreaterThan(2)
    expect(first.filter((status) => status === 'Success').length).toBeGreaterThan(2)
    expect(await outcomes()).toEqual(first)
  })

  it('fails a job registered while exportCapacity jobs run as an overloaded service does, and traces it as over capacity', async () => {
    emulator.setFaults({ exportCapacity: 1 })
    const running = await register({ flows: [architect(emulator.org.flows[0]!.id)] })
    const beyond = await register({ flows: [architect(emulator.org.flows[1]!.id)] })
    const failed = await finished(beyond.body.id)
    expect((await poll(running.body.id)).status).toBe('Success')
    expect(failed.status).toBe('Failure')
    const texts = (failed.messages as { text: string }[]).map((message) => message.text).join(' / ')
    expect(texts).toMatch(/could not find the flow with id/)
    expect(texts).toMatch(/Archy exit code to 107/)
    const trace = emulator.exportJobs()
    expect(trace.map((job) => [job.id, job.failed, job.overCapacity])).toEqual([
      [running.body.id, false, false],
      [beyond.body.id, true, true],
    ])
    // A job refused for capacity fails after the fixed part only (here 20 s), not after a full job's time.
    expect(trace[1]!.doneAt - trace[1]!.createdAt).toBe(20_000)
  })

  it('takes jobDoneAfterMsPerFlow longer for each flow of the job', async () => {
    const slow = await startEmulator({ flows: 4, seed: 7, jobDoneAfterMs: 1_000, jobDoneAfterMsPerFlow: 500, clock: () => Date.now() + offset })
    try {
      const slowBearer = await token(slow)
      const ids = slow.org.flows.slice(0, 3).map((flow) => flow.id)
      const job = await apiPost(slow, slowBearer, '/api/v2/flows/export/jobs', { flows: ids.map(architect) })
      const read = async () => (await apiGet(slow, slowBearer, `/api/v2/flows/export/jobs/${job.body.id}`)).body.status
      offset += 2_000 // past the fixed part, short of 1 000 + 3 × 500
      expect(await read()).toBe('Started')
      offset += 600
      expect(await read()).toBe('Success')
    } finally {
      await slow.close()
    }
  })

  it('answers an unknown job id with 404', async () => {
    const response = await fetch(`${emulator.apiUrl}/api/v2/flows/export/jobs/nope`, { headers: { Authorization: `Bearer ${bearer}` } })
    expect(response.status).toBe(404)
  })
})

function extensionOf(type: string): string {
  const table: Record<string, string> = {
    inboundcall: '.i3InboundFlow',
    inqueuecall: '.i3InQueueFlow',
    commonmodule: '.i3CommonModuleFlow',
    bot: '.i3BotFlow',
    inboundshortmessage: '.i3InboundMessage',
    workflow: '.i3WorkFlow',
  }
  return table[type]!
}
