// The git half of the first-run check: a checkout the snapshot can be committed in, an origin, a push
// that origin would take (asked with --dry-run, so nothing is sent), and in pull-request mode a token
// that reaches the repository's pull requests. Nothing is written to the working tree.
import { access, constants } from 'node:fs/promises'
import type { Settings } from '../settings/types.js'
import { targetBranch } from '../git/commit.js'
import { createGit, type Git } from '../git/git.js'
import { createGitHubApi } from '../git/github.js'
import { errorMessage } from '../errors.js'
import { fail, notChecked, pass, type CheckLine } from './types.js'

const CHECKOUT = 'A writable git checkout'
const ORIGIN = 'A remote to push to (origin)'
const PUSH = 'Push permission (git push --dry-run)'
const PULL_REQUESTS = 'Pull requests (github-token)'

export async function checkGitSide(settings: Settings, env: NodeJS.ProcessEnv): Promise<CheckLine[]> {
  const wantsPush = settings.mode !== 'export' && settings.git.push
  const notCheckedAfter = (needs: string): CheckLine[] =>
    [ORIGIN, PUSH, ...(settings.git.pullRequest ? [PULL_REQUESTS] : [])].map((name) => notChecked(name, needs))
  let git: Git
  try {
    git = await createGit(settings.workspace)
    await access(git.workspace, constants.W_OK)
  } catch (error) {
    return [fail(CHECKOUT, errorMessage(error)), ...notCheckedAfter('a checkout')]
  }
  const lines = [pass(CHECKOUT, `${git.workspace} is a git working tree.`)]
  if (!wantsPush) return [...lines, ...notCheckedAfter('push: true')]

  const origin = await git.originUrl()
  if (origin === null) {
    lines.push(fail(ORIGIN, "The checkout has no remote 'origin'. Check the repository out with actions/checkout, or set 'push: false'."))
    return [...lines, notChecked(PUSH, 'origin'), ...(await checkPullRequests(settings, env))]
  }
  lines.push(pass(ORIGIN, `origin is ${origin}.`))
  try {
    const branch = settings.git.pullRequest ? settings.git.pullRequestBranch : await targetBranch(git, env)
    await git.push(branch, { dryRun: true, force: settings.git.pullRequest })
    lines.push(pass(PUSH, `origin would take a push to '${branch}'.`))
  } catch (error) {
    lines.push(fail(PUSH, errorMessage(error)))
  }
  return [...lines, ...(await checkPullRequests(settings, env))]
}

/** The token can read the repository's pull requests; creating one also needs the repository setting named in the fix. */
async function checkPullRequests(settings: Settings, env: NodeJS.ProcessEnv): Promise<CheckLine[]> {
  if (!settings.git.pullRequest) return []
  try {
    const github = createGitHubApi({ token: settings.git.githubToken, env })
    await github.findOpenPullRequest(settings.git.pullRequestBranch, settings.git.pullRequestBranch)
    const also = "Opening one also needs 'permissions: pull-requests: write' and the repository setting 'Allow GitHub Actions to create and approve pull requests'."
    return [pass(PULL_REQUESTS, `The token reaches ${github.owner}/${github.repo}'s pull requests. ${also}`)]
  } catch (error) {
    return [fail(PULL_REQUESTS, `${errorMessage(error)} Give the workflow 'permissions: pull-requests: write' and keep github-token at its default, or pass a token that can open pull requests.`)]
  }
}
