// The one serialisation of committed JSON: keys sorted recursively (by UTF-16 code units, as
// Array.prototype.sort does, so the order never depends on a locale), arrays in their order,
// 2-space indent, `\n` line ends and one final newline. Same value in, same bytes out: that is
// what makes an unchanged org produce no commit.
//
// Iterative on purpose: flow documents are deep, and a recursive writer (or JSON.stringify on a
// re-built sorted copy) can overflow the stack on hostile or generated input.

interface Frame {
  readonly close: '}' | ']'
  readonly indent: string
  /** [key, value]; key is null inside arrays. */
  readonly entries: readonly (readonly [string | null, unknown])[]
  next: number
  readonly container: object
}

/** Serialises JSON-compatible data canonically. Throws on cycles, bigint and a top-level undefined. */
export function canonicalJson(value: unknown): string {
  const out: string[] = []
  const stack: Frame[] = []
  const open = new Set<object>()

  const emit = (item: unknown, indent: string): void => {
    const primitive = primitiveJson(item)
    if (primitive !== undefined) {
      out.push(primitive)
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

/** JSON text of a primitive, or undefined for objects and arrays. */
function primitiveJson(value: unknown): string | undefined {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null'
    case 'bigint':
      throw new TypeError('canonicalJson: bigint values have no JSON form')
    case 'object':
      return undefined
    default:
      return 'null'
  }
}
