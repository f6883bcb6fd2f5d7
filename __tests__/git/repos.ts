// Real repositories for git tests: a bare "origin" in a temp folder, seeded with one commit, and
// clones of it as the workspaces a runner would have after actions/checkout.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { ExportedFlow, GitResult, SelectionScope } from '../../src/model.js'
import { commitSnapshot, type CommitInput } from '../../src/git/commit.js'
import { createGit } from '../../src/git/git.js'
import { readManifest } from '../../src/snapshot/manifest.js'
import { planSnapshot } from '../../src/snapshot/plan.js'
import { applySnapshot } from '../../src/snapshot/write.js'

const exec = promisify(execFile)
const IDENTITY = ['-c', 'user.name=Test Setup', '-c', 'user.email=setup@example.com']
// Tests must not depend on, or be broken by, the machine's git environment.
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')))

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', [...IDENTITY, ...args], { cwd, env: CLEAN_ENV, maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

export interface Sandbox {
  readonly root: string
  readonly remote: string
  clone(name: string, ...options: string[]): Promise<string>
  cleanup(): Promise<void>
}

/** A bare remote with `main` holding a README, and a way to clone it. */
export async function sandbox(): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'snapshot-git-'))
  const remote = join(root, 'origin.git')
  await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote)
  const seed = join(root, 'seed')
  await git(root, 'clone', '--quiet', remote, seed)
  await writeFile(join(seed, 'README.md'), '# flows\n')
  await git(seed, 'add', 'README.md')
  await git(seed, 'commit', '--quiet', '-m', 'init')
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main')
  return {
    root,
    remote,
    async clone(name, ...options) {
      const dir = join(root, name)
      // file:// so that --depth is honoured, as on a runner's shallow fetch.
      await git(root, 'clone', '--quiet', ...options, `file://${remote}`, dir)
      return dir
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  }
}

export const BOT = { authorName: 'Snapshot Bot', authorEmail: 'bot@example.com' }

export type RunOptions = Partial<Omit<CommitInput, 'outputDir'>> & { failedIds?: Set<string> }

/** What main.ts does in mode snapshot after the export: plan, write, commit, push. */
export async function runSnapshot(
  workspace: string,
  exported: ExportedFlow[],
  scope: SelectionScope,
  options: RunOptions = {},
  outputDir = 'genesys-flows',
): Promise<GitResult> {
  const previous = await readManifest(join(workspace, outputDir))
  const plan = planSnapshot({ exported, previous, scope, failedIds: options.failedIds ?? new Set() })
  await applySnapshot(workspace, outputDir, plan)
  return commitSnapshot(await createGit(workspace), {
    outputDir,
    commitMessage: 'chore(genesys): snapshot {changed} flow files',
    exported: exported.length,
    ...BOT,
    push: true,
    pullRequest: false,
    pullRequestBranch: 'genesys-flow-snapshot',
    signCommits: false,
    githubToken: '',
    date: '2026-01-02',
    env: {},
    race: { backoffMs: 5 },
    ...options,
  })
}

export async function remoteLog(remote: string, branch = 'main'): Promise<string[]> {
  return (await git(remote, 'log', '--format=%s', branch)).trim().split('\n')
}
