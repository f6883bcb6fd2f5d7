import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('npm run emulator', () => {
  it('prints one JSON line with URLs and credentials that work, then stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', '--port', '0', '--flows', '5', '--seed', '9'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once('line', resolve)
        child.once('exit', (code) => reject(new Error(`emulator exited with ${code} before printing its line`)))
      })
      const info = JSON.parse(line)
      expect(Object.keys(info)).toEqual(['apiUrl', 'loginUrl', 'clientId', 'clientSecret'])
      expect(info.apiUrl).toBe(info.loginUrl)
      const login = await fetch(`${info.loginUrl}/oauth/token`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(`${info.clientId}:${info.clientSecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      })
      const { access_token: accessToken } = await login.json()
      const flows = await (await fetch(`${info.apiUrl}/api/v2/flows`, { headers: { Authorization: `Bearer ${accessToken}` } })).json()
      expect(flows.total).toBe(5)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('refuses a --faults value that is not a JSON object and says what it expects', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', '--faults', 'slow'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(stderr).toContain('--faults must be a JSON object')
  })
})
