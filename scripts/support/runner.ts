// Runs the built Action as a GitHub runner does: `node dist/index.js` in a child process, inputs as
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, RUNNER_TEMP, GITHUB_WORKSPACE.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
export const ACTION_ENTRY = join(REPO_ROOT, 'dist', 'index.js')

export interface ActionRun {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  /** `::error file=…,line=…,title=…::message` lines and their kin, parsed. */
  readonly annotations: Annotation[]
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice'
  readonly properties: Record<string, string>
  readonly message: string
}

/**
 * Inputs by their action.yml names; the variables a runner sets come from `runner`. `runner.node` is the
 * Node binary to run dist/index.js with (scripts/support/action-nodes.ts; default the one running the tests);
 * `maxOpenFiles` starts the Action under `ulimit -n` (through bash), as a runner with a low descriptor limit would.
 */
export async function runAction(
  inputs: Record<string, string>,
  runner: {
    workspace: string
    runnerTemp: string
    env?: Record<string, string>
    onLine?: (line: string) => void
    /** The Node binary to run dist/index.js with (scripts/support/action-nodes.ts); default the one running the tests. */
    node?: string
    /** Starts the Action under `ulimit -n` (through bash), as a runner with a low descriptor limit would. */
    maxOpenFiles?: number
    /** Runs node under this command, e.g. `['/usr/bin/time', '-v']` for a benchmark's peak memory (its report goes to stderr). */
    wrapper?: readonly string[]
    /** Options for node itself, e.g. `--cpu-prof` (which NODE_OPTIONS does not take). */
    nodeOptions?: readonly string[]
    /** Kills the run after this many milliseconds (its exit code is then -1 and stderr says so): a hang fails a test instead of holding it. */
    timeoutMs?: number
  },
): Promise<ActionRun> {
  if (!existsSync(ACTION_ENTRY)) throw new Error(`${ACTION_ENTRY} is missing: run npm run build first.`)
  const outputFile = join(runner.runnerTemp, `output-${Date.now()}-${Math.random().toString(16).slice(2)}`)
  const summaryFile = `${outputFile}.summary`
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner.runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: runner.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runner.runnerTemp,
    GITHUB_REPOSITORY: 'contoso/contact-center-flows',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF: 'refs/heads/main',
    ...runner.env,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const node = [...(runner.wrapper ?? []), runner.node ?? process.execPath, ...(runner.nodeOptions ?? []), ACTION_ENTRY]
  const [command, ...args] =
    runner.maxOpenFiles === undefined ? node : ['bash', '-c', `ulimit -n ${runner.maxOpenFiles} && exec "$@"`, 'bash', ...node]
  const child = spawn(command!, args, { cwd: runner.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let pending = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) runner.onLine?.(line)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timer = runner.timeoutMs === undefined ? undefined : setTimeout(() => {
    stderr += `\n[runAction] killed after ${runner.timeoutMs} ms\n`
    child.kill('SIGKILL')
  }, runner.timeoutMs)
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)))
  clearTimeout(timer)
  if (pending) runner.onLine?.(pending)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
  }
}

/** Reads `name<<delimiter` heredocs, the format @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
    }
    annotations.push({ level: match[1] as Annotation['level'], properties, message: unescapeData(match[3]) })
  }
  return annotations
}

/**
 * What the runner shows of a step's output: everything but `::add-mask::` commands, which it consumes
 * (that line is how a secret gets masked, so it necessarily holds the secret).
 */
export function visibleOutput(run: Pick<ActionRun, 'stdout' | 'stderr'>): string {
  return (run.stdout + run.stderr)
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}
