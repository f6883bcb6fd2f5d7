// An org loaded from a folder of flow configuration JSON files (e.g. the real samples), instead of generated.

import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { createRandom } from '../random.js'
import type { EmulatedFlow, EmulatedOrg } from '../types.js'

const UUID_SUFFIX = /--([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i

/**
 * Every `*.json` file under `dir` (recursively) whose content has `type`, `name` and `flowSequenceItemList` is a
 * flow; other JSON files (a manifest, settings) are skipped. A file named `<anything>--<uuid>.json` keeps that
 * uuid as its flow id; otherwise the id is drawn from the seed and the file's relative path, so it is stable.
 */
export async function loadOrg(dir: string, seed: number | string): Promise<EmulatedOrg> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  const flows: EmulatedFlow[] = []
  for (const file of files) {
    const relative = path.relative(dir, file).split(path.sep).join('/')
    let document: unknown
    try {
      document = JSON.parse(await readFile(file, 'utf8'))
    } catch (error) {
      throw new Error(`Emulator org folder: ${relative} is not valid JSON (${(error as Error).message}). Fix or remove the file.`)
    }
    if (!isFlowDocument(document)) continue
    const id = UUID_SUFFIX.exec(relative)?.[1]?.toLowerCase() ?? createRandom(`${seed}:${relative}`).uuid()
    flows.push({
      id,
      name: document.name,
      type: document.type.toLowerCase(),
      version: '1.0',
      description: typeof document.description === 'string' ? document.description : '',
      deleted: false,
      document,
    })
  }
  const ids = new Set<string>()
  for (const flow of flows) {
    if (ids.has(flow.id)) throw new Error(`Emulator org folder: two files give flow id ${flow.id}. Rename one of them.`)
    ids.add(flow.id)
  }
  return { flows, planted: [], resources: [], routing: { callRoutes: [], scheduleGroups: [], schedules: [], emergencyGroups: [], planted: [] } }
}

function isFlowDocument(value: unknown): value is Record<string, unknown> & { name: string; type: string } {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.name === 'string' && typeof record.type === 'string' && Array.isArray(record.flowSequenceItemList)
}
