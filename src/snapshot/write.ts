// The one place the snapshot touches the file system: apply a plan under output-dir.
import { randomBytes } from 'node:crypto'
import { readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { SnapshotPlan } from '../model.js'
import { prepareTarget, resolveOutputDir } from './safe-path.js'

/**
 * Applies the plan under `<workspace>/<outputDir>`: every changed file is staged as a temporary file next to its
 * target (when one cannot be written, the staged ones are removed and output-dir is unchanged, but for an empty
 * type folder), then the deletes, then each staged file is renamed over its target, so a crash never leaves half a
 * file. An unchanged file is left alone; folders a delete leaves empty are removed (not output-dir).
 */
export async function applySnapshot(workspace: string, outputDir: string, plan: SnapshotPlan): Promise<void> {
  const root = await resolveOutputDir(workspace, outputDir, true)
  const written = new Set(plan.writes.map((write) => write.path))
  const staged: Staged[] = []
  const renamed = new Set<Staged>()
  try {
    await stageWrites(root, outputDir, plan.writes, staged)
    for (const path of plan.deletes) {
      // A file the plan also writes stays, even when unchanged (and so not staged).
      if (written.has(path)) continue
      const { file, exists } = await prepareTarget(root, path, false)
      if (!exists) continue
      await unlink(file).catch((error: unknown) => rethrowFileError(error, 'delete', outputDir, path))
      await removeEmptyFolders(root, dirname(file))
    }
    await forEachAtOnce(staged, FILES_AT_ONCE, async (next) => {
      await rename(next.temp, next.file).catch((error: unknown) => rethrowFileError(error, 'write', outputDir, next.path))
      renamed.add(next)
    })
  } finally {
    // Staged files not (yet) renamed; one that was never created is no loss.
    const left = staged.filter((entry) => !renamed.has(entry))
    await Promise.all(left.map((entry) => unlink(entry.temp).catch(() => undefined)))
  }
}

/** Files read, written or renamed at once: the file system's thread pool works on several while one waits. */
const FILES_AT_ONCE = 16

/**
 * Runs `work` on every item, `limit` at a time; after a failure starts no more, waits for those running, and
 * throws the earliest failed item's error (so the message names the same file every time).
 */
async function forEachAtOnce<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { error: unknown; index: number } | undefined
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++
      try {
        await work(items[index]!)
      } catch (error) {
        const earliest = failure as { index: number } | undefined // set by another worker meanwhile
        if (earliest === undefined || index < earliest.index) failure = { error, index }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure !== undefined) throw failure.error
}

interface Staged {
  readonly path: string
  readonly file: string
  readonly temp: string
}

/**
 * Writes each changed file to a temporary file next to its target (a file that already holds its content is left
 * alone). Each temporary file is listed in `staged` before it is written, so a failure midway leaves it known.
 */
async function stageWrites(root: string, outputDir: string, writes: SnapshotPlan['writes'], staged: Staged[]) {
  const checkedFolders = new Set<string>()
  await forEachAtOnce(writes, FILES_AT_ONCE, async ({ path, content }) => {
    try {
      const { file, exists } = await prepareTarget(root, path, true, checkedFolders)
      if (exists && (await readFile(file, 'utf8').catch(() => null)) === content) return
      const entry = { path, file, temp: join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`) }
      staged.push(entry)
      // 'wx' refuses to follow or reuse anything already at the temporary name.
      await writeFile(entry.temp, content, { encoding: 'utf8', flag: 'wx' })
    } catch (error) {
      rethrowFileError(error, 'write', outputDir, path)
    }
  })
  // In the plan's order, so the renames (and any failure among them) come in a stable order.
  const order = new Map(writes.map((write, index) => [write.path, index]))
  staged.sort((a, b) => order.get(a.path)! - order.get(b.path)!)
}

/** File-system refusals the runner's user can fix get a message that says which file and what to do. */
const FIXABLE_CODES: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
}

function rethrowFileError(error: unknown, verb: 'write' | 'delete', outputDir: string, path: string): never {
  const reason = FIXABLE_CODES[(error as NodeJS.ErrnoException).code ?? '']
  if (reason === undefined) throw error
  throw new Error(
    `Cannot ${verb} '${outputDir}/${path}': ${reason}. Make output-dir '${outputDir}' writable for the runner's user ` +
      `(or free some space), or choose another output-dir; the previous snapshot was not committed over.`,
  )
}

async function removeEmptyFolders(root: string, folder: string): Promise<void> {
  let current = folder
  while (current !== root && current.startsWith(root)) {
    const left = await readdir(current).catch(() => null)
    if (left === null || left.length > 0) return
    await rmdir(current).catch(() => undefined)
    current = dirname(current)
  }
}
