import * as os from 'node:os'
import * as path from 'node:path'
import { FLOW_TYPES, RULES, type FlowType, type Rule, type SeverityOrOff } from '../model.js'
import { InputError, hasControlCharacters, parseBoolean, parseChoice, parseHttpUrl, parseWholeNumber } from './inputs.js'
import { quote, rawInput, relativePathProblem, splitLines, splitList, type Env } from './inputs.js'
import { DEFAULT_REGION, REGIONS, regionDomain } from './regions.js'
import type { Concurrency, FailOn, GenesysSettings, GitSettings, Mode, SelectionSettings, Settings } from './types.js'

export const DEFAULTS = Object.freeze({
  outputDir: 'genesys-flows',
  maxExportBytes: 52_428_800,
  concurrency: 'adaptive' as const,
  commitMessage: 'chore(genesys): snapshot {changed} flow files',
  commitAuthor: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  pullRequestBranch: 'genesys-flow-snapshot',
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Reads and checks every input once, before any request. Secrets are handed to `mask` first, so that
 * nothing printed afterwards, not even an error, can show them. Throws InputError on the first bad value.
 */
export function readSettings(env: Env, mask: (secret: string) => void): Settings {
  const secrets = ['client-secret', 'github-token', 'webhook-secret'].map((name) => rawInput(env, name))
  for (const secret of [...secrets, env.GENESYS_CLIENT_SECRET?.trim()]) if (secret) mask(secret)

  const mode = parseChoice('mode', rawInput(env, 'mode'), 'snapshot', ['snapshot', 'export', 'validate', 'check'])
  const workspace = path.resolve(env.GITHUB_WORKSPACE?.trim() || process.cwd())
  const outputDir = readOutputDir(rawInput(env, 'output-dir') ?? DEFAULTS.outputDir)
  const selection = readSelection(env, mode)
  const genesys = readGenesys(env, mode)
  if (mode !== 'validate' && selection.flowIds.length === 0 && selection.flowTypes.length === 0) {
    throw new InputError(
      'flow-ids',
      'and flow-types are both empty, so no flow is selected. Set flow-ids to flow UUIDs, or flow-types to types such as inboundcall (or all).',
    )
  }
  return Object.freeze({
    mode,
    workspace,
    outputDir,
    outputPath: path.join(workspace, ...outputDir.split('/')),
    runnerTemp: path.resolve(env.RUNNER_TEMP?.trim() || os.tmpdir()),
    genesys,
    selection,
    maxExportBytes: parseWholeNumber('max-export-bytes', rawInput(env, 'max-export-bytes'), DEFAULTS.maxExportBytes),
    failOn: parseChoice<FailOn>('fail-on', rawInput(env, 'fail-on'), 'error', ['error', 'warning', 'never']),
    ruleSeverity: readRuleSeverity(env),
    git: readGit(env),
    webhook: readWebhook(env),
    checkResources: parseBoolean('check-resources', rawInput(env, 'check-resources'), true),
    routing: parseBoolean('routing', rawInput(env, 'routing'), true),
  })
}

function readGenesys(env: Env, mode: Mode): GenesysSettings | null {
  const clientId = rawInput(env, 'client-id') ?? (env.GENESYS_CLIENT_ID?.trim() || undefined)
  const clientSecret = rawInput(env, 'client-secret') ?? (env.GENESYS_CLIENT_SECRET?.trim() || undefined)
  const regionValue = rawInput(env, 'region') ?? DEFAULT_REGION
  const domain = regionDomain(regionValue)
  if (domain === undefined) {
    const valid = Object.entries(REGIONS).map(([aws, known]) => `${known} (${aws})`).join(', ')
    throw new InputError('region', `has unknown value ${quote(regionValue)}. Use one of: ${valid}; or set api-url and login-url.`)
  }
  const hint = 'Genesys Cloud is reached with client-id and client-secret.'
  const apiUrl = parseHttpUrl('api-url', rawInput(env, 'api-url') ?? (env.GENESYS_BASE_URL?.trim() || undefined), hint)
  const loginUrl = parseHttpUrl('login-url', rawInput(env, 'login-url'), hint)
  const concurrency = readConcurrency(rawInput(env, 'concurrency'))
  if (mode === 'validate') return null

  if (clientId === undefined) {
    throw new InputError('client-id', 'is required for mode snapshot, export and check. Pass a Genesys Cloud OAuth client id (client credentials grant), e.g. client-id: ${{ secrets.GENESYS_CLIENT_ID }}, or use mode: validate.')
  }
  if (clientSecret === undefined) {
    throw new InputError('client-secret', 'is required for mode snapshot, export and check. Pass the OAuth client secret, e.g. client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}.')
  }
  if (hasControlCharacters(clientId) || /\s/.test(clientId)) {
    throw new InputError('client-id', 'contains spaces or control characters. Copy the client id from Admin > OAuth in Genesys Cloud.')
  }
  const api = apiUrl ?? `https://api.${domain}`
  // An `api.<domain>` host signs in at `login.<domain>`, as the SDKs do; an emulator or proxy given as
  // api-url usually serves the token too (contract: login-url defaults to it).
  return Object.freeze({ clientId, clientSecret, apiUrl: api, loginUrl: loginUrl ?? loginTwinOf(api), concurrency })
}

/** `adaptive` (the default, also when empty) or a whole number from 1 to 16 that pins it. */
function readConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value.toLowerCase() === 'adaptive') return DEFAULTS.concurrency
  if (!/^\d+$/.test(value)) {
    throw new InputError('concurrency', `has value ${quote(value)}. Use adaptive (the default: the Action finds the level the org allows) or a whole number from 1 to 16 to pin it.`)
  }
  return parseWholeNumber('concurrency', value, 1, { min: 1, max: 16 })
}

function readSelection(env: Env, mode: Mode): SelectionSettings {
  const ids = splitList(rawInput(env, 'flow-ids'))
  const notId = ids.find((id) => !UUID.test(id))
  if (notId !== undefined) {
    throw new InputError('flow-ids', `has ${quote(notId)}, which is not a flow id. Use flow UUIDs (8-4-4-4-12 hexadecimal, as in the Architect URL), separated by commas, spaces or new lines.`)
  }
  const types = splitList(rawInput(env, 'flow-types'))
  const isType = (type: string): boolean => (FLOW_TYPES as readonly string[]).includes(type)
  const notType = types.find((type) => type !== 'all' && !isType(type))
  if (notType !== undefined) {
    const hint = isType(notType.toLowerCase()) ? ` Write it in lower case: ${notType.toLowerCase()}.` : ''
    throw new InputError('flow-types', `has unknown flow type ${quote(notType)}.${hint} Use all, or some of: ${FLOW_TYPES.join(', ')}.`)
  }
  const flowIds = [...new Set(ids.map((id) => id.toLowerCase()))]
  const flowTypes = (types.includes('all') ? [...FLOW_TYPES] : [...new Set(types)]) as FlowType[]
  const flowNames = splitLines(rawInput(env, 'flow-names'))
  const badPattern = flowNames.find((pattern) => hasControlCharacters(pattern) || pattern === '!')
  if (badPattern !== undefined) {
    throw new InputError('flow-names', `has pattern ${quote(badPattern)}. Use one glob pattern a line, e.g. Main*; start a line with ! to exclude.`)
  }
  if (flowNames.length > 0 && flowTypes.length === 0 && mode !== 'validate') {
    throw new InputError('flow-names', 'narrows flow-types, but flow-types is empty. Set flow-types too (for example all).')
  }
  return Object.freeze({
    flowIds,
    flowTypes,
    flowNames,
    includeDependencies: parseBoolean('include-dependencies', rawInput(env, 'include-dependencies'), true),
  })
}

function readOutputDir(value: string): string {
  const fix = 'Use a relative folder inside the repository, such as genesys-flows.'
  const normalised = path.posix.normalize(value.replace(/\\/g, '/')).replace(/(.)\/+$/, '$1')
  if (normalised === '..' || normalised.startsWith('../')) {
    throw new InputError('output-dir', `has value ${quote(value)}, which leaves the workspace. ${fix}`)
  }
  if (normalised === '.') throw new InputError('output-dir', `is the repository root. ${fix}`)
  const problem = relativePathProblem(normalised)
  if (problem) throw new InputError('output-dir', `has value ${quote(value)}: ${problem}. ${fix}`)
  return normalised
}

function readRuleSeverity(env: Env): Partial<Record<Rule, SeverityOrOff>> {
  const overrides: Partial<Record<Rule, SeverityOrOff>> = {}
  for (const line of splitLines(rawInput(env, 'rule-severity'))) {
    const match = /^([a-z-]+)\s*=\s*([a-z]+)$/.exec(line)
    const fix = `Use one rule=severity a line, with a rule of ${RULES.join(', ')} and a severity of error, warning, notice or off.`
    if (!match) throw new InputError('rule-severity', `has line ${quote(line)}. ${fix}`)
    const [, rule, severity] = match
    if (!(RULES as readonly string[]).includes(rule)) throw new InputError('rule-severity', `names unknown rule ${quote(rule)}. ${fix}`)
    if (!['error', 'warning', 'notice', 'off'].includes(severity)) {
      throw new InputError('rule-severity', `gives ${quote(rule)} the unknown severity ${quote(severity)}. ${fix}`)
    }
    overrides[rule as Rule] = severity as SeverityOrOff
  }
  return Object.freeze(overrides)
}

function readGit(env: Env): GitSettings {
  const author = rawInput(env, 'commit-author') ?? DEFAULTS.commitAuthor
  const match = /^([^<>\r\n]+?)[ \t]*<([^<>\s]+@[^<>\s]+)>$/.exec(author)
  if (!match) {
    throw new InputError('commit-author', `has value ${quote(author)}. Use one line of the form Name <email>, e.g. Flow Bot <flow-bot@example.com>.`)
  }
  const branch = rawInput(env, 'pull-request-branch') ?? DEFAULTS.pullRequestBranch
  const branchProblem = branchNameProblem(branch)
  if (branchProblem) {
    throw new InputError('pull-request-branch', `has value ${quote(branch)}, which is not a valid branch name: ${branchProblem}. Use a name such as genesys-flow-snapshot.`)
  }
  const message = rawInput(env, 'commit-message') ?? DEFAULTS.commitMessage
  if (/[\u0000\u0008]/.test(message)) throw new InputError('commit-message', 'contains control characters. Use plain text with {changed}, {exported} or {date}.')
  return Object.freeze({
    commitMessage: message,
    authorName: match[1],
    authorEmail: match[2],
    push: parseBoolean('push', rawInput(env, 'push'), true),
    pullRequest: parseBoolean('pull-request', rawInput(env, 'pull-request'), false),
    pullRequestBranch: branch,
    signCommits: parseBoolean('sign-commits', rawInput(env, 'sign-commits'), false),
    githubToken: rawInput(env, 'github-token') ?? '',
  })
}

/** The rules of `git check-ref-format --branch`, as a sentence on the first one broken. */
export function branchNameProblem(name: string): string | undefined {
  if (name.startsWith('-')) return 'it starts with -'
  if (hasControlCharacters(name) || /[ ~^:?*[\\]/.test(name)) return 'it contains a space, a control character or one of ~ ^ : ? * [ \\'
  if (name.includes('..')) return 'it contains ..'
  if (name.includes('@{') || name === '@') return 'it contains @{ or is @'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'it has an empty part between slashes'
  if (name.endsWith('.')) return 'it ends with .'
  if (name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))) return 'a part starts with . or ends with .lock'
  return undefined
}

function readWebhook(env: Env): Settings['webhook'] {
  const hint = 'to authenticate deliveries, set webhook-secret and verify the X-Flow-Snapshot-Signature-256 header.'
  const url = parseHttpUrl('webhook-url', rawInput(env, 'webhook-url'), hint)
  return url === undefined ? null : Object.freeze({ url, secret: rawInput(env, 'webhook-secret') ?? '' })
}

/** The login host of an API host: `https://api.<domain>` → `https://login.<domain>`; any other URL is its own. */
export function loginTwinOf(apiUrl: string): string {
  const url = new URL(apiUrl)
  if (!url.hostname.toLowerCase().startsWith('api.') || url.hostname.split('.').length < 3) return apiUrl
  url.hostname = `login.${url.hostname.slice('api.'.length)}`
  return url.toString().replace(/\/$/, '')
}
