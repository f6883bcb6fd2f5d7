// OAuth client credentials at POST /oauth/token (docs/genesys-api.md §1) and bearer checks for the API (§7, §8).

import type { IncomingHttpHeaders } from 'node:http'
import { errors, json, type Reply } from './http/reply.js'
import type { ClientRecord, EmulatorState } from './state.js'

/** The login service answers OAuth-style bodies, with both `description` and `error_description` (§1). */
function oauthError(status: number, error: string, description: string, headers?: Record<string, string>): Reply {
  return json(status, { error, description, error_description: description }, headers)
}

function readBasic(header: string | undefined): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) }
}

export interface LoginOutcome {
  reply: Reply
  /** The client the request named, when it named one; for the request log and the login rate limit. */
  clientId: string
}

/**
 * Issues a token. Order of checks: the grant must be sent as a form (the official SDK sends
 * `application/x-www-form-urlencoded`; a JSON body is refused, and a body without that Content-Type is not read
 * as a form, so its grant_type is missing), the grant type must be client_credentials, the client must
 * authenticate with Basic, and it must have the grant enabled.
 */
export function login(state: EmulatorState, headers: IncomingHttpHeaders, body: string): LoginOutcome {
  const credentials = readBasic(headers.authorization)
  const clientId = credentials?.clientId ?? ''
  const contentType = (headers['content-type'] ?? '').toLowerCase()
  const isForm = contentType.startsWith('application/x-www-form-urlencoded')
  if (contentType !== '' && !isForm) {
    return {
      clientId,
      reply: oauthError(400, 'invalid_request', `unsupported content type [${contentType}]; send the grant as application/x-www-form-urlencoded`),
    }
  }
  const grantType = isForm ? new URLSearchParams(body).get('grant_type') : null
  if (!grantType) return { clientId, reply: oauthError(400, 'invalid_request', 'grant_type is required') }
  if (grantType !== 'client_credentials') {
    return { clientId, reply: oauthError(400, 'unsupported_grant_type', `grant type [${grantType}] is not supported`) }
  }
  if (clientId !== '') {
    const rate = state.loginLimiter.take(clientId, state.now())
    if (!rate.allowed) return { clientId, reply: errors.tooManyRequests(rate.resetSeconds) }
  }
  const client = credentials ? state.clients.get(credentials.clientId) : undefined
  if (!credentials || !client || client.clientSecret !== credentials.clientSecret) {
    return { clientId, reply: oauthError(400, 'invalid_client', 'authentication failed') }
  }
  if (!client.clientCredentialsGrant) {
    return {
      clientId,
      reply: oauthError(400, 'unauthorized_client', 'client is not authorized to use the client_credential grant type'),
    }
  }
  const token = issueToken(state, client)
  return {
    clientId,
    reply: json(200, { access_token: token, token_type: 'bearer', expires_in: state.settings.tokenTtlSeconds }),
  }
}

function issueToken(state: EmulatorState, client: ClientRecord): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let token = ''
  for (let i = 0; i < 86; i++) token += alphabet[Math.floor(state.random.next() * alphabet.length)]
  state.tokens.set(token, {
    clientId: client.clientId,
    expiresAt: state.now() + state.settings.tokenTtlSeconds * 1000,
    revoked: false,
  })
  return token
}

export type BearerOutcome = { client: ClientRecord } | { reply: Reply }

/** Resolves the bearer token of an API request to its client, or the 401 the real API would answer. */
export function authenticate(state: EmulatorState, authorization: string | undefined): BearerOutcome {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  if (!match) return { reply: errors.authenticationRequired() }
  const record = state.tokens.get(match[1]!)
  if (!record || record.revoked) return { reply: errors.badCredentials() }
  if (record.expiresAt <= state.now()) return { reply: errors.credentialsExpired() }
  const client = state.clients.get(record.clientId)
  if (!client) return { reply: errors.badCredentials() }
  return { client }
}

export function revokeAllTokens(state: EmulatorState): void {
  for (const record of state.tokens.values()) record.revoked = true
}
