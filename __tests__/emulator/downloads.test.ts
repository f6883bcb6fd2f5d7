import { unzipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator, type FaultOptions } from '../../emulator/index.js'
import { apiPost, decodeArchitectFile, pollJob, token } from './helpers.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ flows: 6, seed: 3, jobDoneAfterMs: 0 })
})
afterEach(() => emulator.reset())
afterAll(() => emulator.close())

/** Exports `count` flows under the given faults and returns the job's downloadUrl. */
async function exportUrl(count: number, faults: FaultOptions = {}): Promise<string> {
  emulator.setFaults(faults)
  const bearer = await token(emulator)
  const flows = emulator.org.flows.slice(0, count).map((flow) => ({ flow: { id: flow.id }, fileName: flow.id, exportType: 'Architect' }))
  const { body } = await apiPost(emulator, bearer, '/api/v2/flows/export/jobs', { flows })
  return (await pollJob(emulator, bearer, body.id)).last.downloadUrl
}

/**
 * An emulator whose download URLs live one minute on a clock the test moves, with one export job
 * registered: `poll()` answers that job's downloadUrl.
 */
async function withOneMinuteUrls(test: (job: { poll: () => Promise<string>; advance: (ms: number) => void }) => Promise<void>): Promise<void> {
  let offset = 0
  const shortLived = await startEmulator({ flows: 2, jobDoneAfterMs: 0, downloadTtlMs: 60_000, clock: () => Date.now() + offset })
  try {
    const bearer = await token(shortLived)
    const { body } = await apiPost(shortLived, bearer, '/api/v2/flows/export/jobs', { flows: [{ flow: { id: shortLived.org.flows[0]!.id }, exportType: 'Architect' }] })
    await test({ poll: async () => (await pollJob(shortLived, bearer, body.id)).last.downloadUrl, advance: (ms) => (offset += ms) })
  } finally {
    await shortLived.close()
  }
}

describe('the object-store listener', () => {
  it('serves downloads from its own port, not the API port', async () => {
    const url = new URL(await exportUrl(1))
    expect(url.port).not.toBe(new URL(emulator.apiUrl).port)
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256')
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300')
  })

  it('refuses a request that carries an Authorization header with 400 InvalidArgument', async () => {
    const response = await fetch(await exportUrl(1), { headers: { Authorization: 'Bearer secret-token-value' } })
    const text = await response.text()
    expect(response.status).toBe(400)
    expect(text).toContain('<Code>InvalidArgument</Code>')
    expect(text).toContain('Only one auth mechanism allowed')
    // S3 echoes the header; the emulator keeps the credential out of the body.
    expect(text).not.toContain('secret-token-value')
  })

  it('expires only the first n URLs when expireDownloads is a count, then serves the export', async () => {
    const first = await exportUrl(1, { expireDownloads: 1 })
    expect((await fetch(first)).status).toBe(403)
    const bearer = await token(emulator)
    const flows = [{ flow: { id: emulator.org.flows[1]!.id }, exportType: 'Architect' }]
    const { body } = await apiPost(emulator, bearer, '/api/v2/flows/export/jobs', { flows })
    expect((await fetch((await pollJob(emulator, bearer, body.id)).last.downloadUrl)).status).toBe(200)
  })

  it('answers an expired URL with 403 AccessDenied "Request has expired" in XML', async () => {
    const response = await fetch(await exportUrl(1, { expireDownloads: true }))
    const text = await response.text()
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toBe('application/xml')
    expect(text).toMatch(/<Error><Code>AccessDenied<\/Code><Message>Request has expired<\/Message><X-Amz-Expires>\d+<\/X-Amz-Expires><Expires>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/Expires><ServerTime>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/ServerTime>/)
  })

  it('hands out the same URL while it is valid, and a freshly signed one for the same export once it expired', async () => {
    await withOneMinuteUrls(async ({ poll, advance }) => {
      const first = await poll()
      expect(await poll()).toBe(first)
      const bytes = new Uint8Array(await (await fetch(first)).arrayBuffer())
      advance(60_000)
      const fresh = await poll()
      expect(fresh).not.toBe(first)
      const again = await fetch(fresh)
      expect(again.status).toBe(200)
      expect(new Uint8Array(await again.arrayBuffer())).toEqual(bytes)
    })
  })

  it('lets a URL expire after downloadTtlMs', async () => {
    await withOneMinuteUrls(async ({ poll, advance }) => {
      const url = await poll()
      expect((await fetch(url)).status).toBe(200)
      advance(60_000)
      expect((await fetch(url)).status).toBe(403)
    })
  })

  it('answers a tampered signature with 403 SignatureDoesNotMatch', async () => {
    const url = new URL(await exportUrl(1))
    url.searchParams.set('X-Amz-Signature', '0'.repeat(64))
    const response = await fetch(url)
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
  })

  it('answers a URL without a signature with 403 AccessDenied', async () => {
    const url = new URL(await exportUrl(1))
    const response = await fetch(`${url.origin}${url.pathname}`)
    expect(response.status).toBe(403)
  })

  it('drops the connection half way through under truncateDownload', async () => {
    const response = await fetch(await exportUrl(3, { truncateDownload: true }))
    expect(response.status).toBe(200)
    await expect(response.arrayBuffer()).rejects.toThrow()
  })

  it('sends a zip that cannot be opened under malformDownload', async () => {
    const response = await fetch(await exportUrl(3, { malformDownload: true }))
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(bytes.length).toBe(Number(response.headers.get('content-length')))
    expect(() => unzipSync(bytes)).toThrow()
  })

  it('sends a single file that does not decode under malformDownload', async () => {
    const response = await fetch(await exportUrl(1, { malformDownload: true }))
    const text = await response.text()
    expect(() => decodeArchitectFile(text)).toThrow()
  })

  it('logs downloads with listener "download"', async () => {
    await fetch(await exportUrl(1))
    expect(emulator.requests.filter((entry) => entry.listener === 'download').map((entry) => entry.status)).toEqual([200])
  })
})
