// What a handler returns, and the standard error body of the Platform API (docs/genesys-api.md §7).

export interface Reply {
  status: number
  headers?: Record<string, string>
  /** A JSON body (serialized by the server) ... */
  json?: unknown
  /** ... or raw bytes with their own Content-Type header. */
  raw?: Uint8Array | string
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, json: body, headers }
}

export interface ErrorBody {
  message: string
  code: string
  status: number
  messageParams?: Record<string, string>
  contextId?: string
  details: unknown[]
  errors: unknown[]
}

/** The server fills `contextId` with the request's correlation id when it sends the reply. */
export function apiError(
  status: number,
  code: string,
  message: string,
  extra: { messageParams?: Record<string, string>; headers?: Record<string, string> } = {},
): Reply {
  const body: ErrorBody = { message, code, status, details: [], errors: [] }
  if (extra.messageParams) body.messageParams = extra.messageParams
  return { status, json: body, headers: extra.headers }
}

export const errors = {
  notFound: (what = 'The requested resource was not found.'): Reply => apiError(404, 'not.found', what),
  badRequest: (message: string): Reply => apiError(400, 'bad.request', message),
  invalidValue: (value: string, field: string, allowed: readonly string[]): Reply =>
    apiError(400, 'invalid.value', `Value [${value}] is not valid for field type [${field}]. Allowable values are: ${allowed.join(', ')}`),
  authenticationRequired: (): Reply =>
    apiError(401, 'authentication.required', 'No authentication bearer token specified in authorization header.'),
  badCredentials: (): Reply => apiError(401, 'bad.credentials', 'Invalid login credentials.'),
  credentialsExpired: (): Reply =>
    apiError(401, 'credentials.expired', 'The supplied credentials are expired and cannot be used.'),
  missingAnyPermissions: (permissions: readonly string[]): Reply =>
    apiError(
      403,
      'missing.any.permissions',
      `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${permissions.join(', ')}]`,
      { messageParams: { permissions: `[${permissions.join(', ')}]` } },
    ),
  missingPermissions: (permissions: readonly string[]): Reply =>
    apiError(
      403,
      'missing.permissions',
      `Unable to perform the requested action. You are missing the following permission(s): [${permissions.join(', ')}]`,
      { messageParams: { permissions: `[${permissions.join(', ')}]` } },
    ),
  tooManyRequests: (retryAfterSeconds: number): Reply =>
    apiError(
      429,
      'too.many.requests.retry.after',
      `Rate limit exceeded the maximum. Retry the request in [${retryAfterSeconds}] seconds`,
      { headers: { 'Retry-After': String(retryAfterSeconds) } },
    ),
  methodNotAllowed: (method: string, path: string): Reply => apiError(405, 'method.not.allowed', `HTTP ${method} is not supported on ${path}.`),
  flowDeleted: (): Reply => apiError(410, 'architect.flow.deleted', 'Flow has been deleted.'),
  flowNotFound: (): Reply => apiError(404, 'architect.flow.not.found', 'Could not find flow with specified ID.'),
  unsupportedMediaType: (contentType: string): Reply =>
    apiError(415, 'unsupported.media.type', `Unsupported Media Type - Unsupported or missing Content-Type header [${contentType}]`),
  serverError: (status: number): Reply => {
    const table: Record<number, [string, string]> = {
      500: ['internal.server.error', 'The server encountered an unexpected condition which prevented it from fulfilling the request.'],
      502: ['bad.gateway', 'The server received an invalid response from an upstream server.'],
      503: ['service.unavailable', 'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).'],
      504: ['request.timeout', 'The request timed out.'],
    }
    const [code, message] = table[status] ?? table[500]!
    return apiError(status, code, message)
  },
}

/** A gateway's HTML error page: what a client gets when something in front of the API fails. */
export function htmlGatewayError(): Reply {
  return {
    status: 502,
    headers: { 'Content-Type': 'text/html' },
    raw: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
  }
}
