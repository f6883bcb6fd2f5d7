// The second listener: a stand-in for the pre-signed object-store URL an export job hands out. It behaves like
// S3 where clients can tell: a signed, expiring query string; XML error bodies; a request that carries its own
// Authorization header is refused, because S3 allows only one authentication mechanism per request.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FaultOptions, RequestLogEntry } from './types.js'

export interface PublishRequest {
  /** Object key, e.g. `exports/<jobId>/<file>`; each segment is URL-encoded in the URL. */
  key: string
  bytes: Uint8Array
  contentType: string
  ttlMs: number
}

export interface ObjectStore {
  baseUrl: string
  publish(request: PublishRequest): string
  clear(): void
  close(): Promise<void>
}

interface StoredObject {
  bytes: Uint8Array
  contentType: string
  issuedAt: number
  expiresAt: number
  signature: string
}

export interface ObjectStoreHooks {
  faults: () => FaultOptions
  /** Whether a counted download fault strikes this download (and counts it). */
  strikes: (fault: 'truncateDownload' | 'malformDownload' | 'throttleDownloads') => boolean
  log: (entry: RequestLogEntry) => void
  now: () => number
}

const BUCKET = 'emulated-architect-exports'

function s3Error(code: string, message: string, extra: Record<string, string> = {}): string {
  const fields = Object.entries(extra)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('')
  const requestId = randomBytes(8).toString('hex').toUpperCase()
  const hostId = randomBytes(32).toString('base64')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message>${fields}<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** S3 writes times in these bodies to the second: `2018-03-29T11:17:34Z`. */
function s3Time(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function amzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

export async function startObjectStore(hooks: ObjectStoreHooks): Promise<ObjectStore> {
  const secret = randomBytes(32)
  const objects = new Map<string, StoredObject>()

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const send: Send = (status, body, headers, truncate = false) => {
      hooks.log({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status,
        clientId: '',
        listener: 'download',
        at: hooks.now(),
      })
      if (res.destroyed) return
      res.writeHead(status, { 'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(), ...headers })
      if (!truncate) {
        res.end(body)
        return
      }
      // Announce every byte, send half, then drop the connection: what a client sees when a transfer dies.
      res.write(body, () => setImmediate(() => res.socket?.destroy()))
    }
    const xml = { 'Content-Type': 'application/xml' }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, s3Error('MethodNotAllowed', 'The specified method is not allowed against this resource.', { Method: req.method ?? '', ResourceType: 'OBJECT' }), xml)
      return
    }
    if (req.headers.authorization) {
      // S3 echoes the header back; the value is a credential here, so only its scheme is echoed.
      const scheme = req.headers.authorization.split(/\s+/)[0] ?? ''
      send(400, s3Error('InvalidArgument', 'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified', { ArgumentName: 'Authorization', ArgumentValue: `${scheme} ***` }), xml)
      return
    }
    const key = decodeURIComponent(url.pathname.replace(`/${BUCKET}/`, ''))
    const stored = objects.get(key)
    const signature = url.searchParams.get('X-Amz-Signature') ?? ''
    if (!url.searchParams.get('X-Amz-Algorithm') || !signature) {
      send(403, s3Error('AccessDenied', 'Access Denied'), xml)
      return
    }
    if (!stored) {
      send(404, s3Error('NoSuchKey', 'The specified key does not exist.', { Key: key }), xml)
      return
    }
    if (!sameText(signature, stored.signature)) {
      send(403, s3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'), xml)
      return
    }
    const now = hooks.now()
    if (now >= stored.expiresAt) {
      send(403, s3Error('AccessDenied', 'Request has expired', {
        'X-Amz-Expires': url.searchParams.get('X-Amz-Expires') ?? '',
        Expires: s3Time(stored.expiresAt),
        ServerTime: s3Time(now),
      }), xml)
      return
    }
    const throttle = hooks.faults().throttleDownloads
    if (throttle && hooks.strikes('throttleDownloads')) {
      send(429, s3Error('SlowDown', 'Please reduce your request rate.'), { ...xml, 'Retry-After': String(throttle.retryAfterSeconds) })
      return
    }
    const faults = { truncate: hooks.strikes('truncateDownload'), malform: hooks.strikes('malformDownload') }
    const slowMs = hooks.faults().slowMs
    if (slowMs) setTimeout(() => serveObject(stored, faults, send), slowMs)
    else serveObject(stored, faults, send)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const baseUrl = `http://127.0.0.1:${port}`

  return {
    baseUrl,
    publish({ key, bytes, contentType, ttlMs }) {
      const issuedAt = hooks.now()
      const expiresSeconds = Math.max(1, Math.ceil(ttlMs / 1000))
      const date = amzDate(issuedAt)
      const signature = createHmac('sha256', secret).update(`${key}\n${date}\n${expiresSeconds}`).digest('hex')
      objects.set(key, { bytes, contentType, issuedAt, expiresAt: issuedAt + ttlMs, signature })
      const params = new URLSearchParams({
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': `ASIAEMULATOREXAMPLE/${date.slice(0, 8)}/us-east-1/s3/aws4_request`,
        'X-Amz-Date': date,
        'X-Amz-Expires': String(expiresSeconds),
        'X-Amz-SignedHeaders': 'host',
        'X-Amz-Signature': signature,
      })
      const path = key.split('/').map(encodeURIComponent).join('/')
      return `${baseUrl}/${BUCKET}/${path}?${params.toString()}`
    },
    clear() {
      objects.clear()
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
    },
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

type Send = (status: number, body: string | Uint8Array, headers: Record<string, string>, truncate?: boolean) => void

function serveObject(stored: StoredObject, faults: { truncate: boolean; malform: boolean }, send: Send): void {
  let bytes = stored.bytes
  if (faults.malform) bytes = malform(bytes, stored.contentType)
  const headers = {
    'Content-Type': stored.contentType,
    'Content-Length': String(bytes.length),
    ETag: `"${createHmac('md5', 'etag').update(bytes).digest('hex')}"`,
  }
  if (faults.truncate) send(200, bytes.subarray(0, Math.floor(bytes.length / 2)), headers, true)
  else send(200, bytes, headers)
}

/** Same length, unusable content: a zip loses its end-of-central-directory record, a text file its opening. */
function malform(bytes: Uint8Array, contentType: string): Uint8Array {
  const copy = Uint8Array.from(bytes)
  if (contentType === 'application/zip') {
    copy.fill(0, Math.max(0, copy.length - 22))
  } else {
    // Lenient base64 decoders skip the '#'s, so the damage must hit the JSON's opening brace to be seen.
    copy.fill(0x23, 0, Math.min(copy.length, 64))
  }
  return copy
}
