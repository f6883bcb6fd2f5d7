// A throw-away git repository with a bare remote, as actions/checkout leaves one: a clone of `origin`
// on branch main with one commit. Used by the demo, the end-to-end tests and the benchmarks.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TempRepo {
  readonly root: string
  readonly remote: string
  readonly workspace: string
  readonly runnerTemp: string
  git(args: string[], cwd?: string): string
  cleanup(): void
}

export function createRepoWithRemote(prefix = 'gfs-'): TempRepo {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const remote = join(root, 'remote.git')
  const workspace = join(root, 'workspace')
  const runnerTemp = join(root, 'runner-temp')
  const git = (args: string[], cwd = workspace) =>
    execFileSync('git', ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim()
  git(['init', '--bare', '-q', remote], root)
  git(['clone', '-q', remote, workspace], root)
  writeFileSync(join(workspace, 'README.md'), '# Contact-center flows\n')
  git(['add', 'README.md'])
  git(['commit', '-q', '-m', 'Initial commit'])
  git(['push', '-q', 'origin', 'HEAD:refs/heads/main'])
  execFileSync('mkdir', ['-p', runnerTemp])
  return { root, remote, workspace, runnerTemp, git, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}
