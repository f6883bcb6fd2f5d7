import { describe, expect, it } from 'vitest'
import { readSettings } from '../../src/settings/read-settings.js'
import { InputError } from '../../src/settings/inputs.js'
import { REGIONS, regionDomain } from '../../src/settings/regions.js'

const ID = '0f3c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6'
const base = { INPUT_CLIENT_ID: 'client-1', 'INPUT_CLIENT-ID': 'client-1', 'INPUT_CLIENT-SECRET': 'very-secret', 'INPUT_FLOW-IDS': ID, GITHUB_WORKSPACE: '/work/repo' }

function read(extra: Record<string, string | undefined>) {
  const masked: string[] = []
  const settings = readSettings({ ...base, ...extra }, (secret) => masked.push(secret))
  return { settings, masked }
}

describe('readSettings', () => {
  it.each([
    ['adaptive', 'adaptive'],
    ['Adaptive', 'adaptive'],
    ['', 'adaptive'],
    ['16', 16],
    ['1', 1],
  ] as const)('reads concurrency %j as %j (a number pins it)', (value, expected) => {
    expect(read({ INPUT_CONCURRENCY: value }).settings.genesys?.concurrency).toBe(expected)
  })

  it('applies the contract defaults when only credentials and a flow are given', () => {
    const { settings } = read({})
    expect(settings.mode).toBe('snapshot')
    expect(settings.genesys).toMatchObject({ apiUrl: 'https://api.mypurecloud.com', loginUrl: 'https://login.mypurecloud.com', concurrency: 'adaptive' })
    expect(settings.outputDir).toBe('genesys-flows')
    expect(settings.outputPath).toBe('/work/repo/genesys-flows')
    expect(settings.selection).toMatchObject({ flowIds: [ID], flowTypes: [], includeDependencies: true })
    expect(settings.git).toMatchObject({ authorName: 'github-actions[bot]', authorEmail: '41898282+github-actions[bot]@users.noreply.github.com', push: true, pullRequest: false })
    expect(settings.maxExportBytes).toBe(52_428_800)
    expect(settings.failOn).toBe('error')
    expect(settings.checkResources).toBe(true)
    expect(Object.isFrozen(settings)).toBe(true)
  })

  it('turns the resource check off with check-resources: False, as YAML 1.2 spells it', () => {
    expect(read({ 'INPUT_CHECK-RESOURCES': 'False' }).settings.checkResources).toBe(false)
  })

  it('masks every secret before anything else can print it', () => {
    const { masked } = read({ 'INPUT_WEBHOOK-SECRET': 'hook-key', 'INPUT_GITHUB-TOKEN': 'ghs_token' })
    expect(masked).toEqual(expect.arrayContaining(['very-secret', 'hook-key', 'ghs_token']))
  })

  it('masks the secret even when a later input is bad', () => {
    const masked: string[] = []
    expect(() => readSettings({ ...base, INPUT_REGION: 'nowhere' }, (s) => masked.push(s))).toThrow(InputError)
    expect(masked).toContain('very-secret')
  })

  it('falls back to GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET and GENESYS_BASE_URL', () => {
    const settings = readSettings(
      { 'INPUT_FLOW-TYPES': 'inboundcall', GENESYS_CLIENT_ID: 'env-id', GENESYS_CLIENT_SECRET: 'env-secret', GENESYS_BASE_URL: 'http://127.0.0.1:9000/' },
      () => {},
    )
    expect(settings.genesys).toMatchObject({ clientId: 'env-id', clientSecret: 'env-secret', apiUrl: 'http://127.0.0.1:9000', loginUrl: 'http://127.0.0.1:9000' })
  })

  it('uses login-url when given, and the region hosts otherwise', () => {
    expect(read({ 'INPUT_API-URL': 'http://127.0.0.1:1', 'INPUT_LOGIN-URL': 'http://127.0.0.1:2' }).settings.genesys?.loginUrl).toBe('http://127.0.0.1:2')
    expect(read({ INPUT_REGION: 'eu-west-1' }).settings.genesys).toMatchObject({ apiUrl: 'https://api.mypurecloud.ie', loginUrl: 'https://login.mypurecloud.ie' })
  })

  it('maps an api-url given alone on an api. host to its login. twin, as the SDKs do', () => {
    expect(read({ 'INPUT_API-URL': 'https://api.usw2.pure.cloud' }).settings.genesys).toMatchObject({ apiUrl: 'https://api.usw2.pure.cloud', loginUrl: 'https://login.usw2.pure.cloud' })
    // Any other host (an emulator, a proxy) serves the token itself.
    expect(read({ 'INPUT_API-URL': 'http://127.0.0.1:9000' }).settings.genesys?.loginUrl).toBe('http://127.0.0.1:9000')
  })

  it('expands flow-types all and reads flow-ids separated by commas, spaces and new lines', () => {
    const other = 'AAAAAAAA-1b2c-4d5e-8f90-a1b2c3d4e5f6'
    const { settings } = read({ 'INPUT_FLOW-IDS': `${ID}, ${other}\n${ID}`, 'INPUT_FLOW-TYPES': 'all' })
    expect(settings.selection.flowIds).toEqual([ID, other.toLowerCase()])
    expect(settings.selection.flowTypes).toContain('inboundcall')
    expect(settings.selection.flowTypes.length).toBe(20)
  })

  it('needs no credentials and no selection in mode validate', () => {
    const settings = readSettings({ INPUT_MODE: 'validate', GITHUB_WORKSPACE: '/w' }, () => {})
    expect(settings.genesys).toBeNull()
  })

  it('parses rule-severity lines', () => {
    const { settings } = read({ 'INPUT_RULE-SEVERITY': 'flow-cycle=warning\n\nunreachable-node = off' })
    expect(settings.ruleSeverity).toEqual({ 'flow-cycle': 'warning', 'unreachable-node': 'off' })
  })

  it('treats an input given as an empty string as not given', () => {
    expect(read({ 'INPUT_OUTPUT-DIR': '', INPUT_REGION: '  ' }).settings.outputDir).toBe('genesys-flows')
  })
})

describe('regions', () => {
  it.each(Object.entries(REGIONS))('maps AWS region %s to %s, and the domain to itself', (aws, domain) => {
    expect(regionDomain(aws)).toBe(domain)
    expect(regionDomain(aws.replace(/-/g, '_'))).toBe(domain)
    expect(regionDomain(domain)).toBe(domain)
    expect(regionDomain(`https://api.${domain}/`)).toBe(domain)
  })
})
