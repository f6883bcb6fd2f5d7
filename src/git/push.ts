// Pushing the snapshot commit when other runs may push to the same branch at the same moment:
// when the branch moved, fetch, replay this run's change onto the new tip, commit again, and retry,
// a bounded number of times with growing pauses (with jitter, so racing runs spread out).
// The replay is not `git rebase`: the change is re-applied file by file from the commit itself, so it
// needs no common history (works in a shallow clone without --deepen), never stops for an editor, and
// resolves every overlap the same way: this run's flow files win, manifests merge by flow id.
import type { GitResult } from '../model.js'
import type { GitSettings } from '../settings/types.js'
import { backoffMs } from '../http/retry.js'
import { MANIFEST_FILE } from '../snapshot/layout.js'
import { mergeManifests } from '../snapshot/merge.js'
import { manifestJson } from '../snapshot/plan.js'
import { applySnapshot } from '../snapshot/write.js'
import { EMPTY_TREE, manifestAt, PushRaceError, type Change, type Git } from './git.js'
import type { GitHubApi } from './github.js'
import { landSigned, SIGNED_AUTHOR_NOTE } from './signed.js'

export interface RaceOptions {
  readonly attempts: number
  readonly sleep: (ms: number) => Promise<void>
  /** First pause in milliseconds; doubled on every further attempt. */
  readonly backoffMs: number
}

export interface LandedCommit {
  /** The sha that is now on the branch, or '' when another run had already pushed the same change. */
  readonly sha: string
  readonly changes: readonly Change[]
  readonly notes: string[]
}

export interface CommitRequest {
  readonly outputDir: string
  readonly author: Pick<GitSettings, 'authorName' | 'authorEmail'>
  /** Builds the message from the staged changes, which may differ after a replay. */
  readonly message: (changes: readonly Change[]) => string
}

/**
 * Brings HEAD's snapshot commit onto `upstream` (the new tip of the branch on the remote) when the branch moved:
 * moves HEAD there, stages this run's change on top of it and commits again. Returns the new commit, or sha ''
 * when nothing of this run's change was left to commit. Flow files the other side had changed differently are
 * named in a note (this run's are kept).
 */
async function rebuildOn(git: Git, request: CommitRequest, upstream: string): Promise<LandedCommit> {
  const { outputDir } = request
  const ours = (await git.resolve('HEAD')) as string
  const base = (await git.resolve(`${ours}^`)) ?? EMPTY_TREE
  const manifestPath = `${outputDir}/${MANIFEST_FILE}`
  const ourChanges = (await git.diff(base, ours, outputDir)).filter((c) => c.path !== manifestPath)
  const theirChanges = new Set((await git.diff(base, upstream, outputDir)).map((c) => c.path))

  const overwritten: string[] = []
  for (const change of ourChanges) {
    if (!theirChanges.has(change.path)) continue
    const [mine, theirs] = await Promise.all([git.resolve(`${ours}:${change.path}`), git.resolve(`${upstream}:${change.path}`)])
    if (mine !== theirs) overwritten.push(change.path)
  }

  const manifestOf = (revision: string) => manifestAt(git, revision, manifestPath)
  const merge = mergeManifests(...(await Promise.all([manifestOf(base), manifestOf(ours), manifestOf(upstream)])))

  await git.moveTo(upstream).catch((error: Error) => {
    throw new Error(
      `Another run pushed to the branch meanwhile, and this checkout cannot follow it because files the remote changed have local, uncommitted edits (${error.message}). ` +
        'Commit or discard changes outside output-dir before this step, or run the snapshot in a job of its own.',
    )
  })
  await git.checkoutPaths(ours, ourChanges.filter((c) => c.status !== 'D').map((c) => c.path))
  await git.remove(ourChanges.filter((c) => c.status === 'D').map((c) => c.path))
  const manifest = { writes: [{ path: MANIFEST_FILE, content: manifestJson(merge.manifest) }], deletes: merge.stalePaths }
  await applySnapshot(git.workspace, outputDir, { ...manifest, manifest: merge.manifest, unwritable: [] })
  await git.stage(outputDir)
  overwritten.push(...merge.stalePaths.map((p) => `${outputDir}/${p}`))
  const kept = `Another run changed ${overwritten.sort().join(', ')} meanwhile; this run's newer export was kept.`
  const notes = overwritten.length > 0 ? [kept] : []
  const changes = await git.stagedChanges(outputDir)
  if (changes.length === 0) {
    return { sha: '', changes, notes: [...notes, 'Another run had already pushed the same snapshot; nothing was left to commit.'] }
  }
  const sha = await git.commit(request.message(changes), request.author)
  return { sha, changes, notes }
}

/**
 * Puts HEAD on `branch`, replaying and retrying while other runs move it: by a git push, or with `api` (sign-commits)
 * as a signed copy made through the GitHub API, which can only add to a branch that exists.
 */
export async function pushWithRetry(
  git: Git,
  request: CommitRequest,
  branch: string,
  first: LandedCommit,
  race: RaceOptions,
  api?: GitHubApi,
): Promise<LandedCommit> {
  let landed = first
  const notes = api ? [...first.notes, SIGNED_AUTHOR_NOTE] : [...first.notes]
  for (let attempt = 1; ; attempt++) {
    if (api || attempt > 1) {
      const upstream = await git.fetchBranch(branch)
      if (upstream === null && api) {
        throw new Error(`The branch '${branch}' does not exist on origin; sign-commits can only add to an existing branch. Push it once, or set sign-commits: false.`)
      }
      if (upstream !== null && (await git.resolve('HEAD^')) !== upstream) {
        landed = await rebuildOn(git, request, upstream)
        notes.push(...landed.notes)
        if (landed.sha === '') return { ...landed, notes }
      }
    }
    const sha = await (api ? landSigned(git, api, request, branch, landed.changes, false) : pushed(git, branch, landed.sha))
    if (sha !== null) return { sha, changes: landed.changes, notes }
    if (attempt >= race.attempts) {
      throw new Error(
        api
          ? `Updating '${branch}' through the GitHub API was still refused after ${attempt} attempts because other pushes kept moving it. Run the workflow again.`
          : `The push to '${branch}' was still rejected after ${attempt} attempts because other pushes kept moving the branch. Run the workflow again, or give concurrent runs a 'concurrency' group.`,
      )
    }
    await race.sleep(backoffMs(attempt - 1, Math.random, race.backoffMs))
  }
}

/** `sha` once pushed; null when the push lost a race. */
async function pushed(git: Git, branch: string, sha: string): Promise<string | null> {
  return git.push(branch).then(() => sha, (error: unknown) => {
    if (error instanceof PushRaceError) return null
    throw error
  })
}

/** The GitResult of a commit that landed (or did not), in the contract's terms; a rename lists its new path. */
export function gitResult(landed: LandedCommit, pushed: boolean): GitResult {
  const changed = landed.sha !== ''
  const filesChanged = changed ? landed.changes.map((change) => change.path).sort() : []
  return { changed, commitSha: landed.sha, filesChanged, pushed, notes: [...landed.notes] }
}
