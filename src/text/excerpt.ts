// The one place that decides how much of a value taken from a flow file, a routing file or a service message may
// reach a person: an annotation, a log line, a summary cell, a report string. Such values are written by whoever
// edits the flow (in a pull request, an attacker), so a 50 MB name must not become a 50 MB line, and a control
// character must not rewrite the log (ESC sequences) or split a line (U+2028, U+0085, NUL).

/** Characters of one value that a message shows at most, when the caller names no other bound. */
export const EXCERPT_CHARS = 120

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Control characters as visible escapes (`\u001b`, `\n`), everything else unchanged. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * At most `maxChars` characters of `text`, control characters escaped; a longer value is cut with `…` and says
 * its length, so a reader knows something was left out. Cuts before looking at the rest: the cost does not grow
 * with the value's length, and no surrogate pair is split.
 */
export function excerpt(text: string, maxChars: number = EXCERPT_CHARS): string {
  if (text.length <= maxChars) {
    const shown = escapeControls(text)
    if (shown.length <= maxChars) return shown
  }
  let end = Math.max(0, maxChars - 1)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  let head = escapeControls(text.slice(0, end))
  if (head.length > end) head = head.slice(0, end).replace(/\\(u[0-9a-f]{0,3}|)$/, '')
  return `${head}… (${text.length.toLocaleString('en-US')} characters)`
}

/**
 * A window of about `maxChars` characters around `at` (say, the first difference between two versions of a long
 * prompt), with `…` where text was left out on either side, control characters escaped.
 */
export function excerptAround(text: string, at: number, maxChars: number = EXCERPT_CHARS): string {
  if (text.length <= maxChars) return escapeControls(text)
  const before = Math.floor(maxChars / 3)
  let start = Math.max(0, Math.min(at - before, text.length - maxChars))
  let end = Math.min(text.length, start + maxChars)
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start += 1
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end -= 1
  return `${start > 0 ? '…' : ''}${escapeControls(text.slice(start, end))}${end < text.length ? '…' : ''}`
}

/** Where two texts first differ (the shorter one's length when one is the start of the other). */
export function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index += 1) if (a.charCodeAt(index) !== b.charCodeAt(index)) return index
  return length
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
