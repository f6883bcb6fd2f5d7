// Whether a flow of the previous snapshot was inside this run's selection, so that its absence
// from the org listing means it is gone (and its file may go) rather than merely not selected.
import type { ManifestEntry, SelectionScope } from '../model.js'

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
