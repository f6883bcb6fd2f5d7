// Downloads from the pre-signed URL an export job hands out. That URL lives on an object store, not on
// the API host: it gets no Authorization header (a store refuses a second credential, and the token
// must never leave the API host) and does not count against the API rate limit.
import { describeUrl } from './errors.js'
import { errorMessage } from '../errors.js'
import type { Sender } from '../http/fetch.js'
import { withRetries, type Attempt } from '../http/retry.js'

export class DownloadError extends Error {
  override readonly name = 'DownloadError'
  constructor(
    readonly kind: 'expired' | 'too-large' | 'failed',
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const DOWNLOAD_TIMEOUT_MS = 300_000
const DOWNLOAD_RETRIES = 3
/** The longest a store's Retry-After is waited: beyond it the pre-signed URL may well have expired anyway. */
const MAX_RETRY_AFTER_MS = 120_000

export async function downloadWith(sender: Sender, url: string, options: { readonly maxBytes: number }): Promise<Uint8Array> {
  const { fetch, clock, random, stats } = sender
  const where = describeUrl(url)
  const attempt = async (): Promise<Attempt<Uint8Array>> => {
    try {
      stats.requests++
      const response = await fetch(url, {
        method: 'GET',
        timeoutMs: DOWNLOAD_TIMEOUT_MS,
        maxBytes: options.maxBytes,
        followRedirects: true,
      })
      const { status } = response
      const declared = Number(response.headers.get('content-length') ?? NaN)
      if (response.ok && declared > options.maxBytes) {
        (response.body as unknown as { destroy?: () => void } | null)?.destroy?.()
        throw tooLarge(where, options.maxBytes)
      }
      const body = new Uint8Array(await response.arrayBuffer())
      stats.bytes += body.byteLength
      if (response.ok) return { value: body }
      // An object store answers 403 for a signature that has expired: a fresh URL from the job fixes it.
      if (status === 403) throw new DownloadError('expired', status, `The download URL at ${where} has expired (HTTP 403).`)
      const failure = new DownloadError('failed', status, `Download from ${where} answered HTTP ${status}.`)
      if (status === 429) stats.throttled++
      // A store that throttles says for how long in Retry-After: waiting less only earns another 429.
      if (status >= 500 || status === 429) return { retry: failure, retryAfter: response.headers.get('retry-after') }
      throw failure
    } catch (error) {
      if (error instanceof DownloadError) throw error
      // node-fetch's own size limit (maxBytes above) tripped while the body streamed in: no body over it is read.
      if ((error as { type?: unknown } | null | undefined)?.type === 'max-size') throw tooLarge(where, options.maxBytes)
      return { retry: new DownloadError('failed', 0, `Download from ${where} failed: ${errorMessage(error)}.`) }
    }
  }
  return withRetries(attempt, {
    retries: DOWNLOAD_RETRIES,
    clock,
    random,
    maxRetryAfterMs: MAX_RETRY_AFTER_MS,
    onRetry: () => stats.retries++,
  })
}

function tooLarge(where: string, maxBytes: number): DownloadError {
  return new DownloadError('too-large', 0, `The export download at ${where} is over ${maxBytes} bytes.`)
}
