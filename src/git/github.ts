// The GitHub REST calls a snapshot needs (pull requests, and the git database for signed commits),
// behind one small interface so the rest of src/git/ never sees Octokit.
import { getOctokit } from '@actions/github'
import type { GitResult } from '../model.js'
import { redact } from '../text/redact.js'
import { errorMessage } from '../errors.js'

/** A file of a new tree: its UTF-8 text (GitHub creates the blob), or `sha: null` to delete the path. */
export type TreeEntry = { readonly path: string; readonly content?: string; readonly sha?: null }

export type PullRequestRef = NonNullable<GitResult['pullRequest']>

export interface GitHubApi {
  readonly owner: string
  readonly repo: string
  createTree(baseTree: string, entries: readonly TreeEntry[]): Promise<string>
  /** A commit with no author or committer given, so that GitHub signs it (verified); its sha. */
  createCommit(message: string, tree: string, parents: readonly string[]): Promise<string>
  /** Points `refs/heads/<branch>` at `sha` (creating it when missing); 'moved' when the branch moved and a fast-forward was required. */
  setBranch(branch: string, sha: string, force: boolean): Promise<'updated' | 'moved'>
  findOpenPullRequest(head: string, base: string): Promise<PullRequestRef | null>
  createPullRequest(input: { head: string; base: string; title: string; body: string }): Promise<PullRequestRef>
  updatePullRequest(number: number, input: { title: string; body: string }): Promise<PullRequestRef>
}

/** An Octokit-backed API for GITHUB_REPOSITORY at GITHUB_API_URL (GHES works), authenticated with `token`. */
export function createGitHubApi({ token, env }: { token: string; env: NodeJS.ProcessEnv }): GitHubApi {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set as 'owner/repo'; pull-request and sign-commits need it (it is set on every GitHub runner).")
  if (!token) throw new Error("Input 'github-token' is empty; pull-request and sign-commits need it. Keep the default '${{ github.token }}' or pass a token with contents: write.")
  const octokit = getOctokit(token, { baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') })
  const repository = { owner, repo }
  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      throw new Error(`GitHub API: ${what} failed: ${redact(errorMessage(error))}${hint(error)}`)
    }
  }

  return {
    owner,
    repo,
    async createTree(baseTree, entries) {
      // Flow files are plain files: never executable, never links.
      const tree = entries.map((entry) => ({ ...entry, mode: '100644' as const, type: 'blob' as const }))
      const { data } = await call('creating a tree', () => octokit.rest.git.createTree({ ...repository, base_tree: baseTree, tree }))
      return data.sha
    },
    async createCommit(message, tree, parents) {
      const { data } = await call('creating a commit', () => octokit.rest.git.createCommit({ ...repository, message, tree, parents: [...parents] }))
      return data.sha
    },
    async setBranch(branch, sha, force) {
      try {
        await octokit.rest.git.updateRef({ ...repository, ref: `heads/${branch}`, sha, force })
        return 'updated'
      } catch (error) {
        const text = errorMessage(error)
        if (status(error) === 422 && /not a fast.?forward/i.test(text)) return 'moved'
        if (status(error) === 422 && /does not exist/i.test(text)) {
          await call(`creating branch '${branch}'`, () => octokit.rest.git.createRef({ ...repository, ref: `refs/heads/${branch}`, sha }))
          return 'updated'
        }
        throw new Error(`GitHub API: updating branch '${branch}' failed: ${redact(text)}${hint(error)}`)
      }
    },
    async findOpenPullRequest(head, base) {
      const { data } = await call('listing pull requests', () => octokit.rest.pulls.list({ ...repository, state: 'open', head: `${owner}:${head}`, base }))
      return data.length > 0 ? { number: data[0].number, url: data[0].html_url } : null
    },
    async createPullRequest(input) {
      const { data } = await call('opening a pull request', () => octokit.rest.pulls.create({ ...repository, ...input }))
      return { number: data.number, url: data.html_url }
    },
    async updatePullRequest(number, input) {
      const { data } = await call(`updating pull request #${number}`, () => octokit.rest.pulls.update({ ...repository, pull_number: number, ...input }))
      return { number: data.number, url: data.html_url }
    },
  }
}

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status
}

const HINTS: Readonly<Record<number, string>> = {
  401: ". The token was not accepted: check 'github-token'.",
  403: ". Give the workflow 'permissions: contents: write' (and 'pull-requests: write' for pull-request: true).",
  404: '. The repository or branch was not found with this token: check GITHUB_REPOSITORY and the token\'s access.',
}

function hint(error: unknown): string {
  const code = status(error) ?? 0
  if (code === 403 && /pull request/i.test(errorMessage(error))) {
    return ". Give the workflow 'permissions: pull-requests: write' and allow GitHub Actions to create pull requests (repository Settings → Actions → General)."
  }
  return HINTS[code] ?? ''
}
