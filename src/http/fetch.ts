// The one module that sends HTTP. node-fetch 3 reads no proxy variables, so the proxy is chosen here
// the way the Actions toolkit chooses it (https_proxy / no_proxy, loopback always direct).
import fetch, { type Response } from 'node-fetch'
import { HttpsProxyAgent } from 'https-proxy-agent'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import type { RequestStats } from '../model.js'
import type { Clock } from './retry.js'

export interface HttpInit {
  readonly method?: string
  readonly headers?: Record<string, string>
  readonly body?: string
  /** Abort the request (connect, headers and body) after this many milliseconds. */
  readonly timeoutMs?: number
  /** Refuse a response body larger than this many bytes (node-fetch `size`); 0 = no limit. */
  readonly maxBytes?: number
  /** Follow redirects (downloads, which carry no credentials); API calls never do. */
  readonly followRedirects?: boolean
}

export type HttpFetch = (url: string, init?: HttpInit) => Promise<Response>

/** What the senders of one client share: the fetch, their retries' clock and jitter, and the request counters. */
export interface Sender {
  readonly fetch: HttpFetch
  readonly clock: Clock
  readonly random: () => number
  readonly stats: RequestStats
}

const DEFAULT_TIMEOUT_MS = 30_000

// One agent per proxy URL, created on first use (never at import: no side effects on load).
const proxyAgents = new Map<string, HttpsProxyAgent<string>>()

function agentFor(url: URL): HttpsProxyAgent<string> | undefined {
  const proxy = getProxyUrl(url)
  if (!proxy) return undefined
  if (!proxyAgents.has(proxy.href)) proxyAgents.set(proxy.href, new HttpsProxyAgent(proxy.href))
  return proxyAgents.get(proxy.href)
}

export const httpFetch: HttpFetch = (url, init = {}) =>
  fetch(url, {
    method: init.method ?? 'GET',
    headers: init.headers,
    body: init.body,
    agent: agentFor,
    signal: AbortSignal.timeout(init.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    size: init.maxBytes ?? 0,
    // A redirect could carry the bearer token to another host: API calls never follow one.
    redirect: init.followRedirects ? 'follow' : 'manual',
  })
