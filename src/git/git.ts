// The only door to git: a small interface over simple-git holding just the commands a snapshot needs.
// Every command runs with GIT_TERMINAL_PROMPT=0 (a missing credential fails instead of hanging the
// job), literal pathspecs, and `-c safe.directory=<workspace>` (a checkout owned by another user, as
// in container jobs; command-line config counts as protected configuration, so git honours it).
import { realpath } from 'node:fs/promises'
import { simpleGit, type SimpleGit } from 'simple-git'
import type { Manifest } from '../model.js'
import type { GitSettings } from '../settings/types.js'
import { parseManifest } from '../snapshot/manifest.js'
import { redact } from '../text/redact.js'

/** One change between two trees, paths repository-relative with `/`. */
export interface Change {
  readonly status: 'A' | 'M' | 'D' | 'R' | 'T' | 'C'
  readonly path: string
  /** The old path of a rename or copy. */
  readonly from?: string
}

/** A push refused because the remote branch moved meanwhile: the caller replays its change and retries. */
export class PushRaceError extends Error {}

/** Checks that git is installed and recent enough, then opens the repository at `workspace`. */
export async function createGit(workspace: string): Promise<Git> {
  const root = await realpath(workspace).catch(() => {
    throw new Error(`The workspace '${workspace}' does not exist. Check out the repository first (actions/checkout).`)
  })
  // Literal pathspecs: an output-dir named like a glob ('flows[1]', '*') must mean only itself.
  const env = { ...withoutGuardedVariables(process.env), GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1' }
  const open: GitFactory = (input) =>
    simpleGit({
      baseDir: root,
      config: [`safe.directory=${root}`],
      allowEnvironment: ['GIT_TERMINAL_PROMPT', 'GIT_LITERAL_PATHSPECS'],
      ...(input === undefined ? {} : { input: () => input }),
    }).env(env)
  const git = open()
  const version = await git.raw(['--version']).catch((error: Error) => {
    throw new Error(`git could not be run (${redact(error.message)}). Install git 2.26 or newer on the runner.`)
  })
  const match = /git version (\d+)\.(\d+)/.exec(version)
  const [major, minor] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
  // `rm --pathspec-from-file` arrived in git 2.26 (checkout's in 2.25, --end-of-options in 2.24).
  if (major < 2 || (major === 2 && minor < 26)) {
    throw new Error(`git ${match ? `${major}.${minor}` : 'of unknown version'} is too old; this Action needs git 2.26 or newer.`)
  }
  const inside = await git.raw(['rev-parse', '--is-inside-work-tree']).catch(() => '')
  if (inside.trim() !== 'true') {
    throw new Error(`'${root}' is not a git working tree. Check out the repository with actions/checkout before this step.`)
  }
  return new Git(open, root)
}

// simple-git v4 refuses an explicit environment holding GIT_* (or editor/pager) variables unless
// they are allowed by name; none of them is ours to pass on, so they are left out.
const GUARDED = new Set(['editor', 'visual', 'pager', 'prefix', 'ssh_askpass'])
function withoutGuardedVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const guarded = (key: string): boolean => key.toLowerCase().startsWith('git_') || GUARDED.has(key.toLowerCase())
  return Object.fromEntries(Object.entries(env).filter(([key, value]) => value !== undefined && !guarded(key))) as Record<string, string>
}

/** A simple-git instance for one command, with its standard input when it needs one. */
type GitFactory = (input?: string) => SimpleGit

export class Git {
  constructor(
    private readonly open: GitFactory,
    readonly workspace: string,
  ) {}

  /** Stages every change (new, modified, deleted) under `path`. */
  async stage(path: string): Promise<void> {
    await this.run(['add', '--all', '--', path])
  }

  /** Staged changes under `path`, renames detected. */
  async stagedChanges(path: string): Promise<Change[]> {
    return parseNameStatus(await this.run(['diff', '--cached', '--name-status', '-z', '-M', '--', path]))
  }

  /** Changes between two commits under `path`, a rename as a delete and an add. */
  async diff(from: string, to: string, path: string): Promise<Change[]> {
    return parseNameStatus(await this.run(['diff', '--name-status', '-z', '--no-renames', from, to, '--', path]))
  }

  /** Commits what is staged with commit-author as author and committer; returns the new sha. */
  async commit(message: string, author: Pick<GitSettings, 'authorName' | 'authorEmail'>): Promise<string> {
    const who = `${author.authorName} <${author.authorEmail}>`
    await this.run([
      '-c', `user.name=${author.authorName}`,
      '-c', `user.email=${author.authorEmail}`,
      // A signing setup on the runner must not make the bot's commit fail or prompt.
      '-c', 'commit.gpgsign=false',
      'commit', '--quiet', '--no-edit', `--author=${who}`, '--file=-',
    ], message)
    return (await this.resolve('HEAD')) as string
  }

  /** Full sha of a revision, or null when it does not exist. */
  async resolve(revision: string): Promise<string | null> {
    return this.line(['rev-parse', '--verify', '--quiet', '--end-of-options', revision])
  }

  /** The checked-out branch, or null on a detached HEAD. */
  async currentBranch(): Promise<string | null> {
    return this.line(['symbolic-ref', '--quiet', '--short', 'HEAD'])
  }

  /** Text of `path` at `revision`, or null when it is not there. */
  async show(revision: string, path: string): Promise<string | null> {
    const out = await this.tryRun(['show', `${revision}:${path}`])
    return out.ok ? out.text : null
  }

  /** Bytes of the object at `path` in `revision`, or null when it is not there: read it only if small enough. */
  async objectSize(revision: string, path: string): Promise<number | null> {
    const out = await this.tryRun(['cat-file', '-s', `${revision}:${path}`])
    const size = out.ok ? Number(out.text.trim()) : NaN
    return Number.isSafeInteger(size) && size >= 0 ? size : null
  }

  /**
   * Fetches `branch` from origin into `refs/remotes/origin/<branch>`; its sha, or null when the remote has no
   * such branch. `depth` fetches only that many commits (a shallow checkout needs no more to read files).
   */
  async fetchBranch(branch: string, options: { depth?: number } = {}): Promise<string | null> {
    const depth = options.depth === undefined ? [] : [`--depth=${options.depth}`]
    const refspec = `+refs/heads/${branch}:refs/remotes/origin/${branch}`
    const out = await this.tryRun(['fetch', '--quiet', '--no-tags', ...depth, 'origin', refspec])
    if (!out.ok) {
      if (/couldn't find remote ref/i.test(out.text)) return null
      throw new Error(`git fetch of '${branch}' from origin failed: ${out.text.trim()}`)
    }
    return this.resolve(`refs/remotes/origin/${branch}`)
  }

  /** Pushes HEAD to `refs/heads/<branch>` on origin (`dryRun`: asks whether it would be taken); a refusal says why. */
  async push(branch: string, options: { force?: boolean; dryRun?: boolean } = {}): Promise<void> {
    const flags = [...(options.force ? ['--force'] : []), ...(options.dryRun ? ['--dry-run'] : [])]
    const out = await this.tryRun(['push', '--porcelain', ...flags, 'origin', `HEAD:refs/heads/${branch}`])
    if (!out.ok) throw classifyPushFailure(out.text, branch)
  }

  /** The URL of origin, credentials cut; null when the repository has no origin. */
  async originUrl(): Promise<string | null> {
    const url = await this.line(['remote', 'get-url', 'origin'])
    return url === null ? null : redact(url.replace(/\/\/[^/@]*@/, '//'))
  }

  /** Moves HEAD (and the branch) to `revision`, updating only files that differ; refuses to lose local edits. */
  async moveTo(revision: string): Promise<void> {
    await this.run(['reset', '--quiet', '--keep', revision])
  }

  /** Writes `paths` as they are in `revision` into the index and working tree. */
  async checkoutPaths(revision: string, paths: readonly string[]): Promise<void> {
    if (paths.length > 0) await this.run(['checkout', revision, '--pathspec-from-file=-', '--pathspec-file-nul'], paths.join('\0'))
  }

  /** Removes `paths` from the index and working tree; missing ones are ignored. */
  async remove(paths: readonly string[]): Promise<void> {
    if (paths.length > 0) await this.run(['rm', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'], paths.join('\0'))
  }

  /** Creates or resets `branch` at HEAD and checks it out, keeping the working tree. */
  async switchToNewBranch(branch: string): Promise<void> {
    await this.run(['checkout', '--quiet', '-B', branch])
  }

  /** The trimmed output of a command, or null when it fails or says nothing. */
  private async line(args: string[]): Promise<string | null> {
    const out = await this.tryRun(args)
    return out.ok && out.text.trim() !== '' ? out.text.trim() : null
  }

  /** Runs git; a failure is returned, not thrown. Messages never carry credentials. */
  private async tryRun(args: string[], input?: string): Promise<{ ok: boolean; text: string }> {
    return this.open(input)
      .raw(args)
      .then((text) => ({ ok: true, text }), (error: Error) => ({ ok: false, text: redact(error.message) }))
  }

  /** Runs git; a failure throws, naming the command. */
  private async run(args: string[], input?: string): Promise<string> {
    const out = await this.tryRun(args, input)
    if (out.ok) return out.text
    throw new Error(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed: ${out.text.trim()}`)
  }
}

/** Parses `--name-status -z` output: status, then one path (two for renames and copies). */
export function parseNameStatus(output: string): Change[] {
  const fields = output.split('\0')
  const changes: Change[] = []
  for (let i = 0; i + 1 < fields.length; i++) {
    const status = fields[i].charAt(0) as Change['status'] | ''
    if (status === 'R' || status === 'C') changes.push({ status, from: fields[++i], path: fields[++i] })
    else if (status !== '') changes.push({ status, path: fields[++i] })
  }
  return changes
}

function classifyPushFailure(stderr: string, branch: string): Error {
  const said = stderr.trim()
  if (/\[rejected\]|non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref|incorrect old value/i.test(said)) {
    return new PushRaceError(`The push to '${branch}' was rejected because the remote branch moved: ${said}`)
  }
  if (/GH006|protected branch/i.test(said)) {
    return new Error(
      `The branch '${branch}' is protected and does not accept direct pushes. Set 'pull-request: true' to deliver the snapshot as a pull request. (${said})`,
    )
  }
  if (/permission to .* denied|403|write access .* not granted|The requested URL returned error: 403/i.test(said)) {
    return new Error(
      `The push to '${branch}' was refused for lack of permission. Give the workflow 'permissions: contents: write' (and keep persist-credentials of actions/checkout on). (${said})`,
    )
  }
  if (/access denied|service not enabled|read-only|not allowed to push/i.test(said)) {
    return new Error(
      `origin does not accept pushes to '${branch}' with the credentials this job has (a read-only remote or token). Give the workflow 'permissions: contents: write', or set 'push: false'. (${said})`,
    )
  }
  if (/could not read Username|Authentication failed|terminal prompts disabled|401/i.test(said)) {
    return new Error(
      `The push to '${branch}' had no usable credentials. Check out with actions/checkout (persist-credentials: true) or configure a token for origin. (${said})`,
    )
  }
  return new Error(`The push to '${branch}' failed: ${said}`)
}

/** The tree of no files, for a first commit that has no parent. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

/** The manifest at `path` in `revision`; null when there is none (as in the empty tree: git show finds no file). */
export async function manifestAt(git: Git, revision: string, path: string): Promise<Manifest | null> {
  const text = await git.show(revision, path)
  return text === null ? null : parseManifest(text, `${path} at ${revision.slice(0, 12)}`)
}
