// Small HTTP helpers for the emulator tests: real loopback requests with fetch, nothing mocked.

import type { Emulator } from '../../emulator/index.js'

export async function token(emulator: Emulator, clientId = emulator.clientId, clientSecret = emulator.clientSecret): Promise<string> {
  const response = await fetch(`${emulator.loginUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  })
  const body = (await response.json()) as { access_token?: string }
  if (response.status !== 200 || !body.access_token) throw new Error(`login failed: ${response.status} ${JSON.stringify(body)}`)
  return body.access_token
}

export interface JsonResponse<T = any> {
  status: number
  headers: Headers
  body: T
}

export async function apiGet<T = any>(emulator: Emulator, accessToken: string, path: string): Promise<JsonResponse<T>> {
  const response = await fetch(`${emulator.apiUrl}${path}`, { headers: { Authorization: `Bearer ${accessToken}` } })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) }
}

export async function apiPost<T = any>(emulator: Emulator, accessToken: string, path: string, body: unknown): Promise<JsonResponse<T>> {
  const response = await fetch(`${emulator.apiUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) }
}

/** Polls an export job until it leaves Registered/Started; returns every status seen, in order. */
export async function pollJob(emulator: Emulator, accessToken: string, jobId: string): Promise<{ statuses: string[]; last: any }> {
  const statuses: string[] = []
  for (;;) {
    const { body } = await apiGet(emulator, accessToken, `/api/v2/flows/export/jobs/${jobId}?expand=messages`)
    if (statuses[statuses.length - 1] !== body.status) statuses.push(body.status)
    if (body.status === 'Success' || body.status === 'Failure') return { statuses, last: body }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

export function decodeArchitectFile(text: string): unknown {
  return JSON.parse(decodeURIComponent(Buffer.from(text, 'base64').toString('utf8')))
}
