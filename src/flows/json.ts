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

/**
 * Whether two JSON values are the same data (key order aside). Iterative, with its own stack of pairs: a value
 * nested 20,000 levels deep, as a pull request can commit, neither overflows the call stack nor has to be
 * written out as text (pretty-printed, such a value is longer than a string may be).
 */
export function sameJsonData(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]]
  while (pending.length > 0) {
    const [x, y] = pending.pop()!
    if (x === y) continue
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false
      for (let index = 0; index < x.length; index++) pending.push([x[index], y[index]])
      continue
    }
    if (!isRecord(x) || !isRecord(y)) return false
    const keys = Object.keys(x)
    if (keys.length !== Object.keys(y).length) return false
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(y, key)) return false
      pending.push([x[key], y[key]])
    }
  }
  return true
}

/** `record[key]` only when the record itself has that key: in a flow, `constructor` or `__proto__` is a name, not a member. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/**
 * A table looked up by names read from flows (action types, keys, output ids). It has no prototype, so a flow's
 * `constructor` or `__proto__` finds nothing in it rather than a member every object has.
 */
export function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
