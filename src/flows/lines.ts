// Resolves JSON pointers to 1-based line numbers in ONE pass over a file's text, whatever its layout.
// jsonc-parser's scanner reads the tokens and counts the lines; a trie of the wanted pointers says which
// tokens to note. No recursion: the scanner is a loop and the container stack is explicit, so nesting
// depth cannot overflow the call stack, and text that is not JSON only leaves pointers unfound.
import { createScanner } from 'jsonc-parser'
import type { Pointer } from './json.js'

interface TrieNode {
  /** Array elements by number, object members by name. */
  children: Map<string | number, TrieNode> | undefined
  /** Line of this node (of its key for a member, its value for an element); 0 while not found. */
  line: number
}

interface Frame {
  readonly node: TrieNode | undefined
  index: number
  /** The member being read in an object; undefined in an array. */
  key: string | undefined
  expectingKey: boolean
}

// jsonc-parser's SyntaxKind values. Its typings declare them as a const enum, which isolated modules cannot read.
const OPEN_BRACE = 1
const CLOSE_BRACE = 2
const OPEN_BRACKET = 3
const CLOSE_BRACKET = 4
const COMMA = 5
const COLON = 6
const STRING = 10
const END_OF_TEXT = 17

/**
 * The line of each pointer: of its key for an object member, of its value for an array element.
 * A pointer that is not in the text gets the line of its deepest ancestor that is (1 for none).
 */
export function resolveLines(text: string, pointers: readonly Pointer[]): number[] {
  const root = buildTrie(pointers)
  root.line = 1
  const scanner = createScanner(text, true)
  const frames: Frame[] = []

  // The trie node of the value that starts at the current token; an element is noted as found there.
  const valueNode = (): TrieNode | undefined => {
    const frame = frames[frames.length - 1]
    if (frame === undefined) return root
    const child = frame.node?.children?.get(frame.key ?? frame.index)
    if (child !== undefined && frame.key === undefined) child.line = scanner.getTokenStartLine() + 1
    return child
  }

  for (let token = scanner.scan(); token !== END_OF_TEXT; token = scanner.scan()) {
    const frame = frames[frames.length - 1]
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      const isObject = token === OPEN_BRACE
      frames.push({ node: valueNode(), index: 0, key: isObject ? '' : undefined, expectingKey: isObject })
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      frames.pop()
    } else if (token === COMMA) {
      if (frame === undefined) continue
      frame.index++
      frame.expectingKey = frame.key !== undefined
    } else if (token === STRING && frame?.expectingKey === true) {
      frame.key = scanner.getTokenValue()
      frame.expectingKey = false
      const child = frame.node?.children?.get(frame.key)
      if (child !== undefined) child.line = scanner.getTokenStartLine() + 1
    } else if (token !== COLON) {
      valueNode()
    }
  }
  return pointers.map((pointer) => deepestLine(root, pointer))
}

function buildTrie(pointers: readonly Pointer[]): TrieNode {
  const root: TrieNode = { children: undefined, line: 0 }
  for (const pointer of pointers) {
    let node = root
    for (const segment of pointer) {
      node.children ??= new Map()
      let child = node.children.get(segment)
      if (child === undefined) {
        child = { children: undefined, line: 0 }
        node.children.set(segment, child)
      }
      node = child
    }
  }
  return root
}

function deepestLine(root: TrieNode, pointer: Pointer): number {
  let node: TrieNode | undefined = root
  let line = root.line
  for (const segment of pointer) {
    node = node.children?.get(segment)
    if (node === undefined || node.line === 0) break
    line = node.line
  }
  return line
}
