// `npx genesys-flow-snapshot diff`: what changed in Architect flows, in Architect's words, instead of
// a line diff of the canonical JSON. Three forms:
//   diff OLD.json NEW.json              two flow files
//   diff REV1 REV2 [--dir DIR]          the flow files under DIR at two git revisions, matched by flow id
//   diff PATH OLD HEX MODE NEW HEX MODE git's external diff driver (GIT_EXTERNAL_DIFF / diff.<driver>.command)
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { basename, relative, resolve } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { reviewFlowChange, type FlowReview } from '../changes/index.js'
import { reviewText } from '../report/review-text.js'
import { parseFlowConfiguration, type JsonRecord } from '../flows/json.js'
import { errorMessage } from '../errors.js'
import { createGit, type Git } from '../git/git.js'
import type { ManifestEntry } from '../model.js'
import { MANIFEST_FILE, parseFlowFileName } from '../snapshot/layout.js'
import { manifestAt } from '../git/git.js'
import { readText, type CliIo, type Command } from './commands.js'

const DEFAULT_DIR = 'genesys-flows'

export const diffCommand: Command = {
  name: 'diff',
  summary: "Say what changed in flows between two files or two commits, in Architect's words",
  usage: [
    'npx genesys-flow-snapshot diff OLD.json NEW.json',
    'npx genesys-flow-snapshot diff REV1 REV2 [--dir genesys-flows]',
    '',
    'As git\'s diff driver (git passes 7 arguments: path old-file old-hex old-mode new-file new-hex new-mode):',
    '  echo "genesys-flows/*/*.json diff=genesys-flow" >> .gitattributes',
    '  git config diff.genesys-flow.command "npx genesys-flow-snapshot diff"',
  ].join('\n'),
  run: runDiff,
}

async function runDiff(args: readonly string[], io: CliIo): Promise<number> {
  if (isExternalDiff(args)) return externalDiff(args, io)
  let parsed: { values: { dir: string }; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...args], options: { dir: { type: 'string', default: DEFAULT_DIR } }, allowPositionals: true, strict: true })
    if (parsed.positionals.length !== 2) throw new Error(`diff takes two flow files or two git revisions, got ${parsed.positionals.length} argument(s).`)
  } catch (error) {
    io.err(`${errorMessage(error)}\n\nUsage: ${diffCommand.usage}\n`)
    return 2
  }
  const [from, to] = parsed.positionals as [string, string]
  const isFile = (path: string) => stat(resolve(io.cwd, path)).then((info) => info.isFile(), () => false)
  const [fromFile, toFile] = await Promise.all([isFile(from), isFile(to)])
  if (fromFile && toFile) return fileDiff(resolve(io.cwd, from), resolve(io.cwd, to), io)
  return revisionDiff(from, to, parsed.values.dir, io)
}

/** git runs an external diff as `path old-file old-hex old-mode new-file new-hex new-mode` (+ 2 for a rename). */
function isExternalDiff(args: readonly string[]): boolean {
  const mode = /^([0-7]{6}|\.)$/
  return (args.length === 7 || args.length === 9) && mode.test(args[3]!) && mode.test(args[6]!)
}

async function externalDiff(args: readonly string[], io: CliIo): Promise<number> {
  const [oldPath, oldFile, , , newFile, , , renamedTo] = args as [string, string, string, string, string, string, string, string | undefined]
  const path = renamedTo ?? oldPath // a rename (two more arguments) is shown under its new path
  const read = (file: string): Promise<string | undefined> => (file === '/dev/null' ? Promise.resolve(undefined) : readText(file))
  const review = reviewTexts(await read(oldFile), await read(newFile), path)
  if (typeof review === 'string') {
    // Not an Architect flow (the attribute matched too much): git's own diff says it best.
    io.out(relabel(await plainDiff(oldFile, newFile, io.cwd), oldFile, newFile, path))
    return 0
  }
  const text = reviewText([review]) || 'No change to what the flow does.\n'
  io.out(`${path}\n${text.replace(/^(?=.)/gm, '  ')}`)
  return 0
}

async function fileDiff(fromPath: string, toPath: string, io: CliIo): Promise<number> {
  const review = reviewTexts(await readText(fromPath), await readText(toPath), toPath)
  if (typeof review === 'string') {
    const path = review === 'before' ? fromPath : toPath
    throw new Error(`${path} is not an Architect flow document (JSON with a flowSequenceItemList). Give two flow files of a snapshot.`)
  }
  io.out(reviewText([review]) || `${review.name}: no change.\n`)
  return 0
}

/** One flow's review from its two texts (undefined: that side does not exist), or the side that is no flow document. */
function reviewTexts(before: string | undefined, after: string | undefined, path: string): FlowReview | 'before' | 'after' {
  const oldFlow = before === undefined ? undefined : parseFlowConfiguration(before)
  if (before !== undefined && oldFlow === undefined) return 'before'
  const newFlow = after === undefined ? undefined : parseFlowConfiguration(after)
  if (after !== undefined && newFlow === undefined) return 'after'
  const flowId = parseFlowFileName(basename(path))?.id ?? basename(path)
  return reviewFlowChange({ before: oldFlow, after: newFlow, afterText: after, flowId, name: flowName(newFlow ?? oldFlow, path) })
}

/** The flows under `dir` that differ between two revisions, matched by the flow id in their file names. */
async function revisionDiff(from: string, to: string, dir: string, io: CliIo): Promise<number> {
  const git = await createGit(io.cwd)
  for (const revision of [from, to]) {
    if ((await git.resolve(revision)) === null) {
      io.err(`'${revision}' is neither a file nor a git revision of ${git.workspace}. Give two flow files, or two commits (e.g. HEAD~1 HEAD).\n`)
      return 2
    }
  }
  const folder = relative(git.workspace, resolve(io.cwd, dir)).split('\\').join('/') || '.'
  const [oldManifest, newManifest] = await Promise.all([manifestById(git, from, folder), manifestById(git, to, folder)])
  const files = new Map<string, { before?: string; after?: string }>()
  for (const change of await git.diff(from, to, folder)) {
    const id = parseFlowFileName(basename(change.path))?.id
    if (id === undefined) continue
    const entry = files.get(id) ?? {}
    if (change.status !== 'A') entry.before = change.path
    if (change.status !== 'D') entry.after = change.path
    files.set(id, entry)
  }
  const reviews: FlowReview[] = []
  for (const [id, paths] of files) {
    const before = paths.before === undefined ? undefined : ((await git.show(from, paths.before)) ?? undefined)
    const after = paths.after === undefined ? undefined : ((await git.show(to, paths.after)) ?? undefined)
    const oldFlow = before === undefined ? undefined : parseFlowConfiguration(before)
    const newFlow = after === undefined ? undefined : parseFlowConfiguration(after)
    const name = newManifest.get(id)?.name ?? oldManifest.get(id)?.name ?? flowName(newFlow ?? oldFlow, id)
    const versions = { versionFrom: oldManifest.get(id)?.version ?? '', versionTo: newManifest.get(id)?.version ?? '' }
    reviews.push(reviewFlowChange({ before: oldFlow, after: newFlow, afterText: after, flowId: id, name, ...versions }))
  }
  io.out(reviews.length === 0 ? `No flow in ${folder} changed between ${from} and ${to}.\n` : reviewText(reviews))
  return 0
}

async function manifestById(git: Git, revision: string, folder: string): Promise<Map<string, ManifestEntry>> {
  const manifest = await manifestAt(git, revision, folder === '.' ? MANIFEST_FILE : `${folder}/${MANIFEST_FILE}`)
  return new Map(manifest?.flows.map((entry) => [entry.id, entry]))
}

function flowName(flow: JsonRecord | undefined, fallback: string): string {
  const name = flow?.['name']
  return typeof name === 'string' && name !== '' ? name : fallback
}

/** git's temporary file names in the diff header become the repository path the reader knows. */
function relabel(diff: string, oldFile: string, newFile: string, path: string): string {
  const bare = (file: string): string => file.replace(/^\/+/, '')
  return diff.split(`a/${bare(oldFile)}`).join(`a/${path}`).split(`b/${bare(newFile)}`).join(`b/${path}`)
}

/** `git diff --no-index` of two files; exit status 1 only means they differ. */
async function plainDiff(oldFile: string, newFile: string, cwd: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', ['diff', '--no-index', '--no-ext-diff', '--', oldFile, newFile], { cwd, maxBuffer: 256 * 1024 * 1024 })
    return stdout
  } catch (error) {
    const failed = error as { code?: number; stdout?: string }
    if (failed.code === 1 && typeof failed.stdout === 'string') return failed.stdout
    throw error
  }
}
