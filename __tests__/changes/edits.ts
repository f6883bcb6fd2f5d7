// The real samples (shared/reference/samples, not shipped with the repository) and programmatic
// edits of them, each the way Architect would make it, for the change-model tests.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type Json = Record<string, any>

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const samplesFolder = path.resolve(repositoryRoot, '../shared/reference/samples')
export const samplesPresent = fs.existsSync(samplesFolder)
if (!samplesPresent) console.warn(`Skipping the change-model sample tests: ${samplesFolder} is absent (it is not shipped with the repository).`)

export interface Sample {
  readonly file: string
  readonly document: Json
}

export function readSamples(): Sample[] {
  if (!samplesPresent) return []
  return fs
    .readdirSync(samplesFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, document: JSON.parse(fs.readFileSync(path.join(samplesFolder, file), 'utf8')) as Json }))
}

export function clone(document: Json): Json {
  return structuredClone(document)
}

export function items(document: Json): Json[] {
  return document['flowSequenceItemList'] as Json[]
}

export function tasks(document: Json): Json[] {
  return items(document).filter((item) => Array.isArray(item['actionList']))
}

export function allActions(document: Json): Json[] {
  return items(document).flatMap((item) => [...(item['actionList'] ?? []), ...(item['menuChoiceList'] ?? []).map((choice: Json) => choice['action'])])
}

/** Action ids named in the manifest (its `context`), so edits can avoid ones that move a resource. */
function manifestUsers(document: Json): Set<string> {
  const ids = new Set<string>()
  for (const entries of Object.values(document['manifest'] ?? {})) {
    for (const entry of entries as Json[]) for (const context of entry['context'] ?? []) ids.add(context['id'])
  }
  return ids
}

/** An action B with A.nextAction = B and B.nextAction = C, no outputs and no resource: removable or movable with one splice. */
export function chainMiddle(document: Json): { item: Json; before: Json; middle: Json } | undefined {
  const users = manifestUsers(document)
  for (const item of tasks(document)) {
    for (const middle of item['actionList'] as Json[]) {
      if (!middle['nextAction'] || middle['paths']?.length || middle['path'] || users.has(middle['id'])) continue
      if (Object.keys(middle).some((key) => /flowid$/i.test(key))) continue
      const before = (item['actionList'] as Json[]).find((candidate) => candidate['nextAction'] === middle['id'])
      if (before) return { item, before, middle }
    }
  }
  return undefined
}

export function firstAction(document: Json, type: string): Json | undefined {
  return allActions(document).find((action) => action['__type'] === type)
}

/** A fresh id shaped like Architect's. */
export function newId(seed: number): string {
  return `0000aaaa-0000-4000-8000-${String(seed).padStart(12, '0')}`
}

export function playAudio(id: string, name: string, next: string | undefined, words: string): Json {
  return {
    __type: 'PlayAudioAction',
    id,
    name,
    trackingId: 9999,
    ...(next ? { nextAction: next } : {}),
    prompts: { defaultAudio: { text: `AudioPlaybackOptions(ToAudioTTS("${words}"), true)`, type: 'aud', version: 2, config: {} }, cases: [] },
  }
}

/** Every object's keys in reverse order, every trackingId and position moved: what Architect may write on a plain save. */
export function reshuffled(value: unknown, counter = { next: 1000 }): unknown {
  if (Array.isArray(value)) return value.map((element) => reshuffled(element, counter))
  if (value === null || typeof value !== 'object') return value
  const out: Json = {}
  for (const key of Object.keys(value).reverse()) {
    const field = (value as Json)[key]
    if (key === 'trackingId' || key === 'nextTrackingNumber') out[key] = counter.next++
    else if (key === 'uiMetaData') out[key] = { moved: counter.next++, position: { x: counter.next, y: 3 } }
    else out[key] = reshuffled(field, counter)
  }
  return out
}

/** Every object's keys in reverse order, nothing else. */
export function keysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysReversed)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, keysReversed((value as Json)[key])]))
}
