// Errors a person can act on. Messages name the request and the fix; they never carry a token,
// a secret or a signed download URL's query string.
import { parseJsonOrUndefined } from '../text/json.js'

export class GenesysApiError extends Error {
  override readonly name = 'GenesysApiError'
  constructor(
    readonly status: number,
    readonly code: string,
    readonly method: string,
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

/** The parts of the standard Genesys error body (docs/genesys-api.md §7) that we read. */
export interface ErrorBody {
  readonly message?: string
  readonly code?: string
  readonly error?: string
  readonly error_description?: string
}

export function readErrorBody(text: string): ErrorBody {
  const parsed = parseJsonOrUndefined(text)
  return parsed && typeof parsed === 'object' ? (parsed as ErrorBody) : {}
}

/**
 * The permission a 403 body names ("…permissions assigned: [a:b:c]"), else the one the endpoint needs
 * (docs/genesys-api.md §8): a 403 is for the user to fix in Genesys.
 */
export function missingPermission(method: string, path: string, body: ErrorBody): string {
  const named = /\[([^\]]+)\]/.exec(body.message ?? '')
  if (named) return named[1]!
  if (path.startsWith('/api/v2/flows/export/jobs')) {
    return method === 'POST' ? 'architect:jobExport:create' : 'architect:jobExport:view'
  }
  if (path.startsWith('/api/v2/architect/dependencytracking')) return 'architect:dependencyTracking:view'
  return 'architect:flow:view'
}

export function loginError(status: number, body: ErrorBody, loginUrl: string): GenesysApiError {
  const code = body.error ?? body.code ?? `http.${status}`
  const said = body.error_description ?? body.message ?? ''
  const advice =
    code === 'unauthorized_client'
      ? 'Enable the Client Credentials grant on this OAuth client in Genesys Cloud (Admin > OAuth).'
      : status === 400 || status === 401
        ? 'Check client-id and client-secret, and that region (or login-url) is the one the OAuth client belongs to.'
        : status === 429
          ? 'Too many token requests for this client: wait a minute and run again.'
          : 'Genesys Cloud login did not answer normally: try again later, or check login-url.'
  const detail = said ? ` (${code}: ${said})` : ` (${code})`
  const message = `Genesys Cloud login at ${loginUrl} refused the client credentials with HTTP ${status}${detail}. ${advice}`
  return new GenesysApiError(status, code, 'POST', '/oauth/token', message)
}

export function apiError(status: number, method: string, path: string, body: ErrorBody): GenesysApiError {
  const code = body.code ?? `http.${status}`
  const said = body.message ? `: ${body.message}` : ''
  const where = `${method} ${path} answered HTTP ${status} (${code})${said}.`
  const advice =
    status === 401
      ? ' The access token was refused even after a fresh login: check that the OAuth client is active and its region.'
      : status === 403
        ? ` Add the permission ${missingPermission(method, path, body)} to a role of the OAuth client (Admin > OAuth > Roles), and give that role the flows' divisions.`
        : status === 429
          ? ' The org kept throttling this OAuth client: run again later or lower concurrency.'
          : status >= 500
            ? ' Genesys Cloud kept failing after retries: run again later.'
            : ''
  return new GenesysApiError(status, code, method, path, where + advice)
}

/** A download or network failure, named without the signed query string. */
export function describeUrl(url: string): string {
  if (!URL.canParse(url)) return '(an invalid URL)'
  const parsed = new URL(url)
  return `${parsed.origin}${parsed.pathname}`
}
