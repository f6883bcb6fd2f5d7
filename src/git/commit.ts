// Turning the files written under output-dir into a commit on the remote: staged, committed with
// the configured author, and delivered by a plain push, a pull request, or a signed API commit.
import type { GitResult } from '../model.js'
import type { GitSettings } from '../settings/types.js'
import { MANIFEST_FILE } from '../snapshot/layout.js'
import type { Git } from './git.js'
import { createGitHubApi, type GitHubApi } from './github.js'
import { deliverPullRequest } from './pull-request.js'
import { gitResult, pushWithRetry, type CommitRequest, type RaceOptions } from './push.js'
import { addSecret } from '../text/redact.js'
import { REAL_CLOCK } from '../http/retry.js'

/** The git settings of the run (`commitMessage` is the template: `{changed}` is known once staged), and: */
export interface CommitInput extends GitSettings {
  readonly outputDir: string
  /** Flows exported this run, for `{exported}`. */
  readonly exported: number
  /** `{date}`; defaults to today in UTC (`YYYY-MM-DD`: no time of day, so reruns on one day read the same). */
  readonly date?: string
  /** GITHUB_REF, GITHUB_HEAD_REF, GITHUB_REPOSITORY, GITHUB_API_URL; defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv
  /** The GitHub API to use instead of one built from the token and env (tests, GHES proxies). */
  readonly github?: GitHubApi
  readonly race?: Partial<RaceOptions>
  /**
   * What changed, awaited once the files are staged (the run works it out meanwhile): `body` goes under the
   * message's subject, one line per changed flow (report/changes.ts); `pullRequest` gives the review for the pull
   * request body in at most `maxChars` characters (what the file list leaves).
   */
  readonly review?: Promise<{ readonly body: string; readonly pullRequest: (maxChars: number) => string }>
}

/** Stages output-dir; commits when something changed; pushes, opens a pull request or signs as configured. */
export async function commitSnapshot(git: Git, input: CommitInput): Promise<GitResult> {
  if (input.githubToken) addSecret(input.githubToken)
  const env = input.env ?? process.env
  const date = input.date ?? utcDate()
  const race: RaceOptions = { attempts: 5, backoffMs: 1000, sleep: REAL_CLOCK.sleep, ...input.race }

  await git.stage(input.outputDir)
  const staged = await git.stagedChanges(input.outputDir)
  if (staged.length === 0) return { changed: false, commitSha: '', filesChanged: [], pushed: false, notes: [] }
  const review = await input.review
  const request: CommitRequest = {
    outputDir: input.outputDir,
    // The author's two fields alone: the input also holds the token.
    author: { authorName: input.authorName, authorEmail: input.authorEmail },
    message: (changes) => {
      // {changed} counts flow files: manifest.json is not one.
      const changed = changes.filter((change) => change.path !== `${input.outputDir}/${MANIFEST_FILE}`).length
      const subject = fillCommitMessage(input.commitMessage, { changed, exported: input.exported, date })
      return review?.body ? `${subject.trimEnd()}\n\n${review.body}` : subject
    },
  }

  const branch = input.push ? await targetBranch(git, env) : ''
  // Built only when a mode needs it, and once: a plain push must work without any token.
  let api = input.github
  const github = () => (api ??= createGitHubApi({ token: input.githubToken, env }))
  // A missing token or repository must stop the run before anything is committed.
  if (input.push && (input.pullRequest || input.signCommits)) github()

  if (input.pullRequest) return deliverPullRequest(git, input, request, staged, branch, github, review?.pullRequest)

  const sha = await git.commit(request.message(staged), request.author)
  if (!input.push) {
    const notes = input.signCommits ? ['sign-commits needs push: true; the commit was made locally with git.'] : []
    return gitResult({ sha, changes: staged, notes }, false)
  }
  const first = { sha, changes: staged, notes: [] }
  const landed = await pushWithRetry(git, request, branch, first, race, input.signCommits ? github() : undefined)
  return gitResult(landed, landed.sha !== '')
}

/**
 * The commit message template of the contract, every placeholder filled in: `{changed}`, the flow files the
 * commit changes (manifest.json not counted); `{exported}`, the flows exported this run; `{date}`. Unknown
 * `{words}` are left as they are so a typo shows in the log.
 */
export function fillCommitMessage(template: string, values: { changed: number; exported: number; date: string }): string {
  return template
    .replaceAll('{changed}', String(values.changed))
    .replaceAll('{exported}', String(values.exported))
    .replaceAll('{date}', values.date)
}

export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/**
 * The branch the snapshot goes to: the checked-out one. actions/checkout leaves a detached HEAD for
 * pull_request events and for `ref: <sha>`; then the event's branch: GITHUB_HEAD_REF (a pull request's head),
 * else GITHUB_REF when it is `refs/heads/<branch>` (a tag or pull ref names no branch).
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
