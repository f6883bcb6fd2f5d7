// Pointer → line, in one pass over the text as written, whatever its layout.
import { describe, expect, it } from 'vitest'
import { resolveLines } from '../../src/flows/lines.js'

describe('resolveLines', () => {
  it('gives an object member the line of its key, and an array element the line of its value', () => {
    const text = ['{', '  "a": {', '    "list": [', '      "x",', '      {"id": "y"}', '    ]', '  }', '}'].join('\n')
    expect(resolveLines(text, [['a'], ['a', 'list'], ['a', 'list', 0], ['a', 'list', 1], ['a', 'list', 1, 'id']])).toEqual([2, 3, 4, 5, 5])
  })

  it('uses the key line when the value starts on a later line', () => {
    const text = '{\n  "nextAction"\n  :\n  "abc"\n}'
    expect(resolveLines(text, [['nextAction']])).toEqual([2])
  })

  it('reads minified text as one line', () => {
    expect(resolveLines('{"a":[1,{"b":true}],"c":null}', [['a', 1, 'b'], ['c']])).toEqual([1, 1])
  })

  it('falls back to the deepest ancestor found, and to line 1 for nothing found', () => {
    const text = '{\n  "items": [\n    {\n      "id": "a"\n    }\n  ]\n}'
    expect(resolveLines(text, [['items', 0, 'startAction'], ['items', 5, 'id'], ['nothing']])).toEqual([3, 2, 1])
  })

  it('is not misled by brackets, quotes and escapes inside strings, or by escaped keys', () => {
    const text = [
      '{',
      '  "skip": {"text": "} ] { [ \\" \\\\", "more": ["]"]},',
      '  "we\\"ird": "v",',
      '  "after": "w"',
      '}',
    ].join('\n')
    expect(resolveLines(text, [['we"ird'], ['after']])).toEqual([3, 4])
  })

  it('counts lines inside skipped subtrees', () => {
    const text = '{\n  "big": {\n    "a": [\n      1,\n      2\n    ]\n  },\n  "target": 1\n}'
    expect(resolveLines(text, [['target']])).toEqual([8])
  })

  it('counts CRLF line ends like LF', () => {
    expect(resolveLines('{\r\n  "a": 1,\r\n  "b": 2\r\n}', [['b']])).toEqual([3])
  })

  it('counts a lone carriage return as a line end, as editors do', () => {
    expect(resolveLines('{\r  "a": 1,\r  "b": 2\r}', [['b']])).toEqual([3])
  })

  it('resolves many pointers of one file together', () => {
    const list = Array.from({ length: 10_000 }, (_, index) => ({ id: `n${index}`, nextAction: `n${index + 1}` }))
    const text = JSON.stringify({ actionList: list }, null, 2)
    const lines = resolveLines(text, list.map((_, index) => ['actionList', index, 'nextAction']))
    const textLines = text.split('\n')
    lines.forEach((line, index) => expect(textLines[line - 1]).toContain(`"nextAction": "n${index + 1}"`))
  })

  it('survives nesting far deeper than the call stack', () => {
    const depth = 200_000
    const text = `${'['.repeat(depth)}\n1${']'.repeat(depth)}`
    expect(resolveLines(text, [Array.from({ length: depth }, () => 0)])).toEqual([2])
  })

  it('does not fail on text that is not JSON', () => {
    expect(resolveLines('{"a": \n "unterminated', [['a'], ['b']])).toEqual([1, 1])
  })
})
