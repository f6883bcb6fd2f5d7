// Reading `flow-names`: which flow names a list of include and `!` exclude globs selects. The
// selection (export/selection.ts) and the snapshot plan's deletions (snapshot/plan.ts) must read the
// patterns the same way, so both use this one matcher.
import picomatch from 'picomatch'

/** Include patterns select (all names when there are none); `!` patterns then exclude. */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const includes = patterns.filter((pattern) => !pattern.startsWith('!')).map(asNameGlob)
  const excludes = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => asNameGlob(pattern.slice(1)))
  // `dot: true`: a flow name starting with "." is an ordinary name, not a hidden file.
  const included = includes.length === 0 ? () => true : picomatch(includes, { dot: true })
  const excluded = excludes.length === 0 ? () => false : picomatch(excludes, { dot: true })
  return (rawName) => {
    const name = rawName.replaceAll('/', SLASH_STAND_IN)
    return included(name) && !excluded(name)
  }
}

// A flow name is one string, not a path: "Sales*" must match "Sales / EMEA". Slashes are swapped for
// a look-alike in names and patterns alike, so globs treat them as ordinary characters.
const SLASH_STAND_IN = '\u2215'

/**
 * Flow names often hold parentheses ("Main IVR (old)"), which picomatch reads as a regex group, and
 * "*(old)*" as the extglob "any number of old". They are made literal unless they open one of the
 * extglobs no one types by accident: `@(a|b)`, `!(x)`, `+(x)`.
 */
function asNameGlob(pattern: string): string {
  let out = ''
  const groups: boolean[] = []
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!
    if (char === '\\') {
      out += char + (pattern[index + 1] ?? '')
      index++
    } else if (char === '(') {
      const extglob = index > 0 && '+@!'.includes(pattern[index - 1]!)
      groups.push(extglob)
      out += extglob ? '(' : '\\('
    } else if (char === ')') {
      const extglob = groups.pop() ?? false
      out += extglob ? ')' : '\\)'
    } else {
      out += char === '/' ? SLASH_STAND_IN : char
    }
  }
  return out
}
