// Reading `manifest.json`: the previous snapshot's index of flows (contract "Files in the repository").
import { join } from 'node:path'
import type { Manifest, ManifestEntry } from '../model.js'
import type { RoutingManifestEntry } from '../routing-model.js'
import { MANIFEST_FILE } from './layout.js'
import { errorMessage } from '../errors.js'
import { isRecord } from '../flows/json.js'
import { excerpt } from '../text/excerpt.js'
import { decodeText, readWorkspaceFile } from './safe-read.js'

/**
 * The most bytes of manifest.json read: an entry takes about 300 bytes, so this holds hundreds of thousands of
 * flows, and a committed file of gigabytes (or a link to /dev/zero) is refused before it fills the memory.
 */
export const MANIFEST_MAX_BYTES = 128 * 1024 * 1024

/** The manifest under output-dir; null when there is none yet. Throws a fixable message when unreadable. */
export async function readManifest(outputPath: string): Promise<Manifest | null> {
  const file = join(outputPath, MANIFEST_FILE)
  const read = readWorkspaceFile(file, MANIFEST_MAX_BYTES)
  if (!read.ok) {
    if (read.missing) return null
    throw new Error(`Refusing to read ${file}: ${read.reason}. Replace it with the manifest the last snapshot wrote (git history), or delete it; the next snapshot writes it again.`)
  }
  const decoded = decodeText(read.bytes)
  if (!decoded.ok) throw new Error(`Cannot read ${file}: ${decoded.problem}, or delete it; the next snapshot writes it again.`)
  return parseManifest(decoded.text, file)
}

/** Checks the shape field by field, so a hand-edited manifest fails here and not halfway through a run. */
export function parseManifest(text: string, where: string): Manifest {
  const fix = 'Restore it from git history or delete it; the next snapshot writes it again.'
  let data: unknown
  try {
    // A byte order mark, as some editors save it, is no reason to stop a run.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    throw new Error(`${where} is not valid JSON (${excerpt(errorMessage(error), 200)}). ${fix}`)
  }
  if (!isRecord(data) || data.formatVersion !== 1 || !Array.isArray(data.flows)) {
    throw new Error(`${where} is not a manifest of format 1 (expected {"formatVersion": 1, "flows": [...]}). ${fix}`)
  }
  // Each entry of `list` as a record of the string fields `keys`, or an error naming the first that is not.
  const entries = (list: unknown[], name: string, keys: readonly string[]): Record<string, string>[] =>
    list.map((raw, index) => {
      const entry = isRecord(raw) ? raw : {}
      const wrong = keys.find((key) => typeof entry[key] !== 'string')
      if (wrong) throw new Error(`${where}: ${name}[${index}].${wrong} must be a string. ${fix}`)
      return Object.fromEntries(keys.map((key) => [key, entry[key] as string]))
    })
  const flowFields = ['id', 'name', 'type', 'version', 'path', 'sha256']
  const flows = entries(data.flows, 'flows', flowFields).map((entry, index): ManifestEntry => {
    const raw = (data.flows as unknown[])[index]
    const bytes = isRecord(raw) ? raw.bytes : undefined
    if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0) {
      throw new Error(`${where}: flows[${index}].bytes must be a whole number. ${fix}`)
    }
    return { ...(entry as Omit<ManifestEntry, 'bytes'>), bytes }
  })
  if (data.routing === undefined) return { formatVersion: 1, flows }
  if (!Array.isArray(data.routing)) throw new Error(`${where}: routing must be a list. ${fix}`)
  const routingFields = ['kind', 'id', 'name', 'path', 'sha256']
  const routing = entries(data.routing, 'routing', routingFields) as unknown as RoutingManifestEntry[]
  return { formatVersion: 1, flows, routing }
}

