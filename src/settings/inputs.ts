// Reading one raw input and checking its form. Each parser either returns a clean value or throws an
// InputError naming the input, what is wrong with the value and how to fix it.
import { isAbsolute } from 'node:path'
import { excerpt } from '../text/excerpt.js'

export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string,
  ) {
    super(`Input '${input}' ${problem}`)
    this.name = 'InputError'
  }
}

export type Env = Readonly<Record<string, string | undefined>>

/**
 * The input as the runner passes it (`INPUT_<NAME>`, upper-cased, hyphens kept), trimmed like
 * `core.getInput`. An empty string counts as not given: undefined.
 */
export function rawInput(env: Env, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim()
  return value ? value : undefined
}

/** Quote a value for a message, shortened and with control characters made visible. */
export function quote(value: string): string {
  return `'${excerpt(value, 80)}'`
}

export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(value)
}

export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
/**
 * ext4 and APFS allow 255 bytes (UTF-8) in one file or folder name, NTFS 255 UTF-16 units; a name within the
 * byte limit is within the other, since no character takes more units than bytes.
 */
export const MAX_SEGMENT_BYTES = 255

/**
 * Why `path` is no plain relative path of `/`-separated, ordinary names, as a phrase; undefined when it is one.
 * The one check of output-dir (as an input) and of every path the snapshot touches (snapshot/safe-path.ts).
 */
export function relativePathProblem(path: string): string | undefined {
  if (path === '') return 'the path is empty'
  if (hasControlCharacters(path)) return 'it contains a control character'
  if (path.includes('\\')) return 'it contains a backslash'
  if (path.startsWith('/') || isAbsolute(path) || /^[A-Za-z]:/.test(path)) return 'it is absolute'
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return `it has the segment '${segment}'`
    if (segment.toLowerCase() === '.git') return 'it points into .git'
    if (WINDOWS_RESERVED.test(segment)) return `'${segment}' is a reserved file name on Windows`
    const bytes = Buffer.byteLength(segment)
    if (bytes > MAX_SEGMENT_BYTES) return `a name is ${bytes} bytes (UTF-8); file systems allow 255 bytes in one name`
  }
  return undefined
}

const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE'])

/** YAML 1.2 core booleans only, as core.getBooleanInput: `yes` or `1` are errors, never silently false. */
export function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (TRUE.has(value)) return true
  if (FALSE.has(value)) return false
  throw new InputError(name, `has value ${quote(value)}, which is not a boolean. Use true or false.`)
}

/** A whole number within bounds (by default any positive one), written in plain decimal digits. */
export function parseWholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  { min, max } = { min: 1, max: Number.MAX_SAFE_INTEGER },
): number {
  if (value === undefined) return fallback
  const number = /^\d+$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new InputError(name, `has value ${quote(value)}. Use a whole number from ${min} to ${max}.`)
  }
  return number
}

/** Values separated by commas, spaces or new lines, without empties. */
export function splitList(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/[\s,]+/).filter((part) => part !== '')
}

/** One value a line, trimmed, without empty lines (as core.getMultilineInput). */
export function splitLines(value: string | undefined): string[] {
  return (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')
}

/** One of `values` (`fallback` when not given); any other value names them all. */
export function parseChoice<T extends string>(name: string, value: string | undefined, fallback: T, values: readonly T[]): T {
  if (value === undefined) return fallback
  if ((values as readonly string[]).includes(value)) return value as T
  throw new InputError(name, `has value ${quote(value)}. Use ${values.slice(0, -1).join(', ')} or ${values.at(-1)}.`)
}

/** An absolute http(s) URL with a host, without a trailing slash; `credentialsHint`: how to authenticate instead. */
export function parseHttpUrl(name: string, value: string | undefined, credentialsHint: string): string | undefined {
  if (value === undefined) return undefined
  const fix = 'Use an absolute http:// or https:// URL with a host name, e.g. https://api.mypurecloud.com.'
  if (hasControlCharacters(value) || /\s/.test(value)) {
    throw new InputError(name, `contains spaces or control characters. ${fix}`)
  }
  if (!URL.canParse(value)) throw new InputError(name, `has value ${quote(value)}, which is not a URL. ${fix}`)
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(name, `uses the ${url.protocol.replace(/:$/, '')} scheme. ${fix}`)
  }
  if (url.hostname === '') throw new InputError(name, `has no host name. ${fix}`)
  const hostProblem = hostNameProblem(url.hostname)
  if (hostProblem) throw new InputError(name, `has host ${quote(url.hostname)}, which is not a valid host name: ${hostProblem}. ${fix}`)
  if (url.username !== '' || url.password !== '') {
    // The value itself is not quoted: it holds a password.
    throw new InputError(name, `contains a user name or password. Remove them from the URL; ${credentialsHint}`)
  }
  return url.href.replace(/\/+$/, '')
}

/** RFC 1035: 253 characters in a host name written without its final dot, 63 in one label. */
const MAX_HOST_LENGTH = 253
const MAX_LABEL_LENGTH = 63
// After WHATWG URL parsing a host is lower case and ASCII (international names in punycode) and an
// IPv4 address is in dotted decimal; only these characters can make up a resolvable name. The
// underscore is not in RFC 1123, but container names carry it and resolvers accept it.
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/**
 * Why `hostname` (as `URL.hostname` gives it) is not a host name DNS can resolve, as a phrase; undefined
 * when it is one, or an IP address (IPv6 in brackets), or `localhost`.
 */
export function hostNameProblem(hostname: string): string | undefined {
  if (hostname.startsWith('[') || IPV4.test(hostname)) return undefined
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname
  if (name.length > MAX_HOST_LENGTH) return `it is ${name.length} characters long, and a host name has at most ${MAX_HOST_LENGTH}`
  for (const label of name.split('.')) {
    if (label === '') return 'it has an empty part between dots'
    if (label.length > MAX_LABEL_LENGTH) return `its part of ${label.length} characters is longer than the ${MAX_LABEL_LENGTH} a part between dots may have`
    if (!LABEL.test(label)) return 'a part between dots has a character other than letters, digits, - and _, or starts or ends with -'
  }
  return undefined
}
