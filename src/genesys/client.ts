// The Genesys Cloud client: one request() that owns the token, pacing, retries and the counters.
// Everything else in src/genesys/ speaks to Genesys through it.
import type { RequestStats } from '../model.js'
import type { GenesysSettings } from '../settings/types.js'
import { apiError, GenesysApiError, readErrorBody } from './errors.js'
import { errorMessage } from '../errors.js'
import { httpFetch, type HttpFetch, type Sender } from '../http/fetch.js'
import { backoffMs, REAL_CLOCK, retryAfterMs, type Clock } from '../http/retry.js'
import { readRateHeaders, RequestPacer } from './pacing.js'
import { createTokenSource } from './token.js'
import { downloadWith } from './download.js'
import { parseJsonOrUndefined } from '../text/json.js'

type QueryValue = string | number | boolean | readonly string[] | undefined

export interface ApiRequest {
  readonly method: 'GET' | 'POST'
  readonly path: string
  readonly query?: Readonly<Record<string, QueryValue>>
  readonly body?: unknown
  /** Told the status of the answer that is returned (a 206 Partial Content reads like a 200 otherwise). */
  readonly onStatus?: (status: number) => void
  /** Told of each attempt sent, retries included: for a part of the run that counts its own requests. */
  readonly onSent?: () => void
}

export type GenesysClient = ReturnType<typeof createGenesysClient>

/** Requests in flight when `concurrency` is adaptive: the most a number may pin. */
export const MAX_CONCURRENCY = 16

export interface ClientDeps {
  readonly fetch?: HttpFetch
  readonly sleep?: (ms: number) => Promise<void>
  readonly random?: () => number
  readonly log?: (line: string) => void
  /** One line a request (method, path, status, time) for debug logs; never a header, token or body. */
  readonly debug?: (line: string) => void
  /** Told every new access token, so the caller can mask it; the client never prints one. */
  readonly onToken?: (token: string) => void
  /** Length of the rate window; 60 s in Genesys Cloud. Benchmarks scale it together with the emulator. */
  readonly rateWindowMs?: number
}

/** Retries of one request after 5xx, network errors or unreadable answers. */
const MAX_SERVER_RETRIES = 5
/** Retries of one request after 429: each waits the full Retry-After, so a few are plenty. */
const MAX_THROTTLE_RETRIES = 8
const API_TIMEOUT_MS = 60_000
const DEFAULT_THROTTLE_WAIT_MS = 5_000

export function createGenesysClient(settings: GenesysSettings, deps: ClientDeps = {}) {
  const clock: Clock = { now: REAL_CLOCK.now, sleep: deps.sleep ?? REAL_CLOCK.sleep }
  const stats: RequestStats = { requests: 0, retries: 0, throttled: 0, bytes: 0 }
  const sender: Sender = { fetch: deps.fetch ?? httpFetch, clock, random: deps.random ?? Math.random, stats }
  const tokens = createTokenSource(settings, sender, deps.onToken)
  const concurrency = settings.concurrency === 'adaptive' ? MAX_CONCURRENCY : settings.concurrency
  const pacer = new RequestPacer({ windowMs: deps.rateWindowMs, concurrency, clock })
  let headroom = 1
  let lastThrottleLog = -Infinity

  /** The parsed JSON body of the answer; throws GenesysApiError when there is none to be had. */
  async function request<T>(req: ApiRequest): Promise<T> {
    const url = settings.apiUrl + req.path + queryString(req.query)
    const where = `${req.method} ${req.path}`
    let serverRetries = 0
    let throttles = 0
    let renewedToken = false
    // After a 5xx, no answer or an unusable one: waits and says true, or says false once the retries are spent.
    const backOff = async (): Promise<boolean> => {
      if (serverRetries >= MAX_SERVER_RETRIES) return false
      stats.retries++
      await clock.sleep(backoffMs(serverRetries++, sender.random))
      return true
    }
    for (;;) {
      const token = await tokens.get()
      const release = await pacer.acquire()
      let answer: { status: number; retryAfter: string | null; text: string }
      const sentAt = clock.now()
      try {
        stats.requests++
        req.onSent?.()
        const response = await sender.fetch(url, {
          method: req.method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          timeoutMs: API_TIMEOUT_MS,
        })
        const rate = readRateHeaders((name) => response.headers.get(name))
        pacer.observe(rate)
        if (rate.allowed !== undefined && rate.allowed > 0 && rate.count !== undefined) headroom = Math.max(0, 1 - rate.count / rate.allowed)
        answer = { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() }
        stats.bytes += Buffer.byteLength(answer.text)
        deps.debug?.(`${where} → ${answer.status} in ${clock.now() - sentAt} ms`)
      } catch (error) {
        release()
        deps.debug?.(`${where} → no answer after ${clock.now() - sentAt} ms: ${errorMessage(error)}`)
        if (await backOff()) continue
        const failed = `${where} failed ${serverRetries + 1} times without an answer (${errorMessage(error)})`
        const message = `${failed}. Check api-url and the runner's network or proxy.`
        throw new GenesysApiError(0, 'network', req.method, req.path, message)
      }
      release()
      const { status, retryAfter, text } = answer

      if (status >= 200 && status < 300) {
        const empty = text.trim() === ''
        const value = empty ? undefined : parseJsonOrUndefined(text)
        if (empty || value !== undefined) {
          req.onStatus?.(status)
          return value as T
        }
        // A gateway's HTML page with a 200: the answer is unusable, and usually transient.
        if (await backOff()) continue
        const advice = 'Check that api-url is the Genesys Cloud API host.'
        throw new GenesysApiError(status, 'invalid.json', req.method, req.path, `${where} kept answering something that is not JSON. ${advice}`)
      }
      if (status === 401 && !renewedToken) {
        // The token expired or was revoked mid-run: one fresh token, one more try.
        renewedToken = true
        tokens.invalidate(token)
        stats.retries++
        continue
      }
      if (status === 429) {
        stats.throttled++
        const waitMs = retryAfterMs(retryAfter, clock.now()) ?? DEFAULT_THROTTLE_WAIT_MS
        pacer.pause(waitMs)
        if (clock.now() - lastThrottleLog > 10_000) {
          lastThrottleLog = clock.now()
          deps.log?.(`Genesys Cloud throttled this OAuth client (HTTP 429): waiting ${Math.ceil(waitMs / 1000)} s as Retry-After asks.`)
        }
        if (throttles++ < MAX_THROTTLE_RETRIES) {
          stats.retries++
          continue
        }
      } else if (status >= 500 && (await backOff())) {
        continue
      }
      throw apiError(status, req.method, req.path, readErrorBody(text))
    }
  }

  return {
    request,
    /** Gets an access token now (requests do so on their own); throws GenesysApiError when login refuses. */
    signIn: (): Promise<void> => tokens.get().then(() => undefined),
    /** Fetches a pre-signed download URL without credentials; throws DownloadError when it cannot. */
    download: (url: string, options: { readonly maxBytes: number }) => downloadWith(sender, url, options),
    stats,
    /** Share of the org's rate window still free after the latest answer (1 before any answer said). */
    rateHeadroom: () => headroom,
  }
}

function queryString(query: ApiRequest['query']): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of [value].flat()) if (item !== undefined) params.append(key, String(item))
  }
  return params.size > 0 ? `?${params}` : ''
}
