// The committed routing files under `<output-dir>/routing/<kind>/*.json`, read back for the CLI (and for a run
// that checks what is committed). A file that cannot be read or parsed is reported, not fatal: the rest still
// answers. Only regular files are read (no symlinks out of the repository), each up to a size bound.
import { lstat, readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { errorMessage } from '../errors.js'
import { isRecord } from '../flows/json.js'
import { ROUTING_KINDS, type RoutingFile } from './types.js'

/** A routing object is a few kilobytes; a file far larger than this is not one. */
export const MAX_ROUTING_FILE_BYTES = 4 * 1024 * 1024

export interface ReadRoutingFiles {
  /** In kind order, then by file name. */
  readonly files: RoutingFile[]
  readonly unreadable: { readonly path: string; readonly reason: string }[]
}

/**
 * Reads `<root>/<outputDir>/routing/<kind>/*.json`. Paths in the result are `<outputDir>/routing/<kind>/<file>`
 * with `/` separators (repository-relative when `root` is the repository). A kind without a folder has no files.
 */
export async function readRoutingFiles(root: string, outputDir: string): Promise<ReadRoutingFiles> {
  const files: RoutingFile[] = []
  const unreadable: { path: string; reason: string }[] = []
  const base = outputDir.replace(/\\/g, '/').replace(/\/+$/, '')
  for (const kind of ROUTING_KINDS) {
    // Not resolve(root, base, 'routing', kind): ncc's asset relocator takes a path call with a literal segment for a
    // file of the bundle and rewrites it to its own copy, so the built CLI read no repository at all.
    const folder = join(resolve(root, base), ['routing', kind].join('/'))
    let names: string[]
    try {
      names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()
    } catch {
      continue
    }
    for (const name of names) {
      const path = `${base}/routing/${kind}/${name}`
      const full = join(folder, name)
      try {
        const stat = await lstat(full)
        if (!stat.isFile()) throw new Error('not a regular file')
        if (stat.size > MAX_ROUTING_FILE_BYTES) throw new Error(`${stat.size} bytes, more than a routing object can be`)
        const text = await readFile(full, 'utf8')
        const object: unknown = JSON.parse(text)
        const idFromName = /--([^/]+)\.json$/.exec(name)?.[1] ?? ''
        const id = isRecord(object) && typeof object['id'] === 'string' ? object['id'] : idFromName
        const objectName = isRecord(object) && typeof object['name'] === 'string' ? object['name'] : name.replace(/--[^/]*\.json$/, '')
        files.push({ kind, id, name: objectName, path, text, object })
      } catch (error) {
        unreadable.push({ path, reason: errorMessage(error) })
      }
    }
  }
  return { files, unreadable }
}
