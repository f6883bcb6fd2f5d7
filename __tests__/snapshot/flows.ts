// Small builders for snapshot and git tests: flows and scopes as the exporter hands them over.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportedFlow, FlowType, SelectionScope } from '../../src/model.js'

export function flow(id: string, name: string, type: FlowType = 'inboundcall', body: unknown = { name }): ExportedFlow {
  return { ref: { id, name, type, version: '1.0' }, document: body, bytes: 100 }
}

export function scope(listedTypes: FlowType[], listedIds: string[], namePatterns: string[] = []): SelectionScope {
  return { listedTypes, listedIds: new Set(listedIds), namePatterns }
}

/** A UUID whose last group is `n`, so tests read like their data. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`
}

/** Files under `dir`, relative and sorted (folders left out). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
}
