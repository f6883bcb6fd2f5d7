// A flat route table (msw style): method, path template, the permission the real API asks, and a handler.

import type { IncomingHttpHeaders } from 'node:http'
import type { ClientRecord, EmulatorState } from '../state.js'
import type { ObjectStore } from '../object-store.js'
import type { Reply } from './reply.js'

export interface RequestContext {
  method: string
  path: string
  query: URLSearchParams
  params: Record<string, string>
  headers: IncomingHttpHeaders
  body: Buffer
  client: ClientRecord
  state: EmulatorState
  objectStore: ObjectStore
}

export interface Permission {
  /** `any`: one of them is enough (answers missing.any.permissions); `all`: every one is needed (missing.permissions). */
  mode: 'any' | 'all'
  permissions: readonly string[]
}

export interface Route {
  method: 'GET' | 'POST'
  /** e.g. `/api/v2/flows/{flowId}/versions/{versionId}`. */
  path: string
  permission: Permission
  /** A handler may answer later (a job whose export is still being written). */
  handle(ctx: RequestContext): Reply | Promise<Reply>
}

export interface CompiledRoute extends Route {
  regex: RegExp
  names: string[]
}

export function compileRoutes(routes: readonly Route[]): CompiledRoute[] {
  return routes.map((route) => {
    const names: string[] = []
    const source = route.path
      .split('/')
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment)
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(param[1]!)
        return '([^/]+)'
      })
      .join('/')
    return { ...route, regex: new RegExp(`^${source}/?$`), names }
  })
}

export type Match = { route: CompiledRoute; params: Record<string, string> } | { methodNotAllowed: true } | undefined

/** Routes are tried in order, so literal paths (`/flows/lookup`) must come before templates (`/flows/{flowId}`). */
export function matchRoute(routes: readonly CompiledRoute[], method: string, path: string): Match {
  let pathMatched = false
  for (const route of routes) {
    const found = route.regex.exec(path)
    if (!found) continue
    pathMatched = true
    if (route.method !== method) continue
    const params: Record<string, string> = {}
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1]!)))
    return { route, params }
  }
  return pathMatched ? { methodNotAllowed: true } : undefined
}
