// The access token of the client credentials grant (docs/genesys-api.md §1): fetched once, shared by every
// request, renewed shortly before it expires or when the API refuses it.
import type { GenesysSettings } from '../settings/types.js'
import { GenesysApiError, loginError, readErrorBody, describeUrl } from './errors.js'
import { errorMessage } from '../errors.js'
import type { Sender } from '../http/fetch.js'
import { withRetries, type Attempt } from '../http/retry.js'
import { parseJsonOrUndefined } from '../text/json.js'

const LOGIN_TIMEOUT_MS = 30_000
const LOGIN_ATTEMPTS = 4

type Token = ReturnType<typeof readToken>

export function createTokenSource(settings: GenesysSettings, sender: Sender, onToken: (token: string) => void = () => {}) {
  const { fetch, clock, random, stats } = sender
  let current: Token | undefined
  let pending: Promise<Token> | undefined
  const basic = Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64')
  const tokenUrl = `${settings.loginUrl}/oauth/token`

  async function attempt(): Promise<Attempt<Token>> {
    let answer: { status: number; retryAfter: string | null; text: string }
    try {
      stats.requests++
      const response = await fetch(tokenUrl, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
        timeoutMs: LOGIN_TIMEOUT_MS,
      })
      answer = { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() }
      stats.bytes += Buffer.byteLength(answer.text)
    } catch (error) {
      const message = `Could not reach Genesys Cloud login at ${describeUrl(tokenUrl)}: ${errorMessage(error)}.`
      const advice = ` Check region or login-url, and the runner's network or proxy.`
      return { retry: new GenesysApiError(0, 'network', 'POST', '/oauth/token', message + advice) }
    }
    const { status, retryAfter, text } = answer
    if (status === 200) {
      const token = readToken(text, clock.now())
      // Before any request carries it: masked in the log and cut from every file the run writes.
      onToken(token.value)
      return { value: token }
    }
    const refused = loginError(status, readErrorBody(text), settings.loginUrl)
    if (status !== 429 && status < 500) throw refused
    if (status === 429) stats.throttled++
    return { retry: refused, retryAfter }
  }

  return {
    async get(): Promise<string> {
      if (current && clock.now() < current.renewAt) return current.value
      const policy = { retries: LOGIN_ATTEMPTS - 1, clock, random, onRetry: () => stats.retries++ }
      // One login for every request that finds the token missing at the same moment.
      pending ??= withRetries(attempt, policy).finally(() => {
        pending = undefined
      })
      current = await pending
      return current.value
    },
    /** Forget `token` (the API refused it), so the next get() logs in again. */
    invalidate(token: string): void {
      if (current?.value === token) current = undefined
    },
  }
}

function readToken(text: string, now: number) {
  const body = (parseJsonOrUndefined(text) ?? {}) as { access_token?: unknown; expires_in?: unknown }
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    throw new GenesysApiError(200, 'invalid.token.response', 'POST', '/oauth/token',
      'Genesys Cloud login answered without an access token: check that login-url points at the login host of your region.')
  }
  const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600
  // Renew a tenth of the lifetime early (at most 5 minutes), so no request carries a token that expires on the way.
  const marginMs = Math.min(300_000, seconds * 100)
  return { value: body.access_token, renewAt: now + seconds * 1000 - marginMs }
}
