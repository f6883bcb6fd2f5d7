// Resolves JSON pointers to 1-based line numbers in ONE pass over a file's text, whatever its layout.
// A trie of the wanted pointers steers the scan: subtrees no pointer enters are skipped by bracket
// matching, and lines are counted afterwards with the native `indexOf('\n')` between the offsets that
// were found (in text order), so the per-character work stays small. No recursion: the container
// stack is explicit, so nesting depth cannot overflow the call stack.
import type { Pointer } from './json.js'

interface TrieNode {
  /** Array elements by number, object members by name. */
  children: Map<string | number, TrieNode> | undefined
  /** Offset where this node was found (its key for a member, its value for an element); -1 while not found. */
  offset: number
  line: number
}

interface Frame {
  readonly node: TrieNode | undefined
  readonly isArray: boolean
  index: number
  /** In an object: true until the next member's key has been read. */
  expectingKey: boolean
  key: string
  keyOffset: number
}

// Character classes, so the hot loops test one table entry per character.
const OTHER = 0
const QUOTE = 1
const OPEN = 2
const CLOSE = 3
const COMMA = 4
const SPACE = 5
const CLASS = new Uint8Array(65536)
// A colon separates like white space here.
for (const [chars, kind] of [['"', QUOTE], ['{[', OPEN], ['}]', CLOSE], [',', COMMA], [' \t\n\r:', SPACE]] as const) {
  for (const char of chars) CLASS[char.charCodeAt(0)] = kind
}
const BACKSLASH = 92
const OPEN_BRACE = 123

/**
 * The line of each pointer: of its key for an object member, of its value for an array element.
 * A pointer that is not in the text gets the line of its deepest ancestor that is (1 for none).
 */
export function resolveLines(text: string, pointers: readonly Pointer[]): number[] {
  const root = buildTrie(pointers)
  const found: TrieNode[] = [] // in text order, so lines can be counted in one forward sweep
  const frames: Frame[] = []
  const length = text.length
  let pos = 0

  // The trie node of the value starting at `pos`, noted as found.
  const enterValue = (): TrieNode | undefined => {
    const frame = frames[frames.length - 1]
    if (frame === undefined || frame.node?.children === undefined) return undefined
    const child = frame.node.children.get(frame.isArray ? frame.index : frame.key)
    if (child === undefined) return undefined
    child.offset = frame.isArray ? pos : frame.keyOffset
    found.push(child)
    return child
  }

  while (pos < length) {
    const kind = CLASS[text.charCodeAt(pos)]
    if (kind === SPACE) {
      pos++
    } else if (kind === QUOTE) {
      const frame = frames[frames.length - 1]
      const end = stringEnd(text, pos)
      if (frame !== undefined && frame.expectingKey) {
        frame.key = keyText(text, pos, end)
        frame.keyOffset = pos
        frame.expectingKey = false
      } else {
        enterValue()
      }
      pos = end
    } else if (kind === OPEN) {
      const isArray = text.charCodeAt(pos) !== OPEN_BRACE
      const node = frames.length === 0 ? root : enterValue()
      if (node?.children === undefined) {
        pos = skipContainer(text, pos)
        continue
      }
      frames.push({ node, isArray, index: 0, expectingKey: !isArray, key: '', keyOffset: pos })
      pos++
    } else if (kind === CLOSE) {
      frames.pop()
      pos++
    } else if (kind === COMMA) {
      const frame = frames[frames.length - 1]
      if (frame !== undefined) {
        if (frame.isArray) frame.index++
        else frame.expectingKey = true
      }
      pos++
    } else {
      // A literal (number, true, false, null): note its pointer, then step over it.
      enterValue()
      pos++
      while (pos < length && CLASS[text.charCodeAt(pos)] === OTHER) pos++
    }
  }
  countLines(text, found)
  return pointers.map((pointer) => deepestLine(root, pointer))
}

function buildTrie(pointers: readonly Pointer[]): TrieNode {
  const root: TrieNode = { children: undefined, offset: 0, line: 1 }
  for (const pointer of pointers) {
    let node = root
    for (const segment of pointer) {
      node.children ??= new Map()
      let child = node.children.get(segment)
      if (child === undefined) {
        child = { children: undefined, offset: -1, line: 0 }
        node.children.set(segment, child)
      }
      node = child
    }
  }
  return root
}

/** Lines of the found nodes, whose offsets ascend: one sweep of native newline searches. */
function countLines(text: string, found: readonly TrieNode[]): void {
  let line = 1
  let newline = text.indexOf('\n')
  for (const node of found) {
    while (newline !== -1 && newline < node.offset) {
      line++
      newline = text.indexOf('\n', newline + 1)
    }
    node.line = line
  }
}

function deepestLine(root: TrieNode, pointer: Pointer): number {
  let node: TrieNode | undefined = root
  let line = root.line
  for (const segment of pointer) {
    node = node.children?.get(segment)
    if (node === undefined || node.offset === -1) break
    line = node.line
  }
  return line
}

/** Position just after the string that starts at `pos`. */
function stringEnd(text: string, pos: number): number {
  let at = pos + 1
  for (;;) {
    const close = text.indexOf('"', at)
    if (close === -1) return text.length
    if (text.charCodeAt(close - 1) !== BACKSLASH) return close + 1
    let backslashes = 1
    while (close - backslashes - 1 > pos && text.charCodeAt(close - backslashes - 1) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return close + 1
    at = close + 1
  }
}

/** Position just after the object or array that starts at `pos` (one no pointer enters). */
function skipContainer(text: string, pos: number): number {
  const length = text.length
  let depth = 0
  while (pos < length) {
    const kind = CLASS[text.charCodeAt(pos)]
    if (kind === QUOTE) {
      pos = stringEnd(text, pos)
      continue
    }
    if (kind === OPEN) depth++
    else if (kind === CLOSE && --depth === 0) return pos + 1
    pos++
  }
  return pos
}

/** A member name; only names with escapes need the JSON parser. */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1)
  if (!raw.includes('\\')) return raw
  try {
    return JSON.parse(text.slice(start, end)) as string
  } catch {
    return raw // text that is not JSON: its pointers fall back to their ancestors' lines
  }
}
