// Reading `manifest.json`: the previous snapshot's index of flows (contract "Files in the repository").
import { join } from 'node:path'
import type { Manifest, ManifestEntry, RoutingManifestEntry } from '../model.js'
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
  const flows = data.flows.map((raw: unknown, index: number): ManifestEntry => {
    const entry = isRecord(raw) ? raw : {}
    const text = (key: string): string => {
      const value = entry[key]
      if (typeof value !== 'string') throw new Error(`${where}: flows[${index}].${key} must be a string. ${fix}`)
      return value
    }
    const bytes = entry.bytes
    if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 0) {
      throw new Error(`${where}: flows[${index}].bytes must be a whole number. ${fix}`)
    }
    return {
      id: text('id'),
      name: text('name'),
      type: text('type'),
      version: text('version'),
      path: text('path'),
      sha256: text('sha256'),
      bytes,
    }
  })
  if (data.routing === undefined) return { formatVersion: 1, flows }
  if (!Array.isArray(data.routing)) throw new Error(`${where}: routing must be a list. ${fix}`)
  const routing = data.routing.map((raw: unknown, index: number): RoutingManifestEntry => {
    const entry = isRecord(raw) ? raw : {}
    const text = (key: string): string => {
      const value = entry[key]
      if (typeof value !== 'string') throw new Error(`${where}: routing[${index}].${key} must be a string. ${fix}`)
      return value
    }
    return { kind: text('kind'), id: text('id'), name: text('name'), path: text('path'), sha256: text('sha256') }
  })
  return { formatVersion: 1, flows, routing }
}

