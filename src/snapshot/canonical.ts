// The one serialisation of committed JSON: keys sorted recursively by UTF-16 code units (as Array.prototype.sort,
// never by locale), arrays in order, 2-space indent, `\n` line ends, one final newline. Same value in, same bytes
// out: that is what makes an unchanged org produce no commit.
//
// The fast writer is the native JSON.stringify, with a replacer that hands it each object's keys in canonical
// order (several times quicker than JavaScript). It steps aside, by throwing, for what it cannot write the same:
// integer-like keys ("10", "9"), which every object enumerates in numeric order, nesting that overflows its
// stack, and what is not JSON data (a cycle, a bigint). Then the iterative writer, which takes any depth, writes
// the document, or throws its own error.
import { createHash } from 'node:crypto'

/** Array indices, which objects enumerate first and in numeric order (ECMA-262 OrdinaryOwnPropertyKeys). */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/

/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
export function canonicalJson(value: unknown): string {
  if (!isSerialisable(value)) throw new TypeError('canonicalJson: the value is not JSON data')
  try {
    return JSON.stringify(value, inCanonicalOrder, 2) + '\n'
  } catch {
    return canonicalJsonIterative(value)
  }
}

/** A flow's committed file from its document: the canonical text, and the SHA-256 and size of its UTF-8 bytes. */
export function canonicalFile(document: unknown): { text: string; sha256: string; bytes: number } {
  const text = canonicalJson(document)
  const bytes = Buffer.from(text, 'utf8')
  return { text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
}

/**
 * The replacer: each object as the iterative writer sees it, its own enumerable keys in canonical order. It reads
 * the holder's value itself, as JSON.stringify's `value` has been through `toJSON`, which the iterative writer
 * never calls. An object already in order is handed on as it is; the rest are copied.
 */
function inCanonicalOrder(this: unknown, key: string): unknown {
  const value = (this as Record<string, unknown>)[key]
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const keys = Object.keys(value)
  let inOrder = true
  for (let index = 0; index < keys.length; index++) {
    const name = keys[index]!
    if (name.charCodeAt(0) <= 57 && INDEX_KEY.test(name)) throw new RangeError('integer-like key')
    if (index > 0 && keys[index - 1]! > name) inOrder = false
  }
  const prototype = Object.getPrototypeOf(value) as unknown
  if (inOrder && (prototype === Object.prototype || prototype === null)) return value
  const copy: Record<string, unknown> = {}
  for (const name of inOrder ? keys : keys.sort()) {
    const item = (value as Record<string, unknown>)[name]
    // Assigning `__proto__` would set the copy's prototype; defining it makes it an ordinary key.
    if (name === '__proto__') Object.defineProperty(copy, name, { value: item, enumerable: true, writable: true, configurable: true })
    else copy[name] = item
  }
  return copy
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
