// The review judged as a flow author would judge it, on every real sample: for each edit kind a person
// makes in Architect, the exact sentence and the exact line of the new file it is pinned to. Lines are
// found independently of the review: the edited value is replaced by a marker in a copy of the new
// document, and the marker's line in that copy's text is the line (same layout, same line count).
import { describe, expect, it } from 'vitest'
import { reviewFlowChange, type FlowReview } from '../../src/changes/index.js'
import { actionTypeLabel } from '../../src/changes/labels.js'
import { clone, readSamples, samplesPresent, tasks, type Json } from './edits.js'

const samples = readSamples()
const MARKER = '\u0001marker\u0001'

function review(before: Json, after: Json): { review: FlowReview; text: string } {
  const text = JSON.stringify(after, null, 2)
  return { review: reviewFlowChange({ before, after, afterText: text, flowId: 'f', name: String(after['name']), versionFrom: '1.0', versionTo: '2.0' }), text }
}

/** The 1-based line where `mark` (an edit of a copy of `document` that writes MARKER into the value) puts the marker. */
function lineOf(document: Json, mark: (copy: Json) => void): number {
  const copy = clone(document)
  mark(copy)
  const lines = JSON.stringify(copy, null, 2).split('\n')
  const found = lines.findIndex((line) => line.includes(JSON.stringify(MARKER).slice(1, -1)))
  if (found === -1) throw new Error('marker not found')
  return found + 1
}

/** How the review names an action, said independently: `Type "name"`, or `Type #N` while it has its default name. */
function label(action: Json): string {
  const type = actionTypeLabel(action['__type'])
  const name = String(action['name'] ?? '')
  if (name !== '' && name.toLowerCase() !== type.toLowerCase()) return `${type} "${name.replace(/\s+/g, ' ').replace(/["\\]/g, (char) => `\\${char}`)}"`
  return `${type} #${action['trackingId']}`
}

function taskActions(document: Json): [Json, Json][] {
  return tasks(document).flatMap((item) => (item['actionList'] as Json[]).map((action) => [item, action] as [Json, Json]))
}

function only(result: { review: FlowReview }): { kind: string; text: string; line?: number } {
  expect(result.review.changes.map((change) => change.text)).toHaveLength(1)
  const [change] = result.review.changes
  return { kind: change!.kind, text: change!.text, ...(change!.line === undefined ? {} : { line: change!.line }) }
}

/** A fixed sentence of 119 characters: a change after it is past what a cut value shows. */
const LONG = 'Thank you for calling the support line. Calls are recorded for training, and the next specialist will be with you soon. '
const WAS = 'Please hold.'
const NOW = 'Please wait.'
/** What both sides show: the last 100 characters, where the first difference (`hold` / `wait`) is, the start left out. */
const WINDOW = 't line. Calls are recorded for training, and the next specialist will be with you soon. Please'

const perSample = samples.map((sample) => [sample.file, sample.document] as const)

describe.skipIf(!samplesPresent)('a long text changed near its end shows where it differs, on both sides', () => {
  it.each(perSample)('%s', (_, document) => {
    const audio = taskActions(document).find(([, action]) => action['__type'] === 'PlayAudioAction' && action['prompts']?.['defaultAudio'])?.[1]
    const set = (copy: Json, words: string): void => {
      const target = audio === undefined ? undefined : taskActions(copy).find(([, action]) => action['id'] === audio['id'])![1]
      if (target === undefined) copy['description'] = words
      else target['prompts']['defaultAudio']['text'] = `AudioPlaybackOptions(ToAudioTTS("${words}"), true)`
    }
    const before = clone(document)
    set(before, LONG + WAS)
    const after = clone(document)
    set(after, LONG + NOW)
    const subject = audio === undefined ? 'Flow description' : `${label(audio)}: audio`
    expect(only(review(before, after))).toEqual({
      kind: audio === undefined ? 'flow' : 'action-changed',
      text: `${subject} "…${WINDOW} hold." → "…${WINDOW} wait."`,
      line: lineOf(after, (copy) => set(copy, MARKER)),
    })
  })
})

const OLD_ID = '0000aaaa-0000-4000-8000-00000000c21d'
const NEW_ID = '0000aaaa-0000-4000-8000-00000000a19f'

/** `…1d`: the last characters of `id`, as many as tell it from `other` (two at least). */
function tail(id: string, other: string): string {
  let length = 2
  while (id.slice(-length) === other.slice(-length)) length++
  return `…${id.slice(-length)}`
}

/** The manifest entry of `kind` naming `id`, given `replacement` as its id. */
function swapInManifest(document: Json, kind: string, id: string, replacement: string): void {
  for (const entry of (document['manifest']?.[kind] ?? []) as Json[]) if (entry['id'] === id) entry['id'] = replacement
}

describe.skipIf(!samplesPresent)('a Transfer to ACD sent to another queue of the same name is told on its queue line', () => {
  const cases = perSample.flatMap(([file, document]) => {
    const found = taskActions(document).find(([, action]) => action['__type'] === 'TransferPureMatchAction' && action['queues']?.[0]?.['config']?.['lit']?.['val'])
    return found === undefined ? [] : [[file, document, found[1]] as const]
  })

  it('applies to every sample with a queue picked in a Transfer to ACD', () => expect(cases.length).toBeGreaterThanOrEqual(8))

  for (const withManifest of [false, true]) {
    it.each(cases)(`%s, ${withManifest ? 'with' : 'without'} the manifest's change`, (_, document, transfer) => {
      const queue = transfer['queues'][0]
      const oldId = String(queue['config']['lit']['val'])
      const edit = (copy: Json, value: string): void => {
        const target = taskActions(copy).find(([, action]) => action['id'] === transfer['id'])![1]
        target['queues'][0]['config']['lit']['val'] = NEW_ID
        target['queues'][0]['text'] = value
        if (withManifest) swapInManifest(copy, 'queue', oldId, NEW_ID)
      }
      const after = clone(document)
      edit(after, queue['text'])
      expect(only(review(document, after))).toEqual({
        kind: 'resource',
        text: `${label(transfer)}: queue "${queue['text']}" (${tail(oldId, NEW_ID)}) → "${queue['text']}" (${tail(NEW_ID, oldId)})`,
        line: lineOf(after, (copy) => edit(copy, MARKER)),
      })
    })
  }
})

describe.skipIf(!samplesPresent)('a Transfer to ACD sent to another user of the same name is told on its direct agent line', () => {
  const cases = perSample.flatMap(([file, document]) => {
    const found = taskActions(document).find(([, action]) => action['__type'] === 'TransferPureMatchAction' && action['directAgent'])
    return found === undefined ? [] : [[file, document, found[1]] as const]
  })

  it('applies to every sample with a direct agent in a Transfer to ACD', () => expect(cases.length).toBeGreaterThanOrEqual(4))

  it.each(cases)('%s', (_, document, transfer) => {
    const set = (copy: Json, id: string, name = 'Dana Agent'): void => {
      const target = taskActions(copy).find(([, action]) => action['id'] === transfer['id'])![1]
      target['directAgent'] = { text: name, type: 'usr', config: { lit: { pos: 1, text: name, type: 'usr', val: id } }, version: 2 }
    }
    const before = clone(document)
    set(before, OLD_ID)
    const after = clone(document)
    set(after, NEW_ID)
    expect(only(review(before, after))).toEqual({
      kind: 'resource',
      text: `${label(transfer)}: direct agent "Dana Agent" (…1d) → "Dana Agent" (…9f)`,
      line: lineOf(after, (copy) => set(copy, NEW_ID, MARKER)),
    })
  })
})

describe.skipIf(!samplesPresent)('a Call Data Action pointed at another data action of the same name is told on its id line', () => {
  const cases = perSample.flatMap(([file, document]) => {
    const found = taskActions(document).find(([, action]) => action['__type'] === 'DataAction' && action['actionId'] && action['actionName'])
    return found === undefined ? [] : [[file, document, found[1]] as const]
  })

  it('applies to every sample with a data action', () => expect(cases.length).toBeGreaterThanOrEqual(25))

  for (const withManifest of [false, true]) {
    it.each(cases)(`%s, ${withManifest ? 'with' : 'without'} the manifest's change`, (_, document, call) => {
      const oldId = String(call['actionId'])
      const replacement = `custom_-_${NEW_ID}`
      const edit = (copy: Json, value: string): void => {
        taskActions(copy).find(([, action]) => action['id'] === call['id'])![1]['actionId'] = value
        if (withManifest) swapInManifest(copy, 'dataAction', oldId, replacement)
      }
      const after = clone(document)
      edit(after, replacement)
      expect(only(review(document, after))).toEqual({
        kind: 'resource',
        text: `${label(call)}: data action "${call['actionName']}" (${tail(oldId, replacement)}) → "${call['actionName']}" (${tail(replacement, oldId)})`,
        line: lineOf(after, (copy) => edit(copy, MARKER)),
      })
    })
  }
})

/** `document` with a new id for each chosen item, action and menu choice (and its Switch cases), wherever the id is written. */
function withNewIds(document: Json, chosen: (id: string, node: Json) => boolean): Json {
  const ids = new Map<string, string>()
  let next = 1
  for (const item of document['flowSequenceItemList'] as Json[]) {
    for (const node of [item, ...((item['actionList'] ?? []) as Json[]), ...((item['menuChoiceList'] ?? []) as Json[]).flatMap((choice: Json) => [choice, choice['action']])]) {
      if (node?.['id'] && chosen(node['id'], node)) ids.set(node['id'], `0000bbbb-0000-4000-8000-${String(next++).padStart(12, '0')}`)
      // A Switch's case ids, which its outputs carry as their output ids, are regenerated with it.
      for (const switchCase of (node?.['cases'] ?? []) as Json[]) {
        const id = switchCase['referenceId']
        if (id && chosen(node['id'], node)) ids.set(id, `0000dddd-0000-4000-8000-${String(next++).padStart(12, '0')}`)
      }
    }
  }
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return ids.get(value) ?? value
    if (Array.isArray(value)) return value.map(rewrite)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, rewrite(field)]))
  }
  return rewrite(document) as Json
}

describe.skipIf(!samplesPresent)('an action re-created in place (a new id, the same place and content) reads as unchanged', () => {
  it.each(perSample)('%s', (_, document) => {
    const [, first] = taskActions(document)[0]!
    const after = withNewIds(document, (id) => id === first['id'])
    const result = review(document, after).review
    expect(result.changes).toEqual([])
    expect(result.status).toBe('layout-only')
  })
})

describe.skipIf(!samplesPresent)('a flow whose ids were all regenerated reads as layout only, not as everything removed and added', () => {
  it.each(perSample)('%s', (_, document) => {
    const result = review(document, withNewIds(document, () => true)).review
    expect(result.changes).toEqual([])
    expect(result.status).toBe('layout-only')
  })
})

describe.skipIf(!samplesPresent)('a removal mid-chain says after which action and what it did, on the line of the edge that now steps over it', () => {
  const cases = perSample.flatMap(([file, document]) => {
    const lead = taskActions(document).find(([item, action]) => {
      const next = action['nextAction']
      return next && JSON.stringify(document).split(`"nextAction":"${next}"`).length === 2 && (item['actionList'] as Json[]).some((other) => other['id'] === next)
    })
    return lead === undefined ? [] : [[file, document, lead[0], lead[1]] as const]
  })

  it('applies to every sample with a chain of two actions', () => expect(cases.length).toBeGreaterThanOrEqual(30))

  it.each(cases)('%s', (_, document, item, lead) => {
    // The previous version had a Play Audio between `lead` and what follows it; the new one (the sample) does not.
    const before = clone(document)
    const beforeItem = tasks(before).find((candidate) => candidate['id'] === item['id'])!
    const beforeLead = (beforeItem['actionList'] as Json[]).find((action) => action['id'] === lead['id'])!
    const removed = {
      __type: 'PlayAudioAction',
      id: '0000cccc-0000-4000-8000-000000000001',
      name: 'Goodbye message',
      trackingId: 9999,
      nextAction: lead['nextAction'],
      prompts: { defaultAudio: { text: 'AudioPlaybackOptions(ToAudioTTS("Thanks for calling, \\"goodbye\\"."), true)', type: 'aud' } },
    }
    beforeLead['nextAction'] = removed.id
    ;(beforeItem['actionList'] as Json[]).push(removed)
    const kind = String(item['__type']).endsWith('State') ? 'state' : 'task'
    expect(only(review(before, document))).toEqual({
      kind: 'action-removed',
      text: `Removed Play Audio "Goodbye message" from ${kind} "${item['name']}", after ${label(lead)} (audio "Thanks for calling, \\"goodbye\\".")`,
      line: lineOf(document, (copy) => {
        taskActions(copy).find(([, action]) => action['id'] === lead['id'])![1]['nextAction'] = MARKER
      }),
    })
  })
})

describe.skipIf(!samplesPresent)('a list that lost one value names that value', () => {
  it.each(perSample)('%s: a supported language removed', (_, document) => {
    const before = clone(document)
    before['supportedLanguages'] = [...(document['supportedLanguages'] ?? []), 'es-US']
    const line = 'supportedLanguages' in document ? lineOf(document, (copy) => (copy['supportedLanguages'] = MARKER)) : 1
    expect(only(review(before, document))).toEqual({ kind: 'flow', text: 'Flow supported language "es-US" removed', line })
  })
})

describe.skipIf(!samplesPresent)('durations read in words', () => {
  const cases = perSample.flatMap(([file, document]) => {
    const found = taskActions(document).find(([, action]) => /^P\d+D\d+H\d+M\d+S\d+F$/.test(action['timeout']?.['text'] ?? ''))
    return found === undefined ? [] : [[file, document, found[1]] as const]
  })

  it.each(cases)('%s: a timeout changed', (_, document, action) => {
    const edit = (copy: Json, text: string): void => {
      taskActions(copy).find(([, candidate]) => candidate['id'] === action['id'])![1]['timeout']['text'] = text
    }
    const before = clone(document)
    edit(before, 'P0D0H1M30S0F')
    const after = clone(document)
    edit(after, 'P0D0H0M5S0F')
    expect(only(review(before, after))).toEqual({ kind: 'action-changed', text: `${label(action)}: timeout 1 min 30 s → 5 s`, line: lineOf(after, (copy) => edit(copy, MARKER)) })
  })
})

describe.skipIf(!samplesPresent)('no shape of a value stops the review', () => {
  const sample = samples.find((candidate) => taskActions(candidate.document).length > 2)!

  it('a value nested 3,000 deep beside a real change: both are told', () => {
    const after = clone(sample.document)
    const [[, first], [, second]] = taskActions(after) as [[Json, Json], [Json, Json]]
    let deep: unknown = 'bottom'
    for (let depth = 0; depth < 3000; depth++) deep = { level: deep }
    first['customSetting'] = deep
    second['name'] = 'Renamed beside a deep value'
    const texts = review(sample.document, after).review.changes.map((change) => change.text)
    expect(texts).toContain(`Renamed ${label(taskActions(sample.document)[1]![1])} to "Renamed beside a deep value"`)
    expect(texts.filter((text) => text.startsWith(label(first)))).toEqual([`${label(first)}: custom setting level level … level level level set to "bottom"`])
  })

  it('200,000 keys in one value beside a real change: the change is told', () => {
    const after = clone(sample.document)
    const [[, first], [, second]] = taskActions(after) as [[Json, Json], [Json, Json]]
    first['wide'] = Object.fromEntries(Array.from({ length: 200_000 }, (_, index) => [`key${index}`, index]))
    second['name'] = 'Renamed beside a wide value'
    const result = review(sample.document, after).review
    expect(result.status).toBe('changed')
    expect(result.changes.map((change) => change.text)).toContain(`Renamed ${label(taskActions(sample.document)[1]![1])} to "Renamed beside a wide value"`)
    // One action's 200,000 new settings are 500 changes and one that counts the rest.
    expect(result.changes.filter((change) => change.text.startsWith(`${label(first)}:`))).toHaveLength(501)
    expect(result.changes.map((change) => change.text)).toContain(`${label(first)}: 199,500 more settings changed`)
  })
})
