// The bounds on output-dir names and URL hosts reject only what a file system or DNS cannot take:
// values at the limits, IP literals and localhost stay valid. (Values past them: bad-inputs.ts.)
import { describe, expect, it } from 'vitest'
import { readSettings } from '../../src/settings/read-settings.js'
import { inputEnv } from './bad-inputs.js'

function read(inputs: Record<string, string>) {
  return readSettings({ ...inputEnv(inputs), GITHUB_WORKSPACE: '/work/repo' }, () => {})
}

describe('input bounds accept every value at or inside the limit', () => {
  it('takes an output-dir folder name of exactly 255 bytes, in ASCII and in three-byte characters', () => {
    expect(read({ 'output-dir': `flows/${'a'.repeat(255)}` }).outputDir).toBe(`flows/${'a'.repeat(255)}`)
    expect(read({ 'output-dir': '流'.repeat(85) }).outputDir).toBe('流'.repeat(85))
  })

  it('takes a host of 253 characters made of 63-character parts, and the same with a final dot', () => {
    const host = `${`${'a'.repeat(63)}.`.repeat(3)}${'b'.repeat(61)}`
    expect(host).toHaveLength(253)
    expect(read({ 'api-url': `https://${host}` }).genesys?.apiUrl).toBe(`https://${host}`)
    expect(read({ 'api-url': `https://${host}.` }).genesys?.apiUrl).toBe(`https://${host}.`)
  })

  it.each([
    ['an IPv4 address', 'http://127.0.0.1:8080'],
    ['an IPv6 address', 'http://[::1]:8080'],
    ['localhost', 'http://localhost:3000'],
    ['a container name with an underscore', 'http://genesys_emulator:8080'],
    ['an international name (punycode after parsing)', 'https://bücher.example'],
  ])('takes %s as the host of api-url, login-url and webhook-url', (_what, url) => {
    const settings = read({ 'api-url': url, 'login-url': url, 'webhook-url': url })
    expect(settings.genesys?.apiUrl).toBe(new URL(url).href.replace(/\/+$/, ''))
    expect(settings.genesys?.loginUrl).toBe(settings.genesys?.apiUrl)
    expect(settings.webhook?.url).toBe(settings.genesys?.apiUrl)
  })
})
