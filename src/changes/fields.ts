// A field-by-field walk of two versions of one record (an action, a menu choice, an item, the flow's
// settings), reporting each setting that changed in Architect's terms. Value objects
// (`{text, type, config, …}`, docs/flow-format.md §1.3) are compared by their `text` and, when they
// pick a resource, by the id beside it (`config.lit.val`): two queues may share a name. `config` is
// otherwise the parsed form of the same text. Lists of records are matched by their id, output id,
// case id or name, so a reordered list is no change and an inserted element is one change, not a
// cascade.
//
// The walk keeps its own stack: a document is written by whoever edits the flow, and no nesting depth
// or width of one value may stop the review.
import { isRecord, ownValue, recordField, stringField, type JsonRecord, type Pointer } from '../flows/json.js'
import { excerptAround, firstDifference } from '../text/excerpt.js'
import { quoted } from './labels.js'
import type { Versions } from './view.js'

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
  /** The id of the resource each side picks, when the value names one (a queue, a user, a data action). */
  readonly beforeId?: string
  readonly afterId?: string
  /** A value of a plain list (a language, a speech term) added or removed: the sentence names the value. */
  readonly listValue?: boolean
  /** Set on the last change of a walk that found more than MAX_FIELD_CHANGES: how many more there were. */
  readonly more?: number
}

/** Changes one walk reports; past this, one change counts the rest (nobody reads 200,000 lines of one action). */
export const MAX_FIELD_CHANGES = 500

/** Keys that never carry meaning for a person: positions, counters, UI state, derived labels, edges. */
export const NOISE_KEYS: ReadonlySet<string> = new Set(['trackingId', 'uiMetaData', 'metaData', 'localizedLabel', 'nextActionId', 'nextAction'])

export interface WalkContext {
  /** Keys of the walked record that another part of the model reports (edges, names, lists of actions). */
  readonly skipTop: ReadonlySet<string>
  readonly label: (key: string) => string
}

/**
 * A path or a list of labels as its last step and its parent's trail, shared by every sibling: a step deeper costs
 * one cell, not a copy of the whole path, so a value nested thousands deep is walked in linear time. `first` keeps
 * the first few steps, which is all a label shows of a deep value besides its last few.
 */
type Trail<T> = { readonly last: T; readonly parent: Trail<T>; readonly length: number; readonly first: readonly T[] } | undefined

function extend<T>(parent: Trail<T>, last: T): Trail<T> {
  const first = parent === undefined ? [last] : parent.first.length < LABELS_AT_EACH_END ? [...parent.first, last] : parent.first
  return { last, parent, length: (parent?.length ?? 0) + 1, first }
}

/** The trail's last `count` steps (all of them by default), first to last, then `more`. */
function stepsOf<T>(trail: Trail<T>, more: readonly T[] = [], count = Infinity): T[] {
  const steps: T[] = []
  for (let cell = trail; cell !== undefined && steps.length < count; cell = cell.parent) steps.push(cell.last)
  return [...steps.reverse(), ...more]
}

type WalkStep = {
  readonly before: unknown
  readonly after: unknown
  readonly path: Trail<string | number>
  readonly labels: Trail<string>
  readonly key: string
  readonly top: boolean
}
/** One pending step of the walk: two values to compare, or a change to write out in its turn (made only if written). */
type Step = WalkStep | { readonly change: () => FieldChange }

export function diffFields(before: JsonRecord, after: JsonRecord, context: WalkContext): FieldChange[] {
  const changes: FieldChange[] = []
  const counting: WalkContext = { skipTop: context.skipTop, label: () => '' }
  let more = 0
  // Each value's children are pushed in reverse, so the stack visits them in document order as recursion would.
  const stack: Step[] = [{ before, after, path: undefined, labels: undefined, key: '', top: true }]
  while (stack.length > 0) {
    const step = stack.pop()!
    if ('change' in step) {
      if (changes.length < MAX_FIELD_CHANGES) changes.push(step.change())
      else more++
      continue
    }
    const next: Step[] = []
    // Past the cap the rest is only counted: no labels are put into words.
    const walk = changes.length < MAX_FIELD_CHANGES ? context : counting
    if (step.top) recordSteps(step.before as JsonRecord, step.after as JsonRecord, step, walk, next)
    else valueSteps(step, walk, next)
    for (let index = next.length - 1; index >= 0; index--) stack.push(next[index]!)
  }
  if (more > 0) changes.push({ path: [], key: '', label: '', more })
  return changes
}

export function isValueObject(value: unknown): value is JsonRecord {
  return isRecord(value) && typeof value['text'] === 'string' && typeof value['type'] === 'string' && !('__type' in value)
}

/** The id a value object picks (`config.lit.val`: a queue, user, skill, prompt, …), '' when it picks none. */
export function referenceId(value: unknown): string {
  if (!isValueObject(value)) return ''
  const literal = recordField(recordField(value, 'config') ?? {}, 'lit')
  return literal === undefined ? '' : stringField(literal, 'val')
}

function valueSteps(step: WalkStep, context: WalkContext, out: Step[]): void {
  const { before, after, path, labels, key } = step
  if (isValueObject(before) || isValueObject(after)) {
    const was = plainText(before)
    const now = plainText(after)
    const wasId = referenceId(before)
    const nowId = referenceId(after)
    // Same text, new id: another resource of that name; a pick cleared to an expression (no id) is told by its text.
    if (was !== now || (wasId !== nowId && wasId !== '' && nowId !== '')) {
      const valueType = stringField(isValueObject(after) ? after : (before as JsonRecord), 'type')
      const ids = was === now ? { beforeId: wasId, afterId: nowId } : {}
      // Pinned to the `text` line: the value itself, not the `{` that opens it.
      const at = isValueObject(after) ? ['text'] : []
      out.push({ change: () => ({ path: stepsOf(path, at), key, label: joined(labels), before: was, after: now, valueType, ...ids }) })
    }
    return
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    listSteps(Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], step, out)
    return
  }
  if (isRecord(before) || isRecord(after)) {
    recordSteps(isRecord(before) ? before : {}, isRecord(after) ? after : {}, step, context, out)
    return
  }
  if (scalarText(before) !== scalarText(after)) {
    const literal = typeof (after ?? before) === 'number' || typeof (after ?? before) === 'boolean'
    out.push({ change: () => ({ path: stepsOf(path), key, label: joined(labels), before: scalarText(before), after: scalarText(after), literal }) })
  }
}

function recordSteps(before: JsonRecord, after: JsonRecord, step: WalkStep, context: WalkContext, out: Step[]): void {
  const { path, labels, top } = step
  const keys = new Set(Object.keys(after))
  for (const field of Object.keys(before)) keys.add(field)
  for (const field of keys) {
    if (NOISE_KEYS.has(field) || (top && context.skipTop.has(field))) continue
    // Own keys only: a key one side lacks must not read the other's `toString` or `constructor` from its prototype.
    const [was, now] = [ownValue(before, field), ownValue(after, field)]
    if (was === now && (was === null || typeof was !== 'object')) continue // the common case, without allocating a path
    const byName = shownByName(field, before, after)
    if (byName === 'skip') continue
    const key = top ? field : step.key
    if (byName !== 'walk') {
      // Same name, another id: another resource (or flow) of the same name, told on the id's line.
      const label = context.label(byName)
      const name = scalarText(ownValue(after, byName))
      const labelled = label === '' ? labels : extend(labels, label)
      const ids = { beforeId: scalarText(was), afterId: scalarText(now) }
      out.push({ change: () => ({ path: stepsOf(path, [field]), key: top ? byName : step.key, label: joined(labelled), before: name, after: name, ...ids }) })
      continue
    }
    const label = context.label(field)
    out.push({ before: was, after: now, path: extend(path, field), labels: label === '' ? labels : extend(labels, label), key, top: false })
  }
}

/**
 * `flowId` beside `flowName`, `actionId` beside `actionName`, …: the name says it. 'skip' when the
 * names differ or the ids are the same (the name's own change tells it); the name's key when the
 * name stayed and the id changed (a resource of the same name); 'walk' for any other field.
 */
function shownByName(field: string, before: JsonRecord, after: JsonRecord): 'skip' | 'walk' | string {
  const stem = /^(.+)(Id|Reference)$/.exec(field)?.[1]
  if (stem === undefined) return 'walk'
  const nameKey = `${stem}Name`
  if (!Object.hasOwn(before, nameKey) && !Object.hasOwn(after, nameKey)) return 'walk'
  const [nameWas, nameNow, idWas, idNow] = [before[nameKey], after[nameKey], before[field], after[field]].map(scalarText)
  if (nameWas !== nameNow || idWas === idNow) return 'skip'
  return idWas === '' || idNow === '' ? 'walk' : nameKey
}

function listSteps(before: readonly unknown[], after: readonly unknown[], step: WalkStep, out: Step[]): void {
  const { path, labels, key } = step
  if (before.every(isPlain) && after.every(isPlain)) {
    plainListChanges(before, after, path, joined(labels), key, out)
    return
  }
  const elementKey = keyOf(before, after)
  if (elementKey === undefined) {
    const length = Math.max(before.length, after.length)
    for (let index = 0; index < length; index++) {
      const at = index < after.length ? extend(path, index) : path
      out.push({ before: before[index], after: after[index], path: at, labels: extend(labels, `${index + 1}`), key, top: false })
    }
    return
  }
  const label = joined(labels)
  const oldByKey = new Map<string, JsonRecord>()
  for (const element of before) oldByKey.set(elementKey(element as JsonRecord), element as JsonRecord)
  const newKeys = new Set<string>()
  after.forEach((element, index) => {
    const record = element as JsonRecord
    const id = elementKey(record)
    newKeys.add(id)
    const old = oldByKey.get(id)
    const named = `${label} ${quoted(elementName(record))}`.trim()
    if (old === undefined) out.push({ change: () => ({ path: stepsOf(path, [index, ...nameKey(record)]), key, label: named, after: elementSummary(record) }) })
    else if (isVariable(record)) out.push({ before: { ...old, id: undefined }, after: { ...record, id: undefined }, path: extend(path, index), labels: extend(undefined, named), key, top: false })
    else out.push({ before: old, after: record, path: extend(path, index), labels: extend(undefined, named), key, top: false })
  })
  for (const [id, old] of oldByKey) {
    if (!newKeys.has(id)) out.push({ change: () => ({ path: stepsOf(path), key, label: `${label} ${quoted(elementName(old))}`.trim(), before: elementSummary(old) }) })
  }
}

/** Lists of plain values (languages, speech terms, the queues of a Transfer to ACD): compared as sets. */
function plainListChanges(before: readonly unknown[], after: readonly unknown[], trail: Trail<string | number>, label: string, key: string, out: Step[]): void {
  const identity = (value: unknown): string => `${plainText(value)}\u0000${referenceId(value)}`
  const byIdentity = (list: readonly unknown[]): Map<string, unknown> =>
    new Map(list.filter((value) => plainText(value) !== '').map((value) => [identity(value), value]))
  const [was, now] = [byIdentity(before), byIdentity(after)]
  const valueType = [...after, ...before].find(isValueObject)?.['type']
  const typed = typeof valueType === 'string' ? { valueType } : {}
  const added = [...now.keys()].filter((value) => !was.has(value))
  const removed = [...was.keys()].filter((value) => !now.has(value))
  // Worked out only for a change that is written: the list's path, and where each value first stands in it.
  const path = (): Pointer => stepsOf(trail)
  let firstIndex: Map<string, number> | undefined
  // An added value is pinned to its own line (the `text` of a value object).
  const at = (identityOf: string): Pointer => {
    firstIndex ??= new Map([...after.entries()].reverse().map(([index, element]) => [identity(element), index] as const))
    const index = firstIndex.get(identityOf) ?? -1
    return index === -1 ? path() : isValueObject(after[index]) ? [...path(), index, 'text'] : [...path(), index]
  }
  if (added.length === 1 && removed.length === 1) {
    // One value swapped for another (a Transfer to ACD's queue): one change, read as "A → B".
    const old = was.get(removed[0]!)
    const value = now.get(added[0]!)
    const ids = plainText(old) === plainText(value) ? { beforeId: referenceId(old), afterId: referenceId(value) } : {}
    out.push({ change: () => ({ path: at(added[0]!), key, label, before: plainText(old), after: plainText(value), ...typed, ...ids }) })
    return
  }
  for (const value of added) out.push({ change: () => ({ path: at(value), key, label, after: plainText(now.get(value)), listValue: true, ...typed }) })
  for (const value of removed) out.push({ change: () => ({ path: path(), key, label, before: plainText(was.get(value)), listValue: true, ...typed }) })
}

/** How list elements are matched across versions, or undefined to match them by position. */
function keyOf(before: readonly unknown[], after: readonly unknown[]): ((element: JsonRecord) => string) | undefined {
  if (!before.every(isRecord) || !after.every(isRecord)) return undefined
  const records = [...before, ...after] as JsonRecord[]
  const by = (field: string, when = (record: JsonRecord): boolean => stringField(record, field) !== '') => {
    const fits = records.every(when) && unique(before, field) && unique(after, field)
    return fits ? (record: JsonRecord) => stringField(record, field) : undefined
  }
  const variableText = (record: JsonRecord): string => stringField(record['variable'] as JsonRecord, 'text')
  const byVariable = () => (records.every((record) => isValueObject(record['variable'])) ? variableText : undefined)
  // A variable is known by its name (`Flow.x`) in every expression; its id is Architect's own.
  return by('name', isVariable) ?? by('id') ?? by('outputId') ?? by('referenceId') ?? byVariable() ?? by('name')
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

/** Absent, null and '' are all "not set". An object here is a value where a scalar was: said in a word, never serialised whole. */
function scalarText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return `(a list of ${value.length})`
  if (typeof value === 'object') return '(an object)'
  return String(value)
}

/** Labels are a path of names; a value nested hundreds deep keeps its first and last few. */
const MAX_LABELS = 8
const LABELS_AT_EACH_END = 3

function joined(labels: Trail<string>): string {
  if (labels === undefined) return ''
  const shown = labels.length <= MAX_LABELS ? stepsOf(labels) : [...labels.first, '…', ...stepsOf(labels, [], LABELS_AT_EACH_END)]
  return shown.filter((label) => label !== '').join(' ')
}

/** Characters of a value a sentence shows; a longer value shows a window around its first difference. */
const SHOWN_CHARS = 100

/** One change as words: `expression "A" → "B"`, `input "queueId" added: "Task.Queue.id"`, `language "es-US" removed`. */
export function fieldSentence(change: FieldChange, flows?: Versions): string {
  if (change.more !== undefined) return `${change.more.toLocaleString('en-US')} more setting${change.more === 1 ? '' : 's'} changed`
  const label = change.label === '' ? 'value' : change.label
  const { before, after } = change
  // Audio reads as its words, unless the words stayed the same (then the change is elsewhere in the expression).
  const words = change.valueType === 'aud' && audioWords(before ?? '') !== audioWords(after ?? '')
  const form = (text: string): string => (words ? audioWords(text) : text)
  const duration = (text: string): string | undefined => (change.literal ? undefined : durationText(text))
  const show = (text: string): string => duration(text) ?? (change.literal ? text : quoted(form(text), SHOWN_CHARS))
  if (before === undefined) {
    if (change.listValue) return `${label} ${show(after ?? '')} added`
    return `${label} added${after ? `: ${show(after)}` : ''}`
  }
  if (after === undefined) return change.listValue ? `${label} ${show(before)} removed` : `${label} removed`
  if (before === '') return `${label} set to ${show(after)}`
  if (after === '') return `${label} cleared (was ${show(before)})`
  if (change.beforeId !== undefined && change.afterId !== undefined && change.beforeId !== change.afterId) {
    return `${label} ${pickText(before, change.beforeId, change.afterId, flows?.before.names)} → ${pickText(after, change.afterId, change.beforeId, flows?.after.names)}`
  }
  const [was, now] = [form(before), form(after)]
  if (duration(before) === undefined && !change.literal && (was.length > SHOWN_CHARS || now.length > SHOWN_CHARS)) {
    // A long text changed late would print the same cut start on both sides: show where they differ.
    const at = firstDifference(was, now)
    return `${label} ${windowQuoted(was, at)} → ${windowQuoted(now, at)}`
  }
  return `${label} ${show(before)} → ${show(after)}`
}

/** `"G Ride" (…1d)`: the name (the manifest's, when it has one for the id) and the end of the id that tells the two apart. */
function pickText(text: string, id: string, other: string, names: ReadonlyMap<string, string> | undefined): string {
  return `${quoted(names?.get(id) || text)} (${idTail(id, other)})`
}

/** The shortest end of `id` (2 characters at least) that differs from the end of `other`. */
export function idTail(id: string, other: string): string {
  let length = Math.min(2, id.length)
  while (length < id.length && id.slice(-length) === other.slice(-length)) length++
  return length >= id.length ? id : `…${id.slice(-length)}`
}

/** A window of a long value around `at`, in quotes; only a bounded slice of the value is ever copied. */
function windowQuoted(text: string, at: number): string {
  const slack = SHOWN_CHARS * 4
  const start = Math.max(0, at - slack)
  const end = Math.min(text.length, at + slack)
  // Quotes and backslashes escaped first, so the window's offset moves by the escapes before it.
  const escape = (part: string): string => part.replace(/["\\]/g, (char) => `\\${char}`).replace(/\s/g, ' ')
  const lead = escape(text.slice(start, at))
  const inner = excerptAround(lead + escape(text.slice(at, end)), lead.length, SHOWN_CHARS)
  return `"${start > 0 && !inner.startsWith('…') ? '…' : ''}${inner}${end < text.length && !inner.endsWith('…') ? '…' : ''}"`
}

const DURATION = /^P(\d+)D(\d+)H(\d+)M(\d+)S(\d+)F$/

/** Architect's durations (`P0D0H1M30S0F`) as a person says them: `1 min 30 s`; undefined for anything else. */
export function durationText(text: string): string | undefined {
  const match = DURATION.exec(text)
  if (match === null) return undefined
  const [days, hours, minutes, seconds, millis] = match.slice(1).map(Number) as [number, number, number, number, number]
  // The last field is milliseconds (`P0D0H0M0S1500F` is a speech timeout of 1.5 s): alone and under a second it reads `500 ms`.
  const second = seconds === 0 && millis < 1000 ? [[millis, 'ms']] : [[Number((seconds + millis / 1000).toFixed(3)), 's']]
  const parts = [[days, 'd'], [hours, 'h'], [minutes, 'min'], ...second].filter(([count]) => count !== 0).map(([count, unit]) => `${count} ${unit}`)
  return parts.length === 0 ? '0 s' : parts.join(' ')
}

const AUDIO_PART = /ToAudioTTS\(\s*"((?:[^"\\]|\\.)*)"|(Prompt\.[\p{L}\p{N}_]+)/gu

/** An audio expression's words (TTS texts and prompts): `AudioPlaybackOptions(ToAudioTTS("Hi"), true)` reads `Hi`. */
export function audioWords(expression: string): string {
  const parts = [...expression.matchAll(AUDIO_PART)].map((match) => (match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!))
  return parts.length === 0 ? expression : parts.join(' + ')
}
