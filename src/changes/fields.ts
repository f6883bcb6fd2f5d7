// A field-by-field walk of two versions of one record (an action, a menu choice, an item, the flow's
// settings), reporting each setting that changed in Architect's terms. Value objects
// (`{text, type, config, …}`, §1.3) are compared by their `text`: `config` is the parsed form of the
// same text. Lists of records are matched by their id, output id, case id or name, so a reordered
// list is no change and an inserted element is one change, not a cascade.
import { isRecord, sameJsonData, stringField, type JsonRecord, type Pointer } from '../flows/json.js'
import { quoted } from './labels.js'

export interface FieldChange {
  /** Where the change is, relative to the walked record: in the new record, or its nearest kept parent. */
  readonly path: Pointer
  /** The top-level key it is under, e.g. `queues` or `prompts`. */
  readonly key: string
  /** e.g. `input "queueId"`, `audio`, `case "Case 1" condition`. */
  readonly label: string
  /** Undefined: the element was added. */
  readonly before?: string
  /** Undefined: the element was removed. */
  readonly after?: string
  /** Numbers and booleans read unquoted. */
  readonly literal?: boolean
  /** The value-object type code (`que`, `aud`, …) when there is one. */
  readonly valueType?: string
}

/** Keys that never carry meaning for a person: positions, counters, UI state, derived labels, edges. */
export const NOISE_KEYS: ReadonlySet<string> = new Set(['trackingId', 'uiMetaData', 'metaData', 'localizedLabel', 'nextActionId', 'nextAction'])

export interface WalkContext {
  /** Keys of the walked record that another part of the model reports (edges, names, lists of actions). */
  readonly skipTop: ReadonlySet<string>
  /** Architect's label for a key. */
  readonly label: (key: string) => string
}

export function diffFields(before: JsonRecord, after: JsonRecord, context: WalkContext): FieldChange[] {
  const changes: FieldChange[] = []
  walkRecord(before, after, [], [], '', context, changes, true)
  return changes
}

export function isValueObject(value: unknown): value is JsonRecord {
  return isRecord(value) && typeof value['text'] === 'string' && typeof value['type'] === 'string' && !('__type' in value)
}

/** Levels walked field by field; deeper, a value is compared whole, so no nesting can overflow the stack. */
const WALK_DEPTH = 200

function walk(before: unknown, after: unknown, path: Pointer, labels: string[], key: string, context: WalkContext, out: FieldChange[]): void {
  if (path.length > WALK_DEPTH) {
    // Compared whole without recursion, and one change named at this level.
    if (!sameJsonData(before, after)) out.push({ path, key, label: labels.slice(0, 1).join(' '), before: `(a value nested over ${WALK_DEPTH} levels deep)`, after: '(changed)', literal: true })
    return
  }
  if (isValueObject(before) || isValueObject(after)) {
    const was = isValueObject(before) ? stringField(before, 'text') : scalarText(before)
    const now = isValueObject(after) ? stringField(after, 'text') : scalarText(after)
    if (was !== now) {
      const valueType = stringField(isValueObject(after) ? after : (before as JsonRecord), 'type')
      // Pinned to the `text` line: the value itself, not the `{` that opens it.
      out.push({ path: isValueObject(after) ? [...path, 'text'] : path, key, label: joined(labels), before: was, after: now, valueType })
    }
    return
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    walkList(Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], path, labels, key, context, out)
    return
  }
  if (isRecord(before) || isRecord(after)) {
    walkRecord(isRecord(before) ? before : {}, isRecord(after) ? after : {}, path, labels, key, context, out, false)
    return
  }
  if (scalarText(before) !== scalarText(after)) {
    const literal = typeof (after ?? before) === 'number' || typeof (after ?? before) === 'boolean'
    out.push({ path, key, label: joined(labels), before: scalarText(before), after: scalarText(after), literal })
  }
}

function walkRecord(
  before: JsonRecord,
  after: JsonRecord,
  path: Pointer,
  labels: string[],
  key: string,
  context: WalkContext,
  out: FieldChange[],
  top: boolean,
): void {
  const keys = new Set([...Object.keys(after), ...Object.keys(before)])
  for (const field of keys) {
    if (NOISE_KEYS.has(field) || (top && context.skipTop.has(field))) continue
    const was = before[field]
    if (was === after[field] && (was === null || typeof was !== 'object')) continue // the common case, without allocating a path
    if (shownByName(field, before, after)) continue
    const label = context.label(field)
    walk(before[field], after[field], [...path, field], label === '' ? labels : [...labels, label], top ? field : key, context, out)
  }
}

/**
 * `flowId` beside `flowName`, `actionId` beside `actionName`, …: the name says it, ids only when the
 * name stayed the same (two things of one name).
 */
function shownByName(field: string, before: JsonRecord, after: JsonRecord): boolean {
  const stem = /^(.+)(Id|Reference)$/.exec(field)?.[1]
  if (stem === undefined) return false
  const nameKey = `${stem}Name`
  if (!(nameKey in before) && !(nameKey in after)) return false
  return scalarText(before[nameKey]) !== scalarText(after[nameKey]) || scalarText(before[field]) === scalarText(after[field])
}

function walkList(before: readonly unknown[], after: readonly unknown[], path: Pointer, labels: string[], key: string, context: WalkContext, out: FieldChange[]): void {
  const label = joined(labels)
  if (before.every(isPlain) && after.every(isPlain)) {
    const was = new Set(before.map(plainText).filter((text) => text !== ''))
    const now = new Set(after.map(plainText).filter((text) => text !== ''))
    const valueType = [...after, ...before].find(isValueObject)?.['type']
    const typed = typeof valueType === 'string' ? { valueType } : {}
    const added = [...now].filter((value) => !was.has(value))
    const removed = [...was].filter((value) => !now.has(value))
    // An added value is pinned to its own line (the `text` of a value object).
    const at = (value: string): Pointer => {
      const index = after.findIndex((element) => plainText(element) === value)
      return index === -1 ? path : isValueObject(after[index]) ? [...path, index, 'text'] : [...path, index]
    }
    if (added.length === 1 && removed.length === 1) {
      // One value swapped for another (a Transfer to ACD's queue): one change, read as "A → B".
      out.push({ path: at(added[0]!), key, label, before: removed[0], after: added[0], ...typed })
      return
    }
    for (const value of added) out.push({ path: at(value), key, label, after: value, ...typed })
    for (const value of removed) out.push({ path, key, label, before: value, ...typed })
    return
  }
  const elementKey = keyOf(before, after)
  if (elementKey === undefined) {
    const length = Math.max(before.length, after.length)
    for (let index = 0; index < length; index++) {
      const at = index < after.length ? [...path, index] : path
      walk(before[index], after[index], at, [...labels, `${index + 1}`], key, context, out)
    }
    return
  }
  const oldByKey = new Map(before.map((element) => [elementKey(element as JsonRecord), element as JsonRecord]))
  const newKeys = new Set<string>()
  after.forEach((element, index) => {
    const record = element as JsonRecord
    const id = elementKey(record)
    newKeys.add(id)
    const old = oldByKey.get(id)
    const named = `${label} "${elementName(record)}"`.trim()
    if (old === undefined) out.push({ path: [...path, index, ...nameKey(record)], key, label: named, after: elementSummary(record) })
    else if (isVariable(record)) walk({ ...old, id: undefined }, { ...record, id: undefined }, [...path, index], [named], key, context, out)
    else walk(old, record, [...path, index], [named], key, context, out)
  })
  for (const [id, old] of oldByKey) {
    if (!newKeys.has(id)) out.push({ path, key, label: `${label} "${elementName(old)}"`.trim(), before: elementSummary(old) })
  }
}

/** How list elements are matched across versions, or undefined to match them by position. */
function keyOf(before: readonly unknown[], after: readonly unknown[]): ((element: JsonRecord) => string) | undefined {
  const all = [...before, ...after]
  if (!all.every(isRecord)) return undefined
  const records = all as JsonRecord[]
  // A variable is known by its name (`Flow.x`) in every expression; its id is Architect's own.
  if (records.every(isVariable) && unique(before, 'name') && unique(after, 'name')) {
    return (record) => stringField(record, 'name')
  }
  for (const field of ['id', 'outputId', 'referenceId']) {
    if (records.every((record) => stringField(record, field) !== '') && unique(before, field) && unique(after, field)) {
      return (record) => stringField(record, field)
    }
  }
  if (records.every((record) => isValueObject(record['variable']))) return (record) => stringField(record['variable'] as JsonRecord, 'text')
  if (records.every((record) => stringField(record, 'name') !== '') && unique(before, 'name') && unique(after, 'name')) {
    return (record) => stringField(record, 'name')
  }
  return undefined
}

/** A variable definition (`IntegerVariable`, `StringVariable`, …): matched, and told apart, by its name. */
function isVariable(record: JsonRecord): boolean {
  return stringField(record, '__type').endsWith('Variable')
}

function unique(list: readonly unknown[], field: string): boolean {
  return new Set(list.map((element) => stringField(element as JsonRecord, field))).size === list.length
}

/** The key that names an element, so an added one is pinned to the line that says which it is. */
function nameKey(record: JsonRecord): string[] {
  const key = ['name', 'label', 'variable', 'id'].find((candidate) => candidate in record)
  if (key === undefined) return []
  return isValueObject(record[key]) ? [key, 'text'] : [key]
}

function elementName(record: JsonRecord): string {
  const variable = record['variable']
  if (isValueObject(variable)) return stringField(variable, 'text')
  return stringField(record, 'name') || stringField(record, 'label') || stringField(record, 'id')
}

/** What an added or removed element holds, in a few words: its value or expression. */
function elementSummary(record: JsonRecord): string {
  for (const field of ['value', 'expression', 'initialValue']) {
    const value = record[field]
    if (isValueObject(value) && stringField(value, 'text') !== '') return stringField(value, 'text')
  }
  return isValueObject(record) ? stringField(record, 'text') : ''
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object' || isValueObject(value)
}

function plainText(value: unknown): string {
  return isValueObject(value) ? stringField(value, 'text') : scalarText(value)
}

/** Absent, null and '' are all "not set". */
function scalarText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

function joined(labels: readonly string[]): string {
  return labels.filter((label) => label !== '').join(' ')
}

/** One change as words: `expression "A" → "B"`, `input "queueId" added: "Task.Queue.id"`. */
export function fieldSentence(change: FieldChange): string {
  // Audio reads as its words, unless the words stayed the same (then the change is elsewhere in the expression).
  const words = change.valueType === 'aud' && audioWords(change.before ?? '') !== audioWords(change.after ?? '')
  const show = (text: string): string => (change.literal ? text : quoted(words ? audioWords(text) : text))
  const label = change.label === '' ? 'value' : change.label
  if (change.before === undefined) return `${label} added${change.after ? `: ${show(change.after)}` : ''}`
  if (change.after === undefined) return `${label} removed`
  if (change.before === '') return `${label} set to ${show(change.after)}`
  if (change.after === '') return `${label} cleared (was ${show(change.before)})`
  return `${label} ${show(change.before)} → ${show(change.after)}`
}

const AUDIO_PART = /ToAudioTTS\(\s*"((?:[^"\\]|\\.)*)"|(Prompt\.[\p{L}\p{N}_]+)/gu

/**
 * The words of an audio expression: its TTS texts and prompts, so
 * `AudioPlaybackOptions(ToAudioTTS("Hello"), true)` reads `Hello`. Anything else stays the expression.
 */
export function audioWords(expression: string): string {
  const parts = [...expression.matchAll(AUDIO_PART)].map((match) => (match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!))
  return parts.length === 0 ? expression : parts.join(' + ')
}
