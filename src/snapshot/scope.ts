// Whether a flow of the previous snapshot was inside this run's selection, so that its absence
// from the org listing means it is gone (and its file may go) rather than merely not selected.
import picomatch from 'picomatch'
import type { ManifestEntry, SelectionScope } from '../model.js'

/**
 * Name patterns as the contract reads `flow-names`: a flow is selected when it matches at least one
 * pattern without `!` (or there is none) and no pattern with `!`. Names are free text and may hold
 * `/`, so `*` matches across `/` (bash mode) and dots are ordinary characters.
 */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const options = { bash: true, dot: true }
  const includes = patterns.filter((p) => !p.startsWith('!')).map((p) => picomatch(p, options))
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => picomatch(p.slice(1), options))
  return (name) => (includes.length === 0 || includes.some((m) => m(name))) && !excludes.some((m) => m(name))
}

/** True when the flow was selected this run, was not listed, and did not merely fail to export. */
export function isGoneFromSelection(
  entry: ManifestEntry,
  scope: SelectionScope,
  failedIds: ReadonlySet<string>,
  matchesNames: (name: string) => boolean,
): boolean {
  return (
    (scope.listedTypes as readonly string[]).includes(entry.type) &&
    matchesNames(entry.name) &&
    !scope.listedIds.has(entry.id) &&
    !failedIds.has(entry.id)
  )
}
