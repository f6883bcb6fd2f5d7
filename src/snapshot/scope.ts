// Whether a flow of the previous snapshot was inside this run's selection, so that its absence
// from the org listing means it is gone (and its file may go) rather than merely not selected.
import type { ManifestEntry, SelectionScope } from '../model.js'

// The very matcher the selection used: a file may only be deleted for a flow that `flow-names`
// selected, so both must read the patterns the same way (literal parentheses, `*` across `/`).
export { nameMatcher } from '../export/selection.js'

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
