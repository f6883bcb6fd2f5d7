// The one place the snapshot touches the file system: apply a plan under output-dir.
import { randomBytes } from 'node:crypto'
import { readdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { SnapshotPlan } from '../model.js'
import { lstatOrNull, prepareFile, resolveOutputDir } from './safe-path.js'

/**
 * Deletes, then writes, every file of the plan under `<workspace>/<outputDir>`. Each write goes to a
 * temporary file in the same folder and is renamed over the target, so a crash never leaves half a
 * file; an unchanged file is left alone. Folders a delete leaves empty are removed (not output-dir).
 */
export async function applySnapshot(workspace: string, outputDir: string, plan: SnapshotPlan): Promise<void> {
  const root = await resolveOutputDir(workspace, outputDir, true)
  const written = new Set(plan.writes.map((w) => w.path))

  for (const path of plan.deletes) {
    if (written.has(path)) continue
    const file = await prepareFile(root, path, false)
    const stat = await lstatOrNull(file)
    if (stat === null) continue
    await unlink(file).catch((error: unknown) => rethrowFileError(error, 'delete', outputDir, path))
    await removeEmptyFolders(root, dirname(file))
  }

  for (const { path, content } of plan.writes) {
    const file = await prepareFile(root, path, true).catch((error: unknown) => rethrowFileError(error, 'write', outputDir, path))
    await writeAtomically(file, content).catch((error: unknown) => rethrowFileError(error, 'write', outputDir, path))
  }
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

async function writeAtomically(file: string, content: string): Promise<void> {
  const current = await readFile(file, 'utf8').catch(() => null)
  if (current === content) return
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  // 'wx' refuses to follow or reuse anything already at the temporary name.
  await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' })
  try {
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
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
