// The main listener: login (`/oauth/token`) and the API (`/api/v2/...`) on one port, as the contract asks and
// as the official SDK reaches them through `setGateway`.

import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { handleApiRequest } from './api-pipeline.js'
import { login } from './auth.js'
import { apiError, type Reply } from './http/reply.js'
import type { CompiledRoute } from './http/router.js'
import type { ObjectStore } from './object-store.js'
import type { EmulatorState } from './state.js'

/** `request.bytes.max` of the Genesys limits table (docs/genesys-api.md §6). */
const MAX_BODY_BYTES = 512_000

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

function write(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
  const all: Record<string, string> = { ...headers, ...reply.headers }
  let body: string | Uint8Array = ''
  if (reply.json !== undefined) {
    const value = reply.json as Record<string, unknown>
    // The standard error body carries the correlation id as contextId.
    if (value && typeof value === 'object' && 'code' in value && 'status' in value && 'message' in value) {
      value.contextId = headers['inin-correlation-id']
    }
    body = JSON.stringify(value)
    all['Content-Type'] = 'application/json'
  } else if (reply.raw !== undefined) {
    body = reply.raw
  }
  all['Content-Length'] = String(Buffer.byteLength(body))
  res.writeHead(reply.status, all)
  res.end(body)
}

export function createMainServer(state: EmulatorState, routes: readonly CompiledRoute[], objectStore: ObjectStore): Server {
  return createServer((req, res) => {
    void serve(state, routes, objectStore, req, res).catch((error: unknown) => {
      // A bug in the emulator must show up as a 500 with a reason, never as a hung request.
      if (!res.headersSent) {
        write(res, apiError(500, 'internal.server.error', `Emulator failure: ${error instanceof Error ? error.message : String(error)}`), {})
      } else res.destroy()
    })
  })
}

async function serve(
  state: EmulatorState,
  routes: readonly CompiledRoute[],
  objectStore: ObjectStore,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const at = state.now()
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const method = req.method ?? 'GET'
  const path = url.pathname
  const body = await readBody(req)
  const log = (status: number, clientId: string, listener: 'api' | 'login'): void => {
    const query: Record<string, string | string[]> = {}
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key)
      query[key] = values.length === 1 ? values[0]! : values
    }
    state.requests.push({ method, path, query, status, clientId, listener, at })
  }
  const delay = state.faults.slowMs ?? 0
  const send = async (reply: Reply, headers: Record<string, string>, clientId: string, listener: 'api' | 'login'): Promise<void> => {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
    log(reply.status, clientId, listener)
    // The client may have given up while the answer was held back.
    if (!res.destroyed) write(res, reply, headers)
  }

  if (path === '/oauth/token') {
    const headers = { 'inin-correlation-id': randomUUID() }
    if (method !== 'POST') {
      await send({ status: 405, json: { error: 'invalid_request', description: 'use POST', error_description: 'use POST' } }, headers, '', 'login')
      return
    }
    const outcome = login(state, req.headers, (body ?? Buffer.alloc(0)).toString('utf8'))
    await send(outcome.reply, headers, outcome.clientId, 'login')
    return
  }

  if (path.startsWith('/api/')) {
    if (!body) {
      await send(apiError(413, 'request.entity.too.large', `The request is over the size limit. Maximum bytes: ${MAX_BODY_BYTES}`), {}, '', 'api')
      return
    }
    const outcome = await handleApiRequest(state, routes, objectStore, { method, path, query: url.searchParams, headers: req.headers, body })
    await send(
      outcome.reply,
      {
        'inin-correlation-id': outcome.correlationId,
        'inin-ratelimit-allowed': String(outcome.rate.limit),
        'inin-ratelimit-count': String(outcome.rate.count),
        'inin-ratelimit-reset': String(outcome.rate.resetSeconds),
      },
      outcome.clientId,
      'api',
    )
    return
  }

  await send(apiError(404, 'not.found', `No resource at ${method} ${path} in this emulator: the API lives under /api/v2 and login at /oauth/token.`), {}, '', 'api')
}
