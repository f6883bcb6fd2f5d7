// Every path the snapshot touches is checked twice: as text (no way out of output-dir, nothing a
// file system would read specially) and on disk (no symlink anywhere between workspace and file),
// because a repository can hold a symlink that points anywhere on the runner.
import { lstat, mkdir, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { escapeControls, excerpt } from '../text/excerpt.js'
import { relativePathProblem } from '../settings/inputs.js'

/** Throws unless `path` is a plain relative path of `/`-separated, ordinary names. */
export function checkRelativePath(path: string, what: string): void {
  const problem = relativePathProblem(path)
  if (problem) throw new Error(`Refusing to touch ${what} '${escapeControls(path)}': ${problem}.`)
}

/**
 * The real absolute output-dir, created when missing. Refuses an output-dir reached through a symlink; a plain
 * relative path (checkRelativePath: no `..`, not absolute) cannot lead out of the workspace.
 */
export async function resolveOutputDir(workspace: string, outputDir: string, create: boolean): Promise<string> {
  checkRelativePath(outputDir, 'output-dir')
  const root = await realpath(workspace)
  await walkDirectories(root, outputDir.split('/'), create, `output-dir '${outputDir}'`)
  return join(root, ...outputDir.split('/'))
}

/**
 * Makes sure every folder from `base` down to the parent of `relPath` is a real folder (created when missing and
 * `create`) and the file, if present, no symlink; returns its absolute path and whether a file is there already.
 * `checkedFolders` (one set per run's writes) skips folders already found real: the danger is a symlink the
 * repository holds, which does not come and go while the run writes.
 */
export async function prepareTarget(
  base: string,
  relPath: string,
  create: boolean,
  checkedFolders?: Set<string>,
): Promise<{ file: string; exists: boolean }> {
  checkRelativePath(relPath, 'file')
  const segments = relPath.split('/')
  const foldersExist = await walkDirectories(base, segments.slice(0, -1), create, `'${relPath}'`, checkedFolders)
  const file = join(base, ...segments)
  if (!foldersExist) return { file, exists: false }
  const stat = await lstatOrNull(file)
  if (stat?.isSymbolicLink()) {
    throw new Error(`Refusing to touch '${relPath}': it is a symbolic link. Replace it with a plain file or delete it.`)
  }
  if (stat?.isDirectory()) throw new Error(`Cannot write '${relPath}': a folder of that name is in the way. Remove the folder.`)
  return { file, exists: stat !== null }
}

/** False when a folder is missing and `create` is false. */
async function walkDirectories(base: string, segments: readonly string[], create: boolean, what: string, checked?: Set<string>): Promise<boolean> {
  let current = base
  for (const segment of segments) {
    current = join(current, segment)
    if (checked?.has(current)) continue
    let stat = await lstatOrNull(current)
    if (stat === null) {
      if (!create) return false
      await mkdir(current).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error
      })
      // Made here, or by something else meanwhile: checked as any folder found.
      stat = await lstat(current)
    }
    if (stat.isSymbolicLink()) {
      throw new Error(`Refusing to use ${what}: '${current}' is a symbolic link, and symlinks are never followed. Replace it with a real folder.`)
    }
    if (!stat.isDirectory()) {
      throw new Error(`Cannot use ${what}: '${current}' is a file, not a folder. Move or delete that file, or choose another output-dir.`)
    }
    checked?.add(current)
  }
  return true
}

export async function lstatOrNull(path: string): Promise<import('node:fs').Stats | null> {
  try {
    return await lstat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code === 'ENAMETOOLONG') throw new Error(`The path '${excerpt(path, 200)}' is too long for the file system (${Buffer.byteLength(path).toLocaleString('en-US')} bytes). Use a shorter output-dir or shorter folder names.`)
    throw error
  }
}
