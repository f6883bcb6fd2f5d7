// Which branch the snapshot goes to. actions/checkout leaves a branch checked out for push events,
// but a detached HEAD for pull_request events and for `ref: <sha>`; then the event names the branch.
import type { Git } from './git.js'

/**
 * The checked-out branch; on a detached HEAD the event's branch: GITHUB_HEAD_REF (a pull request's head, on
 * pull_request events), else GITHUB_REF when it is `refs/heads/<branch>` (a tag or pull ref names no branch).
 * Otherwise an error saying what to do.
 */
export async function targetBranch(git: Git, env: NodeJS.ProcessEnv): Promise<string> {
  const current = await git.currentBranch()
  if (current) return current
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF
  if (env.GITHUB_REF?.startsWith('refs/heads/')) return env.GITHUB_REF.slice('refs/heads/'.length)
  throw new Error(
    `HEAD is detached and the run is not on a branch (GITHUB_REF='${env.GITHUB_REF ?? ''}'), ` +
      'so there is no branch to push the snapshot to. ' +
      "Check out a branch (actions/checkout with 'ref: <branch>'), or set 'push: false'.",
  )
}
