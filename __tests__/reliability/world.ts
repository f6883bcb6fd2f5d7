// A world for one reliability case: the emulator, and a real repository whose bare remote already holds a
// previous snapshot of the org, taken by a clean run of the built Action. Each case gets its own copy of that
// repository, so a case can break its remote (a hook) or its workspace without touching the others.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js'
import { createRepoWithRemote, type TempRepo } from '../../scripts/support/repo.js'
import { runAction, type ActionRun } from '../../scripts/support/runner.js'

export interface Baseline {
  readonly emulator: Emulator
  readonly repo: TempRepo
  /** The remote's main after the clean run: the previous snapshot every case starts from. */
  readonly snapshotSha: string
  /** Flow files and manifest of the previous snapshot, path → content, as the remote holds them. */
  readonly snapshotFiles: ReadonlyMap<string, string>
  close(): Promise<void>
}

export interface Evidence {
  readonly run: ActionRun
  readonly report: { status: string; flows: { id: string; name: string; status: string; error: string; path: string }[] }
  readonly remoteHead: string
  readonly porcelain: string
  /** Files under the workspace (not .git) whose name says they are temporary or half-written. */
  readonly leftovers: string[]
  readonly repo: TempRepo
}

export const OUTPUT_DIR = 'genesys-flows'

export function baseInputs(emulator: Emulator): Record<string, string> {
  return {
    'client-id': emulator.clientId,
    'client-secret': emulator.clientSecret,
    'api-url': emulator.apiUrl,
    'flow-types': 'all',
    'output-dir': OUTPUT_DIR,
  }
}

/** A clean org, a clean run into a fresh repository, then every flow changed so the next run has work to do. */
export async function createBaseline(options: EmulatorOptions = {}): Promise<Baseline> {
  const emulator = await startEmulator({ flows: 8, seed: 61, plant: false, jobDoneAfterMs: 20, ...options })
  const repo = createRepoWithRemote('gfs-reliability-')
  const first = await runAction(baseInputs(emulator), { workspace: repo.workspace, runnerTemp: repo.runnerTemp })
  if (first.exitCode !== 0) throw new Error(`The baseline run failed:\n${first.stdout}\n${first.stderr}`)
  changeEveryFlow(emulator)
  emulator.reset()
  const snapshotSha = remoteHead(repo)
  return { emulator, repo, snapshotSha, snapshotFiles: remoteFiles(repo, snapshotSha), close: () => closeBaseline(emulator, repo) }
}

async function closeBaseline(emulator: Emulator, repo: TempRepo): Promise<void> {
  await emulator.close()
  repo.cleanup()
}

/** Edits each flow's description in the emulated org: a run that succeeds now must commit a change. */
function changeEveryFlow(emulator: Emulator): void {
  for (const flow of emulator.org.flows) {
    flow.document = { ...flow.document, description: `Changed after the last snapshot: ${flow.name}` }
  }
}

/** A copy of the baseline repository (remote, workspace, runner temp), its origin pointed at the copied remote. */
export function copyRepo(baseline: Baseline): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'gfs-reliability-case-'))
  const remote = join(root, 'remote.git')
  const workspace = join(root, 'workspace')
  const runnerTemp = join(root, 'runner-temp')
  // The runner's temp folder starts empty, as on a new job: the baseline's report and audit log stay behind.
  const baselineTemp = baseline.repo.runnerTemp + sep
  cpSync(baseline.repo.root, root, { recursive: true, filter: (source) => !source.startsWith(baselineTemp) })
  const repo: TempRepo = {
    root,
    remote,
    workspace,
    runnerTemp,
    git: (args, cwd = workspace) => baseline.repo.git(args, cwd),
    cleanup: () => rmSync(root, { recursive: true, force: true, maxRetries: 3 }),
  }
  repo.git(['remote', 'set-url', 'origin', remote])
  return repo
}

export function remoteHead(repo: TempRepo): string {
  return repo.git(['--git-dir', repo.remote, 'rev-parse', 'main'], repo.root)
}

/** path → content of every file under output-dir at `ref` in the remote. */
export function remoteFiles(repo: TempRepo, ref: string): Map<string, string> {
  const names = repo.git(['--git-dir', repo.remote, 'ls-tree', '-r', '--name-only', ref, OUTPUT_DIR], repo.root).split('\n').filter(Boolean)
  return new Map(names.map((name) => [name, repo.git(['--git-dir', repo.remote, 'show', `${ref}:${name}`], repo.root)]))
}

/** Runs the built Action in the case's repository, with `node` (default the tests' own), and gathers what the assertions look at. */
export async function runCase(repo: TempRepo, inputs: Record<string, string>, env: Record<string, string> = {}, node?: string): Promise<Evidence> {
  const run = await runAction(inputs, { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env, node })
  const reportPath = run.outputs['report-path']
  const report = reportPath && existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : { status: '', flows: [] }
  return {
    run,
    report,
    remoteHead: remoteHead(repo),
    porcelain: repo.git(['status', '--porcelain', '--ignored']),
    leftovers: leftoverFiles(repo.workspace),
    repo,
  }
}

function leftoverFiles(workspace: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.tmp$|\.part$|\.partial$|~$/i.test(entry.name)) found.push(relative(workspace, path))
    }
  }
  walk(workspace)
  return found
}
