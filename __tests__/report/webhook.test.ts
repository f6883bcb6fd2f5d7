import { createHmac } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { deliverWebhook } from '../../src/report/webhook.js'
import { startReceiver, type Receiver } from './receiver.js'

const secret = 'whsec-0123456789abcdef'
const body = JSON.stringify({ event: 'flow_export_completed', audit: { status: 'success' }, note: 'Ünïcødé 📞' })

let receiver: Receiver | undefined
afterEach(async () => {
  await receiver?.close()
  receiver = undefined
})

/** Records the waits asked for instead of waiting, so the test runs at once and shows the backoff plan. */
function recordingSleep() {
  const waits: number[] = []
  return { waits, sleep: async (ms: number) => void waits.push(ms) }
}

describe('deliverWebhook', () => {
  it('retries a 500 and a 429, honours Retry-After, and delivers on the third try with one delivery id', async () => {
    receiver = await startReceiver([{ status: 500 }, { status: 429, headers: { 'Retry-After': '1' } }, { status: 204 }])
    const { waits, sleep } = recordingSleep()
    const result = await deliverWebhook({ url: receiver.url, secret, body }, { sleep, random: () => 0.5 })

    expect(result).toMatchObject({ delivered: true, attempts: 3, status: 204 })
    expect(receiver.received).toHaveLength(3)
    const ids = new Set(receiver.received.map((r) => r.headers['x-flow-snapshot-delivery']))
    expect([...ids]).toEqual([result.deliveryId])
    expect(result.deliveryId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(waits).toEqual([500, 1000]) // backoff up to 1 s with full jitter (×0.5), then the receiver's Retry-After: 1
  })

  it('sends the contract headers and a signature that verifies with the secret over the raw body', async () => {
    receiver = await startReceiver([{ status: 200 }])
    await deliverWebhook({ url: receiver.url, secret, body, deliveryId: 'fixed-id' })
    const [got] = receiver.received
    expect(got!.body).toBe(body)
    expect(got!.headers['content-type']).toBe('application/json')
    expect(got!.headers['x-flow-snapshot-event']).toBe('flow_export_completed')
    expect(got!.headers['x-flow-snapshot-delivery']).toBe('fixed-id')
    const expected = `sha256=${createHmac('sha256', secret).update(Buffer.from(got!.body, 'utf8')).digest('hex')}`
    expect(got!.headers['x-flow-snapshot-signature-256']).toBe(expected)
  })

  it('sends no signature header without a secret', async () => {
    receiver = await startReceiver([{ status: 200 }])
    await deliverWebhook({ url: receiver.url, body })
    expect(receiver.received[0]!.headers).not.toHaveProperty('x-flow-snapshot-signature-256')
  })

  it('gives up after 5 tries against a receiver that never succeeds, says why, and does not throw', async () => {
    receiver = await startReceiver([{ status: 503 }])
    const { waits, sleep } = recordingSleep()
    const result = await deliverWebhook({ url: receiver.url, secret, body }, { sleep, random: () => 0.5 })
    expect(result).toMatchObject({ delivered: false, attempts: 5, status: 503 })
    expect(result.error).toBe('the receiver answered HTTP 503; gave up after 5 tries')
    expect(receiver.received).toHaveLength(5)
    expect(waits).toEqual([500, 1000, 2000, 4000])
  })

  it('does not retry a 4xx other than 429: the receiver refused the request', async () => {
    receiver = await startReceiver([{ status: 401 }])
    const result = await deliverWebhook({ url: receiver.url, secret, body }, recordingSleep())
    expect(result).toMatchObject({ delivered: false, attempts: 1, status: 401 })
    expect(result.error).toContain('not retried')
  })

  it('reports a network error without the URL, its query token or the secret', async () => {
    receiver = await startReceiver([{ status: 200 }])
    const url = receiver.url
    await receiver.close()
    receiver = undefined // nothing listens on that port any more
    const result = await deliverWebhook({ url, secret, body }, recordingSleep())
    expect(result.delivered).toBe(false)
    expect(result.attempts).toBe(5)
    expect(result.error).toMatch(/^network error: .*ECONNREFUSED/)
    for (const leak of [url, 'query-secret-123', '/hooks/genesys', secret]) expect(result.error).not.toContain(leak)
  })
})

