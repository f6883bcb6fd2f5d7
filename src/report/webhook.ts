// Delivers the run's audit record to the user's webhook. A failed delivery is reported, never thrown:
// it must not fail a snapshot or lose a commit. Neither the secret nor the URL (whose query may hold a
// token) ever appears in the returned error.
import { createHmac, randomUUID } from 'node:crypto'
import { httpFetch } from '../http/fetch.js'
import { REAL_CLOCK, withRetries } from '../http/retry.js'
import { WEBHOOK_EVENT } from './audit.js'
import { redact } from '../text/redact.js'

export interface WebhookRequest {
  readonly url: string
  /** HMAC-SHA256 key; empty or absent: no signature header. */
  readonly secret?: string
  /** The raw JSON body, sent and signed byte for byte. */
  readonly body: string
  /** Same id on every try, so the receiver can drop duplicates. */
  readonly deliveryId?: string
}

export interface WebhookResult {
  readonly delivered: boolean
  readonly attempts: number
  readonly deliveryId: string
  readonly status?: number
  /** Why it was not delivered, safe to log. */
  readonly error?: string
}

export const WEBHOOK_MAX_TRIES = 5
const BASE_DELAY_MS = 1000
const MAX_DELAY_MS = 30_000
const REQUEST_TIMEOUT_MS = 15_000

/** `deps.random`: 0 ≤ x < 1, for backoff jitter. */
export async function deliverWebhook(
  request: WebhookRequest,
  deps: { sleep?: (ms: number) => Promise<void>; random?: () => number } = {},
): Promise<WebhookResult> {
  const clock = { now: Date.now, sleep: deps.sleep ?? REAL_CLOCK.sleep }
  const random = deps.random ?? Math.random
  const deliveryId = request.deliveryId ?? randomUUID()
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': 'genesys-flow-snapshot',
    'X-Flow-Snapshot-Event': WEBHOOK_EVENT,
    'X-Flow-Snapshot-Delivery': deliveryId,
  }
  // `sha256=<hex HMAC-SHA256 of the raw body>`, the GitHub-webhook convention receivers already verify.
  if (request.secret) {
    const hmac = createHmac('sha256', request.secret).update(request.body, 'utf8').digest('hex')
    headers['X-Flow-Snapshot-Signature-256'] = `sha256=${hmac}`
  }
  return withRetries<WebhookResult, WebhookResult>(
    async (index) => {
      const attempts = index + 1
      try {
        // The project's one HTTP module: the proxy chosen like the Actions toolkit's, redirects not followed so
        // the signed body never goes elsewhere.
        const init = { method: 'POST', headers, body: request.body, timeoutMs: REQUEST_TIMEOUT_MS }
        const response = await httpFetch(request.url, init)
        await response.text().catch(() => '') // drain, so the connection is released
        if (response.status >= 200 && response.status < 300) return { value: { delivered: true, attempts, deliveryId, status: response.status } }
        const retryable = response.status === 429 || response.status >= 500
        const error = `the receiver answered HTTP ${response.status}`
        const failed = { delivered: false, attempts, deliveryId, status: response.status, error }
        if (!retryable) return { value: { ...failed, error: `${error} (not retried: fix the receiver or the webhook-url)` } }
        return { retry: failed, retryAfter: response.headers.get('retry-after') }
      } catch (error) {
        const reason = `network error: ${describeNetworkError(error, request)}`
        return { retry: { delivered: false, attempts, deliveryId, error: reason } }
      }
    },
    // A receiver's Retry-After is honoured up to MAX_DELAY_MS: a webhook must not hold the run for long.
    { retries: WEBHOOK_MAX_TRIES - 1, clock, random, baseMs: BASE_DELAY_MS, capMs: MAX_DELAY_MS, maxRetryAfterMs: MAX_DELAY_MS },
    (last) => ({ ...last, error: `${last.error}; gave up after ${WEBHOOK_MAX_TRIES} tries` }),
  )
}

/** The cause of a failed request without the URL or the secret (node-fetch puts the URL in its messages). */
function describeNetworkError(error: unknown, request: WebhookRequest): string {
  const err = error as { name?: string; code?: string; message?: string }
  if (err?.name === 'AbortError' || err?.name === 'TimeoutError') return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`
  const reason = String(err?.message ?? error).replace(/^request to .* failed, reason: /s, '')
  const text = err?.code && !reason.includes(err.code) ? `${err.code} ${reason}` : reason
  // The webhook's address is a credential too (many receivers put their token in the path): no URL is kept.
  const href = URL.canParse(request.url) ? new URL(request.url).href : undefined
  return redact(text, [request.url, href, request.secret]).replace(/https?:\/\/\S+/g, '<url>')
}
