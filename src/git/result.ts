// The GitResult of a commit that landed (or did not), in the contract's terms.
import type { GitResult } from '../model.js'
import type { Change } from './git.js'

export function result(landed: { sha: string; changes: readonly Change[]; notes: readonly string[] }, pushed: boolean, extraNotes: string[] = []): GitResult {
  const changed = landed.sha !== ''
  return {
    changed,
    commitSha: landed.sha,
    filesChanged: changed ? changedPaths(landed.changes) : [],
    pushed,
    notes: [...landed.notes, ...extraNotes],
  }
}

/** One path per change; a rename is listed by its new path. */
function changedPaths(changes: readonly Change[]): string[] {
  return changes.map((c) => c.path).sort()
}
