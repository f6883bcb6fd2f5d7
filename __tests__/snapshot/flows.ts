// Small builders for snapshot and git tests: flows and scopes as the exporter hands them over.
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
