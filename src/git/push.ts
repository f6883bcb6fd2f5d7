// Pushing the snapshot commit when other runs may push to the same branch at the same moment:
// on a rejected push, fetch, replay this run's change onto the new tip, commit again, and retry,
// a bounded number of times with growing pauses (with jitter, so racing runs spread out).
import type { GitResult } from '../model.js'
import { backoffMs } from '../http/retry.js'
import { PushError, type Change, type Git, type Identity } from './git.js'
import { EMPTY_TREE, replayOnto } from './replay.js'

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
  readonly identity: Identity
  /** Builds the message from the staged changes, which may differ after a replay. */
  readonly message: (changes: readonly Change[]) => string
}

/**
 * Brings HEAD's snapshot commit onto `upstream` when the branch moved: replay, then commit again.
 * Returns the new commit, or sha '' when nothing of this run's change was left to commit.
 */
export async function rebuildOn(git: Git, request: CommitRequest, upstream: string): Promise<LandedCommit> {
  const ours = (await git.resolve('HEAD')) as string
  const base = (await git.resolve(`${ours}^`)) ?? EMPTY_TREE
  const { overwritten } = await replayOnto(git, { outputDir: request.outputDir, ours, base, upstream })
  const notes =
    overwritten.length > 0
      ? [`Another run changed ${overwritten.join(', ')} meanwhile; this run's newer export was kept.`]
      : []
  const changes = await git.stagedChanges(request.outputDir)
  if (changes.length === 0) {
    return { sha: '', changes, notes: [...notes, 'Another run had already pushed the same snapshot; nothing was left to commit.'] }
  }
  const sha = await git.commit(request.message(changes), request.identity)
  return { sha, changes, notes }
}

/** Pushes HEAD to `branch`, replaying and retrying on races. */
export async function pushWithRetry(git: Git, request: CommitRequest, branch: string, first: LandedCommit, options: RaceOptions): Promise<LandedCommit> {
  let landed = first
  const notes = [...first.notes]
  for (let attempt = 1; ; attempt++) {
    try {
      await git.push(branch)
      return { ...landed, notes }
    } catch (error) {
      if (!(error instanceof PushError) || error.kind !== 'race') throw error
      if (attempt >= options.attempts) {
        throw new Error(
          `The push to '${branch}' was still rejected after ${attempt} attempts because other pushes kept moving the branch. Run the workflow again, or give concurrent runs a 'concurrency' group.`,
        )
      }
    }
    await options.sleep(pauseBefore(attempt, options))
    const upstream = await git.fetchBranch(branch)
    if (upstream === null) continue
    landed = await rebuildOn(git, request, upstream)
    notes.push(...landed.notes)
    if (landed.sha === '') return { ...landed, notes }
  }
}

/** The pause after failed attempt `attempt` (1, 2, …): the one backoff of http/retry.ts, from `backoffMs`. */
export function pauseBefore(attempt: number, race: RaceOptions): number {
  return backoffMs(attempt - 1, Math.random, race.backoffMs)
}

/** The GitResult of a commit that landed (or did not), in the contract's terms; a rename lists its new path. */
export function gitResult(landed: LandedCommit, pushed: boolean): GitResult {
  const changed = landed.sha !== ''
  const filesChanged = changed ? landed.changes.map((change) => change.path).sort() : []
  return { changed, commitSha: landed.sha, filesChanged, pushed, notes: [...landed.notes] }
}
