// Replays this run's snapshot commit onto a branch tip that moved meanwhile (another run pushed).
// Not `git rebase`: the change is re-applied file by file from the commit itself, so it needs no
// common history (works in a shallow clone without --deepen), never stops for an editor, and
// resolves every overlap the same way: this run's flow files win, manifests merge by flow id.
import type { Manifest } from '../model.js'
import { MANIFEST_FILE } from '../snapshot/layout.js'
import { parseManifest } from '../snapshot/manifest.js'
import { mergeManifests, type ManifestMerge } from '../snapshot/merge.js'
import { manifestJson } from '../snapshot/plan.js'
import { applySnapshot } from '../snapshot/write.js'
import type { Git } from './git.js'

/** The tree of no files, for a first commit that has no parent. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

export interface ReplayInput {
  readonly outputDir: string
  /** This run's commit. */
  readonly ours: string
  /** Its parent (or EMPTY_TREE). */
  readonly base: string
  /** The new tip of the branch on the remote. */
  readonly upstream: string
}

/**
 * Moves HEAD to `upstream` and stages this run's change on top of it. Returns the flow files that
 * the other side had changed differently (resolved in favour of this run).
 */
export async function replayOnto(git: Git, input: ReplayInput): Promise<{ overwritten: string[] }> {
  const { outputDir, ours, base, upstream } = input
  const manifestPath = `${outputDir}/${MANIFEST_FILE}`
  const ourChanges = (await git.diff(base, ours, outputDir)).filter((c) => c.path !== manifestPath)
  const theirChanges = new Set((await git.diff(base, upstream, outputDir)).map((c) => c.path))

  const overwritten: string[] = []
  for (const change of ourChanges) {
    if (!theirChanges.has(change.path)) continue
    const [mine, theirs] = await Promise.all([git.resolve(`${ours}:${change.path}`), git.resolve(`${upstream}:${change.path}`)])
    if (mine !== theirs) overwritten.push(change.path)
  }

  const merge = mergeManifests(
    await manifestAt(git, base, manifestPath),
    await manifestAt(git, ours, manifestPath),
    await manifestAt(git, upstream, manifestPath),
  )

  await git.moveTo(upstream).catch((error: Error) => {
    throw new Error(
      `Another run pushed to the branch meanwhile, and this checkout cannot follow it because files the remote changed have local, uncommitted edits (${error.message}). ` +
        'Commit or discard changes outside output-dir before this step, or run the snapshot in a job of its own.',
    )
  })
  await git.checkoutPaths(ours, ourChanges.filter((c) => c.status !== 'D').map((c) => c.path))
  await git.remove(ourChanges.filter((c) => c.status === 'D').map((c) => c.path))
  await writeMergedManifest(git.workspace, outputDir, merge)
  await git.stage(outputDir)
  return { overwritten: [...overwritten, ...merge.stalePaths.map((p) => `${outputDir}/${p}`)].sort() }
}

/** The manifest at `path` in `revision`; null when there is none (or the revision is the empty tree). */
export async function manifestAt(git: Git, revision: string, path: string): Promise<Manifest | null> {
  if (revision === EMPTY_TREE) return null
  const text = await git.show(revision, path)
  return text === null ? null : parseManifest(text, `${path} at ${revision.slice(0, 12)}`)
}

async function writeMergedManifest(workspace: string, outputDir: string, merge: ManifestMerge): Promise<void> {
  await applySnapshot(workspace, outputDir, {
    writes: [{ path: MANIFEST_FILE, content: manifestJson(merge.manifest) }],
    deletes: merge.stalePaths,
    manifest: merge.manifest,
    unwritable: [],
  })
}
