// Which branch the snapshot goes to. actions/checkout leaves a branch checked out for push events,
// but a detached HEAD for pull_request events and for `ref: <sha>`; then the event names the branch.
import type { Git } from './git.js'

export interface BranchContext {
  /** GITHUB_HEAD_REF: the pull request's head branch (pull_request events only). */
  readonly headRef?: string
  /** GITHUB_REF: `refs/heads/<branch>` on branch events (a tag or pull ref does not name a branch). */
  readonly ref?: string
}

export function branchContextFromEnv(env: NodeJS.ProcessEnv): BranchContext {
  return { headRef: env.GITHUB_HEAD_REF, ref: env.GITHUB_REF }
}

/** The checked-out branch; on a detached HEAD the event's branch; otherwise an error saying what to do. */
export async function targetBranch(git: Git, context: BranchContext): Promise<string> {
  const current = await git.currentBranch()
  if (current) return current
  if (context.headRef) return context.headRef
  if (context.ref?.startsWith('refs/heads/')) return context.ref.slice('refs/heads/'.length)
  throw new Error(
    `HEAD is detached and the run is not on a branch (GITHUB_REF='${context.ref ?? ''}'), so there is no branch to push the snapshot to. ` +
      "Check out a branch (actions/checkout with 'ref: <branch>'), or set 'push: false'.",
  )
}
