// Narrowing helpers for the untyped configuration JSON: flow documents are read, never trusted.
import { parseJsonOrUndefined } from '../text/json.js'

export type JsonRecord = Record<string, unknown>

/** A path into a document, as JSON Pointer segments: `['flowSequenceItemList', 0, 'startAction']`. */
export type Pointer = readonly (string | number)[]

/** The text as an Architect flow configuration (an object with a flowSequenceItemList), or undefined. */
export function parseFlowConfiguration(text: string): JsonRecord | undefined {
  const value = parseJsonOrUndefined(text)
  return isRecord(value) && Array.isArray(value['flowSequenceItemList']) ? value : undefined
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The string value, or '' when absent or of another type (an empty reference is no reference). */
export function stringField(record: JsonRecord, key: string): string {
  const value = record[key]
  return typeof value === 'string' ? value : ''
}

export function arrayField(record: JsonRecord, key: string): readonly unknown[] {
  const value = record[key]
  return Array.isArray(value) ? value : []
}

export function recordField(record: JsonRecord, key: string): JsonRecord | undefined {
  const value = record[key]
  return isRecord(value) ? value : undefined
}
