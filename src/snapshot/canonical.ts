// The one serialisation of committed JSON: keys sorted recursively by UTF-16 code units (as Array.prototype.sort,
// never by locale), arrays in order, 2-space indent, `\n` line ends, one final newline. Same value in, same bytes
// out: that is what makes an unchanged org produce no commit.
//
// The fast writer builds key-sorted copies for the native JSON.stringify (several times quicker than JavaScript).
// It steps aside for what a copy cannot carry: nesting deeper than MAX_FAST_DEPTH (the stack would overflow; a
// cycle ends there too) and integer-like keys ("10", "9"), which every object enumerates in numeric order. Then
// the iterative writer, which takes any depth, writes the document.
import { createHash } from 'node:crypto'

/** Nesting the fast writer takes on; JSON.stringify itself overflows near 5,000 on Node 20. */
const MAX_FAST_DEPTH = 1_000
/** Array indices, which objects enumerate first and in numeric order (ECMA-262 OrdinaryOwnPropertyKeys). */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/

/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
export function canonicalJson(value: unknown): string {
  if (!isSerialisable(value)) throw new TypeError('canonicalJson: the value is not JSON data')
  const sorted = sortedCopy(value, 0)
  if (sorted === UNFIT) return canonicalJsonIterative(value)
  return JSON.stringify(sorted, null, 2) + '\n'
}

/** A flow's committed file from its document: the canonical text, and the SHA-256 and size of its UTF-8 bytes. */
export function canonicalFile(document: unknown): { text: string; sha256: string; bytes: number } {
  const text = canonicalJson(document)
  const bytes = Buffer.from(text, 'utf8')
  return { text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
}

const UNFIT = Symbol('unfit for the fast writer')

/**
 * The value with every object's keys in canonical order, or UNFIT. What is already in order is handed on as it is
 * (most arrays, and objects exported with sorted keys); the rest are copied, filled in order so V8 keeps them in
 * its fast shape. Only own enumerable keys are read and no `toJSON` is called, as in the iterative writer: an
 * object of another kind (a Date, a Map) is always copied.
 */
function sortedCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') throw new TypeError('canonicalJson: bigint values have no JSON form')
    return value
  }
  if (depth >= MAX_FAST_DEPTH) return UNFIT
  if (Array.isArray(value)) return sortedArray(value, depth)
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  const sorted = isSorted(keys) ? keys : keys.slice().sort()
  const prototype = Object.getPrototypeOf(record) as unknown
  // Filled only from the first key that differs from the original; until then the original may do.
  let copy: Record<string, unknown> | undefined = prototype === Object.prototype || prototype === null ? undefined : {}
  for (let index = 0; index < sorted.length; index++) {
    const key = sorted[index]!
    const item = record[key]
    const itemCopy = isSerialisable(item) ? sortedCopy(item, depth + 1) : SKIP
    if (itemCopy === UNFIT || (startsWithDigit(key) && INDEX_KEY.test(key))) return UNFIT
    if (copy === undefined && (itemCopy !== item || key !== keys[index])) {
      copy = {}
      for (let done = 0; done < index; done++) setKey(copy, sorted[done]!, record[sorted[done]!])
    }
    if (copy !== undefined && itemCopy !== SKIP) setKey(copy, key, itemCopy)
  }
  return copy ?? record
}

function isSorted(keys: readonly string[]): boolean {
  for (let index = 1; index < keys.length; index++) if (keys[index - 1]! > keys[index]!) return false
  return true
}

/** Only a key starting with a digit can be an array index: the pattern is tried on those alone. */
function startsWithDigit(key: string): boolean {
  const code = key.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** Assigning `__proto__` would set the copy's prototype; defining it makes it an ordinary key. */
function setKey(copy: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  else copy[key] = value
}

const SKIP = Symbol('not serialisable')

function sortedArray(array: readonly unknown[], depth: number): unknown {
  let copy: unknown[] | undefined
  for (let index = 0; index < array.length; index++) {
    const item = array[index]
    const itemCopy = sortedCopy(item, depth + 1)
    if (itemCopy === UNFIT) return UNFIT
    if (itemCopy !== item && copy === undefined) copy = array.slice(0, index)
    if (copy !== undefined) copy.push(itemCopy)
  }
  return copy ?? array
}

interface Frame {
  readonly close: '}' | ']'
  readonly indent: string
  /** [key, value]; key is null inside arrays. */
  readonly entries: readonly (readonly [string | null, unknown])[]
  next: number
  readonly container: object
}

/** The same bytes as canonicalJson at any depth, written in JavaScript on an explicit stack (slower). */
export function canonicalJsonIterative(value: unknown): string {
  const out: string[] = []
  const stack: Frame[] = []
  const open = new Set<object>()

  const emit = (item: unknown, indent: string): void => {
    if (item === null || typeof item !== 'object') {
      if (typeof item === 'bigint') throw new TypeError('canonicalJson: bigint values have no JSON form')
      // JSON.stringify's own text; NaN, Infinity (and in arrays what JSON cannot hold) become null, as there.
      out.push(JSON.stringify(item) ?? 'null')
      return
    }
    const container = item as object
    if (open.has(container)) throw new TypeError('canonicalJson: the value contains a cycle')
    const entries = Array.isArray(container)
      ? container.map((element) => [null, element] as const)
      : Object.keys(container)
          .sort()
          .filter((key) => isSerialisable((container as Record<string, unknown>)[key]))
          .map((key) => [key, (container as Record<string, unknown>)[key]] as const)
    const isArray = Array.isArray(container)
    if (entries.length === 0) {
      out.push(isArray ? '[]' : '{}')
      return
    }
    out.push(isArray ? '[' : '{')
    open.add(container)
    stack.push({ close: isArray ? ']' : '}', indent, entries, next: 0, container })
  }

  if (!isSerialisable(value)) throw new TypeError('canonicalJson: the value is not JSON data')
  emit(value, '')
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    if (frame.next < frame.entries.length) {
      const [key, item] = frame.entries[frame.next]
      const inner = frame.indent + '  '
      out.push(frame.next === 0 ? '\n' : ',\n', inner)
      if (key !== null) out.push(JSON.stringify(key), ': ')
      frame.next += 1
      // Inside arrays, values JSON cannot hold become null, exactly as JSON.stringify does.
      emit(isSerialisable(item) ? item : null, inner)
    } else {
      out.push('\n', frame.indent, frame.close)
      open.delete(frame.container)
      stack.pop()
    }
  }
  out.push('\n')
  return out.join('')
}

function isSerialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
}
