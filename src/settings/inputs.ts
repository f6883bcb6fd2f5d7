// Reading one raw input and checking its form. Each parser either returns a clean value or throws an
// InputError naming the input, what is wrong with the value and how to fix it.
import { hostNameProblem } from './bounds.js'

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
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value
  return `'${shown.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`
}

export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(value)
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

/** A whole number within bounds, written in plain decimal digits. */
export function parseWholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  { min, max }: { min: number; max: number },
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
  return value === undefined
    ? []
    : value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
}

/** An absolute http(s) URL with a host; returned without a trailing slash. */
export function parseHttpUrl(name: string, value: string, { credentialsHint }: { credentialsHint: string }): string {
  const fix = 'Use an absolute http:// or https:// URL with a host name, e.g. https://api.mypurecloud.com.'
  if (hasControlCharacters(value) || /\s/.test(value)) {
    throw new InputError(name, `contains spaces or control characters. ${fix}`)
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(name, `has value ${quote(value)}, which is not a URL. ${fix}`)
  }
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
