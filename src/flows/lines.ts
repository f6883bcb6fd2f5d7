// Resolves JSON pointers to 1-based line numbers in ONE pass over a file's text, whatever its layout.
// A trie of the wanted pointers steers the scan: subtrees no pointer enters are skipped by bracket
// matching, so the cost is one linear scan however many findings a file has. No recursion: the
// container stack is explicit, so nesting depth cannot overflow the call stack.
import type { Pointer } from './json.js'

interface TrieNode {
  children: Map<string, TrieNode> | undefined
  /** Indices of the pointers that end here. */
  ends: number[] | undefined
}

interface Frame {
  readonly node: TrieNode | undefined
  readonly isArray: boolean
  index: number
  /** In an object: true until the next member's key has been read. */
  expectingKey: boolean
  key: string
  keyLine: number
}

const QUOTE = 34
const BACKSLASH = 92
const NEWLINE = 10
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const COMMA = 44
const COLON = 58

/**
 * The line of each pointer: of its key for an object member, of its value for an array element.
 * A pointer that is not in the text gets the line of its deepest ancestor that is (1 for none).
 */
export function resolveLines(text: string, pointers: readonly Pointer[]): number[] {
  const lines = new Array<number>(pointers.length).fill(1)
  const root = buildTrie(pointers)
  if (root.ends) for (const at of root.ends) lines[at] = 1
  const frames: Frame[] = []
  let line = 1
  let pos = 0
  const length = text.length

  // The trie node for the value about to start, recording the lines of pointers that end (or pass) there.
  const enterValue = (): TrieNode | undefined => {
    const frame = frames[frames.length - 1]
    if (frame === undefined || frame.node?.children === undefined) return undefined
    const key = frame.isArray ? String(frame.index) : frame.key
    const child = frame.node.children.get(key)
    if (child === undefined) return undefined
    const at = frame.isArray ? line : frame.keyLine
    markSubtree(child, at, lines)
    return child
  }

  while (pos < length) {
    const code = text.charCodeAt(pos)
    if (code === NEWLINE) {
      line++
      pos++
    } else if (code === QUOTE) {
      const frame = frames[frames.length - 1]
      const end = stringEnd(text, pos)
      if (frame !== undefined && frame.expectingKey) {
        frame.key = keyText(text, pos, end)
        frame.keyLine = line
        frame.expectingKey = false
      } else {
        enterValue()
      }
      pos = end
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const node = enterValue()
      if (node?.children === undefined && frames.length > 0) {
        ;[pos, line] = skipContainer(text, pos, line)
        continue
      }
      frames.push({ node: frames.length === 0 ? root : node, isArray: code === OPEN_BRACKET, index: 0, expectingKey: code === OPEN_BRACE, key: '', keyLine: line })
      pos++
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      frames.pop()
      pos++
    } else if (code === COMMA) {
      const frame = frames[frames.length - 1]
      if (frame !== undefined) {
        if (frame.isArray) frame.index++
        else frame.expectingKey = true
      }
      pos++
    } else if (code === COLON || code <= 32) {
      pos++
    } else {
      // A literal (number, true, false, null): note its pointer, then step over it.
      enterValue()
      pos++
      while (pos < length && !isDelimiter(text.charCodeAt(pos))) pos++
    }
  }
  return lines
}

function buildTrie(pointers: readonly Pointer[]): TrieNode {
  const root: TrieNode = { children: undefined, ends: undefined }
  pointers.forEach((pointer, at) => {
    let node = root
    for (const segment of pointer) {
      node.children ??= new Map()
      const key = String(segment)
      let child = node.children.get(key)
      if (child === undefined) {
        child = { children: undefined, ends: undefined }
        node.children.set(key, child)
      }
      node = child
    }
    ;(node.ends ??= []).push(at)
  })
  return root
}

/** Pointers ending at `node` get `line`; pointers passing through it get it as their best ancestor line. */
function markSubtree(node: TrieNode, line: number, lines: number[]): void {
  if (node.ends) for (const at of node.ends) lines[at] = line
  if (node.children === undefined) return
  const pending: TrieNode[] = [...node.children.values()]
  while (pending.length > 0) {
    const next = pending.pop()!
    if (next.ends) for (const at of next.ends) lines[at] = line
    if (next.children) for (const child of next.children.values()) pending.push(child)
  }
}

/** Position just after the string that starts at `pos`. */
function stringEnd(text: string, pos: number): number {
  let at = pos + 1
  for (;;) {
    const close = text.indexOf('"', at)
    if (close === -1) return text.length
    let backslashes = 0
    for (let back = close - 1; back > pos && text.charCodeAt(back) === BACKSLASH; back--) backslashes++
    if (backslashes % 2 === 0) return close + 1
    at = close + 1
  }
}

/** Skips a whole object or array no pointer enters, counting its lines. */
function skipContainer(text: string, pos: number, line: number): [number, number] {
  let depth = 0
  const length = text.length
  while (pos < length) {
    const code = text.charCodeAt(pos)
    if (code === QUOTE) {
      pos = stringEnd(text, pos)
      continue
    }
    if (code === NEWLINE) line++
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--
      if (depth === 0) return [pos + 1, line]
    }
    pos++
  }
  return [pos, line]
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

function isDelimiter(code: number): boolean {
  return code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code <= 32 || code === COLON
}
