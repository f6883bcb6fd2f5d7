// One API request, in the order the real service answers: gateway faults, authentication, the per-client rate
// limit, injected throttling and 5xx, routing, permission, then the handler.

import { randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { authenticate, revokeAllTokens } from './auth.js'
import { errors, htmlGatewayError, type Reply } from './http/reply.js'
import { matchRoute, type CompiledRoute } from './http/router.js'
import type { ObjectStore } from './object-store.js'
import type { RateDecision } from './rate-limit.js'
import type { EmulatorState } from './state.js'

export interface ApiRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface ApiOutcome {
  reply: Reply
  clientId: string
  correlationId: string
  rate: RateDecision
}

const SERVER_ERRORS = [500, 502, 503, 504] as const

export async function handleApiRequest(
  state: EmulatorState,
  routes: readonly CompiledRoute[],
  objectStore: ObjectStore,
  request: ApiRequest,
): Promise<ApiOutcome> {
  const correlationId = randomUUID()
  const now = state.now()
  state.apiRequestCount++
  const number = state.apiRequestCount
  // Always two draws, so turning one fault on never changes which requests another fault hits.
  const htmlDraw = state.faultRandom.next()
  const errorDraw = state.faultRandom.next()
  const { faults } = state
  const finish = (reply: Reply, clientId: string, rate: RateDecision): ApiOutcome => ({ reply, clientId, correlationId, rate })
  const anonymous = (): RateDecision => state.apiLimiter.peek('', now)

  if (faults.htmlInsteadOfJson && htmlDraw < faults.htmlInsteadOfJson) return finish(htmlGatewayError(), '', anonymous())

  const auth = authenticate(state, request.headers.authorization)
  if ('reply' in auth) return finish(auth.reply, '', anonymous())
  const client = auth.client
  state.authenticatedRequestCount++
  if (faults.revokeTokenAfterRequests !== undefined && state.authenticatedRequestCount === faults.revokeTokenAfterRequests + 1) {
    revokeAllTokens(state)
    return finish(errors.badCredentials(), client.clientId, state.apiLimiter.peek(client.clientId, now))
  }

  const rate = state.apiLimiter.take(client.clientId, now)
  if (!rate.allowed) return finish(errors.tooManyRequests(rate.resetSeconds), client.clientId, rate)
  const burst = faults.throttleBurst
  if (burst && number >= burst.from && number < burst.from + burst.count) {
    return finish(errors.tooManyRequests(1), client.clientId, rate)
  }
  if (faults.serverErrorRate && errorDraw < faults.serverErrorRate) {
    const status = SERVER_ERRORS[Math.floor((errorDraw / faults.serverErrorRate) * SERVER_ERRORS.length)] ?? 503
    return finish(errors.serverError(status), client.clientId, rate)
  }

  const refusal = faults.refuseListings?.find((rule) => request.path.endsWith(rule.pathEndsWith) && Number(request.query.get('pageSize') ?? 0) > (rule.whenPageSizeAbove ?? -1))
  if (refusal) {
    const reply = refusal.status === 400 ? errors.badRequest(`pageSize [${request.query.get('pageSize')}] is larger than this listing allows.`) : errors.notFound(`No resource at ${request.method} ${request.path}.`)
    return finish(reply, client.clientId, rate)
  }

  const match = matchRoute(routes, request.method, request.path)
  if (!match) return finish(errors.notFound(`No resource at ${request.method} ${request.path} in this emulator.`), client.clientId, rate)
  if ('methodNotAllowed' in match) return finish(errors.methodNotAllowed(request.method, request.path), client.clientId, rate)
  const { route, params } = match
  const granted = route.permission.permissions.filter((p) => client.permissions.has(p))
  const permitted = route.permission.mode === 'any' ? granted.length > 0 : granted.length === route.permission.permissions.length
  if (!permitted) {
    const reply =
      route.permission.mode === 'any'
        ? errors.missingAnyPermissions(route.permission.permissions)
        : errors.missingPermissions(route.permission.permissions.filter((p) => !client.permissions.has(p)))
    return finish(reply, client.clientId, rate)
  }
  const reply = await route.handle({ ...request, params, client, state, objectStore })
  return finish(reply, client.clientId, rate)
}
