// pull-request: true — the snapshot as one commit on `pull-request-branch`, reset to the current base
// on every run, force-pushed, and one pull request opened for it (or the open one updated).
import type { GitResult } from '../model.js'
import type { GitSettings } from '../settings/types.js'
import type { Change, Git } from './git.js'
import type { GitHubApi, PullRequestRef } from './github.js'
import { gitResult, type CommitRequest } from './push.js'
import { landSigned, SIGNED_AUTHOR_NOTE } from './signed.js'

const MAX_LISTED_FILES = 100
/** GitHub refuses a pull request body over 65,536 characters; a little is kept for the joins. */
const BODY_LIMIT = 65_536 - 64

/**
 * `base`: the branch the pull request merges into (the checked-out one); `review`: what changed, as Markdown of
 * at most `maxChars` characters, put above the file list.
 */
export async function deliverPullRequest(
  git: Git,
  settings: GitSettings,
  request: CommitRequest,
  staged: readonly Change[],
  base: string,
  github: () => GitHubApi,
  review?: (maxChars: number) => string,
): Promise<GitResult> {
  const prBranch = settings.pullRequestBranch
  if (base === prBranch) {
    throw new Error(`pull-request-branch '${prBranch}' is the branch being snapshotted; choose another pull-request-branch.`)
  }
  await git.switchToNewBranch(prBranch)
  const message = request.message(staged)
  let sha = await git.commit(message, request.author)
  if (!settings.push) {
    return gitResult({ sha, changes: staged, notes: ['push: false, so no pull request was opened.'] }, false)
  }

  const notes: string[] = []
  let pushed = true
  const remote = await git.fetchBranch(prBranch)
  if (remote !== null && (await sameSnapshot(git, remote, sha))) {
    await git.moveTo(remote)
    sha = remote
    pushed = false
    notes.push(`The branch '${prBranch}' already holds this snapshot on the same base; it was left as it is.`)
  } else if (settings.signCommits) {
    sha = (await landSigned(git, github(), request, prBranch, staged, true)) as string
    notes.push(SIGNED_AUTHOR_NOTE)
  } else {
    await git.push(prBranch, { force: true })
  }

  const pullRequest = await openOrUpdate(github(), prBranch, base, message, pullRequestBody(staged, review))
  return { ...gitResult({ sha, changes: staged, notes }, pushed), pullRequest }
}

async function sameSnapshot(git: Git, a: string, b: string): Promise<boolean> {
  const revisions = [`${a}^{tree}`, `${b}^{tree}`, `${a}^`, `${b}^`]
  const [treeA, treeB, parentA, parentB] = await Promise.all(revisions.map((revision) => git.resolve(revision)))
  return treeA === treeB && parentA === parentB
}

async function openOrUpdate(api: GitHubApi, head: string, base: string, message: string, body: string): Promise<PullRequestRef> {
  const title = message.split('\n')[0].trim() || 'Genesys Cloud flow snapshot'
  const open = await api.findOpenPullRequest(head, base)
  if (open) return api.updatePullRequest(open.number, { title, body })
  try {
    return await api.createPullRequest({ head, base, title, body })
  } catch (error) {
    // Another run opened it between our look and our create: use that one.
    const again = await api.findOpenPullRequest(head, base)
    if (again) return api.updatePullRequest(again.number, { title, body })
    throw error
  }
}

/** The intro, the review of what changed in the room the file list leaves, then the changed files. */
export function pullRequestBody(changes: readonly Change[], review?: (maxChars: number) => string): string {
  const intro = 'Snapshot of Genesys Cloud Architect flows, made by genesys-flow-snapshot.'
  const letter: Record<Change['status'], string> = { A: 'added', M: 'changed', D: 'deleted', R: 'renamed', T: 'changed', C: 'copied' }
  const lines = changes.slice(0, MAX_LISTED_FILES).map((c) => `- ${letter[c.status]}: \`${c.from ? `${c.from} → ` : ''}${c.path}\``)
  const more = changes.length > MAX_LISTED_FILES ? [`- … and ${changes.length - MAX_LISTED_FILES} more`] : []
  const files = [`${changes.length} files changed:`, ...lines, ...more].join('\n')
  const words = review?.(BODY_LIMIT - intro.length - files.length) ?? ''
  return [intro, words, files].filter((part) => part !== '').join('\n\n')
}
