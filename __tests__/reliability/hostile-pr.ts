// A pull request as an attacker would write it, for mode validate: a repository whose main branch holds a
// snapshot of real flows (reference samples), and for each case a copy of it with a branch that changes the
// flow files in some hostile way, checked by the built Action as a pull request on main. A marker file beside
// the repository stands for what the runner holds outside it: no case may show its content.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { REPO_ROOT, runAction, type ActionRun } from '../../scripts/support/runner.js'

export const OUTPUT_DIR = 'genesys-flows'
export const SAMPLES = join(REPO_ROOT, '..', 'shared', 'reference', 'samples')
/** What the file outside the repository holds; it must reach no log line, summary or report. */
export const OUTSIDE_MARKER = 'OUTSIDE-THE-REPOSITORY-9c41e7'
/** A run longer than this is a hang. */
export const RUN_TIMEOUT_MS = 60_000

export interface SnapshotFlow {
  readonly id: string
  readonly name: string
  readonly type: string
  /** Path under output-dir. */
  readonly path: string
}

export interface PullRequestWorld {
  readonly repo: TempRepo
  readonly flows: readonly SnapshotFlow[]
  /** A file outside the repository holding OUTSIDE_MARKER. */
  readonly outsideFile: string
  cleanup(): void
}

export interface CaseRun {
  readonly run: ActionRun
  readonly report: Report | null
  /** report.json's size in bytes (0 when absent). */
  readonly reportBytes: number
  readonly workspace: string
}

export interface Report {
  readonly status: string
  readonly fatalError: string | null
  readonly warnings?: string[]
  readonly flows: { id: string; name: string; path: string; error: string }[]
  readonly findings: { rule: string; severity: string; file: string; message: string; flowName: string }[]
  readonly changes: { id: string; name: string; status: string; changes: { text: string }[] }[]
}

const SAMPLE_FILES = [
  'genesys-cloud-call-park__default-in-queue-flow.json',
  'genesys-cloud-call-park__call-park-agent-inbound-flow.json',
  'genesys-cloud-call-park__inqueue-orbit-call-park-hold.json',
]

function uuid(index: number): string {
  return `5e1f0c2a-0000-4000-8000-${String(index).padStart(12, '0')}`
}

/** main holds three real flows and their manifest, pushed to origin. */
export function createPullRequestWorld(): PullRequestWorld {
  const repo = createRepoWithRemote('gfs-hostile-pr-')
  const outsideFile = join(repo.root, 'outside.txt')
  writeFileSync(outsideFile, `${OUTSIDE_MARKER}\n`)
  const entries: object[] = []
  const flows = SAMPLE_FILES.map((sample, index): SnapshotFlow => {
    const document = JSON.parse(readFileSync(join(SAMPLES, sample), 'utf8'))
    const id = uuid(index + 1)
    const slug = String(document.name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
    const flow = { id, name: String(document.name), type: String(document.type), path: `${document.type}/${slug}--${id}.json` }
    const text = `${JSON.stringify(document, null, 2)}\n`
    const file = join(repo.workspace, OUTPUT_DIR, ...flow.path.split('/'))
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, text)
    entries.push({ ...flow, version: '1.0', sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) })
    return flow
  })
  writeFileSync(join(repo.workspace, OUTPUT_DIR, 'manifest.json'), `${JSON.stringify({ formatVersion: 1, flows: entries }, null, 2)}\n`)
  repo.git(['add', OUTPUT_DIR])
  repo.git(['commit', '-q', '-m', 'Snapshot of three flows'])
  repo.git(['push', '-q', 'origin', 'HEAD:refs/heads/main'])
  return { repo, flows, outsideFile, cleanup: () => repo.cleanup() }
}

/**
 * A copy of the world's repository on a new branch `hostile`: `change` edits its workspace (paths are
 * absolute), then everything is committed (symlinks as symlinks) unless `commit` is false.
 */
export function pullRequestCopy(world: PullRequestWorld, change: (workspace: string) => void, commit = true): { workspace: string; runnerTemp: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'gfs-hostile-pr-case-'))
  cpSync(world.repo.root, root, { recursive: true, verbatimSymlinks: true })
  const workspace = join(root, 'workspace')
  const runnerTemp = join(root, 'runner-temp')
  world.repo.git(['remote', 'set-url', 'origin', join(root, 'remote.git')], workspace)
  world.repo.git(['checkout', '-q', '-b', 'hostile'], workspace)
  change(workspace)
  if (commit) {
    world.repo.git(['add', '-A', OUTPUT_DIR], workspace)
    world.repo.git(['commit', '-q', '--allow-empty', '-m', 'Hostile change'], workspace)
  }
  return { workspace, runnerTemp, root }
}

/** The built Action in mode validate on the copy, as a pull request into main. */
export async function validatePullRequest(workspace: string, runnerTemp: string, inputs: Record<string, string> = {}, timeoutMs = RUN_TIMEOUT_MS): Promise<CaseRun> {
  const run = await runAction(
    { mode: 'validate', 'fail-on': 'never', ...inputs },
    { workspace, runnerTemp, env: { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'hostile', GITHUB_EVENT_NAME: 'pull_request' }, timeoutMs },
  )
  const reportPath = join(runnerTemp, 'genesys-flow-snapshot', 'report.json')
  let text = ''
  try {
    text = readFileSync(reportPath, 'utf8')
  } catch {
    text = ''
  }
  return { run, report: text === '' ? null : (JSON.parse(text) as Report), reportBytes: Buffer.byteLength(text), workspace }
}

/** Everything the run showed a person: the log, the summary and the report. */
export function everythingShown(result: CaseRun): string {
  return [result.run.stdout, result.run.stderr, result.run.summary, JSON.stringify(result.report)].join('\n')
}

/** The longest line of the log. */
export function longestLogLine(result: CaseRun): number {
  return Math.max(0, ...result.run.stdout.split('\n').map((line) => line.length))
}

export function flowFile(workspace: string, flow: SnapshotFlow): string {
  return join(workspace, OUTPUT_DIR, ...flow.path.split('/'))
}

export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true, maxRetries: 3 })
}
