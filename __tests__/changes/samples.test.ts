// Each edit a person makes in Architect, applied to the real samples: the review names exactly that
// change (its kind, its words, its line in the new file) and nothing else. Noise alone is no change.
import { describe, expect, it } from 'vitest'
import { reviewFlowChange, type ChangeKind } from '../../src/changes/index.js'
import {
  allActions,
  chainMiddle,
  clone,
  firstAction,
  items,
  keysReversed,
  newId,
  playAudio,
  readSamples,
  reshuffled,
  samplesPresent,
  tasks,
  type Json,
} from './edits.js'

interface Expectation {
  readonly kinds: readonly ChangeKind[]
  readonly text: RegExp
  /** Text the change's line in the new file holds. */
  readonly line?: string
}

/** An edit of a copy of a sample; undefined when the sample has nothing it applies to. */
type Edit = (document: Json) => Expectation | undefined

const STRUCTURE: Record<string, Edit> = {
  'rename an action': (document) => {
    const action = tasks(document).flatMap((item) => item['actionList'] as Json[])[0]
    if (!action) return undefined
    action['name'] = 'Renamed by test'
    return { kinds: ['action-renamed'], text: /^Renamed .+ to "Renamed by test"$/, line: '"Renamed by test"' }
  },
  'add an action after another': (document) => {
    const chain = chainMiddle(document)
    if (!chain) return undefined
    const added = playAudio(newId(1), 'Added by test', chain.middle['id'], 'Hello from the test')
    chain.before['nextAction'] = added['id']
    ;(chain.item['actionList'] as Json[]).push(added)
    return { kinds: ['action-added'], text: /^Added Play Audio "Added by test" to .+, after /, line: '"Added by test"' }
  },
  'remove an action between two others': (document) => {
    const chain = chainMiddle(document)
    if (!chain) return undefined
    chain.before['nextAction'] = chain.middle['nextAction']
    chain.item['actionList'] = (chain.item['actionList'] as Json[]).filter((action) => action !== chain.middle)
    return { kinds: ['action-removed'], text: /^Removed .+ from (task|state) .+, after .+/, line: `"nextAction": ${JSON.stringify(chain.middle['nextAction'])}` }
  },
  'move an action to the start of another task': (document) => {
    const chain = chainMiddle(document)
    const target = tasks(document).find((item) => item !== chain?.item && item['startAction'])
    if (!chain || !target) return undefined
    chain.before['nextAction'] = chain.middle['nextAction']
    chain.item['actionList'] = (chain.item['actionList'] as Json[]).filter((action) => action !== chain.middle)
    chain.middle['nextAction'] = target['startAction']
    target['startAction'] = chain.middle['id']
    ;(target['actionList'] as Json[]).push(chain.middle)
    return { kinds: ['action-moved'], text: /^Moved .+ from .+ to .+, at the start$/, line: `"name": ${JSON.stringify(chain.middle['name'])}` }
  },
  'rename a sequence item': (document) => {
    items(document)[0]!['name'] = 'Item renamed by test'
    return { kinds: ['item-renamed'], text: /^Renamed (task|menu|state) .+ to "Item renamed by test"$/, line: '"Item renamed by test"' }
  },
  'add a task': (document) => {
    const disconnect = { __type: 'DisconnectAction', id: newId(3), name: 'Disconnect', trackingId: 9998 }
    items(document).push({ __type: 'Task', id: newId(2), name: 'Task added by test', trackingId: 9997, startAction: newId(3), actionList: [disconnect], variables: [] })
    return { kinds: ['item-added'], text: /^Added task "Task added by test" \(1 action\)$/, line: '"Task added by test"' }
  },
  'remove an item the flow does not start at': (document) => {
    const list = items(document)
    const index = list.findIndex((item) => item['id'] !== document['initialSequence'])
    if (index === -1) return undefined
    list.splice(index, 1)
    return { kinds: ['item-removed'], text: /^Removed (task|menu|state) / }
  },
  'start the flow at another item': (document) => {
    const other = items(document).find((item) => item['id'] !== document['initialSequence'])
    if (!other) return undefined
    document['initialSequence'] = other['id']
    return { kinds: ['start-changed'], text: /^The flow now starts at .+ \(was .+\)$/, line: '"initialSequence"' }
  },
  'send a Decision output elsewhere': (document) => {
    for (const item of tasks(document)) {
      for (const decision of item['actionList'] as Json[]) {
        if (decision['__type'] !== 'DecisionAction') continue
        const yes = (decision['paths'] as Json[]).find((path) => path['outputId'] === '__YES__')
        const other = (item['actionList'] as Json[]).find((action) => action !== decision && action['id'] !== yes?.['nextActionId'])
        if (!yes || !other) continue
        yes['nextActionId'] = other['id']
        return { kinds: ['rewired'], text: /^Decision .+: "Yes" now goes to .+ \(was .+\)$/, line: `"nextActionId": "${other['id']}"` }
      }
    }
    return undefined
  },
  'describe the flow differently': (document) => {
    document['description'] = 'Described by test'
    return { kinds: ['flow'], text: /^Flow description (set to|.+ →) "Described by test"$/, line: '"Described by test"' }
  },
  'rename the flow': (document) => {
    document['name'] = 'Flow renamed by test'
    return { kinds: ['flow'], text: /^Flow renamed from ".+" to "Flow renamed by test"$/ }
  },
}

const samples = readSamples()

function cases(edits: Record<string, Edit>): [string, string, Json, Json, Expectation][] {
  const out: [string, string, Json, Json, Expectation][] = []
  for (const sample of samples) {
    for (const [name, edit] of Object.entries(edits)) {
      const after = clone(sample.document)
      const expected = edit(after)
      if (expected) out.push([name, sample.file, sample.document, after, expected])
    }
  }
  return out
}

function expectOnly(before: Json, after: Json, expected: Expectation): void {
  const afterText = JSON.stringify(after, null, 2)
  const review = reviewFlowChange({ before, after, afterText, flowId: 'f', name: String(after['name']), versionFrom: '1.0', versionTo: '2.0' })
  expect(review.changes.map((change) => `${change.kind}: ${change.text}`)).toEqual(expected.kinds.map((kind) => expect.stringMatching(new RegExp(`^${kind}: `))))
  expect(review.changes[0]!.text).toMatch(expected.text)
  expect(review.status).toBe('changed')
  if (expected.line !== undefined) expect(afterText.split('\n')[review.changes[0]!.line! - 1]).toContain(expected.line)
}

describe.skipIf(!samplesPresent)('each structural edit of a real sample is named, and nothing else', () => {
  it('applies every edit to several samples', () => {
    const perEdit = new Map<string, number>()
    for (const [name] of cases(STRUCTURE)) perEdit.set(name, (perEdit.get(name) ?? 0) + 1)
    for (const name of Object.keys(STRUCTURE)) expect(perEdit.get(name) ?? 0, name).toBeGreaterThanOrEqual(3)
  })

  it.each(cases(STRUCTURE))('%s in %s', (_, __, before, after, expected) => expectOnly(before, after, expected))
})

const SETTINGS: Record<string, Edit> = {
  'Decision expression': (document) => {
    const action = firstAction(document, 'DecisionAction')
    if (!action) return undefined
    action['expression']['text'] = 'Flow.testValue == 2'
    return { kinds: ['action-changed'], text: /^Decision .+: expression ".*" → "Flow\.testValue == 2"$/, line: 'Flow.testValue == 2' }
  },
  'Play Audio TTS text': (document) => {
    const action = firstAction(document, 'PlayAudioAction')
    if (!action) return undefined
    action['prompts']['defaultAudio']['text'] = 'AudioPlaybackOptions(ToAudioTTS("Words changed by test"), true)'
    return { kinds: ['action-changed'], text: /^Play Audio .+: audio ".*" → "Words changed by test"$/, line: 'Words changed by test' }
  },
  'Transfer to ACD queue (a resource swap)': (document) => {
    const action = firstAction(document, 'TransferPureMatchAction')
    const queue = action?.['queues']?.[0]
    if (!action || !queue || queue['text'] === '') return undefined
    queue['text'] = 'Queue set by test'
    const entries = (document['manifest']['queue'] ?? []) as Json[]
    for (const entry of entries) entry['context'] = (entry['context'] as Json[]).filter((context) => context['id'] !== action['id'])
    document['manifest']['queue'] = [...entries.filter((entry) => entry['context'].length > 0), { name: 'Queue set by test', id: newId(9), context: [{ id: action['id'] }] }]
    return { kinds: ['resource'], text: /: queue ".+" → "Queue set by test"$/, line: 'Queue set by test' }
  },
  'Call Data Action data action (a resource swap)': (document) => {
    const action = firstAction(document, 'DataAction')
    if (!action) return undefined
    action['actionName'] = 'Data action set by test'
    action['actionId'] = `custom_-_${newId(8)}`
    const entries = (document['manifest']['dataAction'] ?? []) as Json[]
    for (const entry of entries) entry['context'] = (entry['context'] as Json[]).filter((context) => context['id'] !== action['id'])
    document['manifest']['dataAction'] = [...entries.filter((entry) => entry['context'].length > 0), { name: 'Data action set by test', id: action['actionId'], context: [{ id: action['id'] }] }]
    return { kinds: ['resource'], text: /^Call Data Action .*: data action ".+" → "Data action set by test"$/, line: '"Data action set by test"' }
  },
  'Call Data Action input': (document) => {
    const action = allActions(document).find((candidate) => candidate['__type'] === 'DataAction' && candidate['inputs']?.length > 0)
    if (!action) return undefined
    action['inputs'][0]['value']['text'] = '"input set by test"'
    return { kinds: ['action-changed'], text: /^Call Data Action .*: input ".+" ".*" → "\\"input set by test\\""$/, line: 'input set by test' }
  },
  'Call Common Module module (a flow-call swap)': (document) => {
    const action = firstAction(document, 'CallCommonModuleAction')
    if (!action) return undefined
    action['flowId'] = newId(7)
    action['flowName'] = 'Module set by test'
    return { kinds: ['flow-call'], text: /^Call Common Module .*: common module ".+" → "Module set by test"$/, line: '"Module set by test"' }
  },
  'Call Common Module version': (document) => {
    const action = firstAction(document, 'CallCommonModuleAction')
    if (!action) return undefined
    action['flowVersion'] = '99.0'
    return { kinds: ['action-changed'], text: /^Call Common Module .*: module version ".+" → "99\.0"$/, line: '"99.0"' }
  },
  'Update Data assignment value': (document) => {
    const action = allActions(document).find((candidate) => candidate['__type'] === 'UpdateVariableAction' && candidate['variables']?.length > 0)
    if (!action) return undefined
    action['variables'][0]['expression']['text'] = '424242'
    return { kinds: ['action-changed'], text: /^Update Data .*: assignment ".+" expression ".*" → "424242"$/, line: '424242' }
  },
  'Update Data assignment added': (document) => {
    const action = firstAction(document, 'UpdateVariableAction')
    if (!action) return undefined
    action['variables'] = [...(action['variables'] ?? []), { expression: { text: '7', type: 'int' }, variable: { text: 'Flow.addedByTest', type: 'int' } }]
    return { kinds: ['action-changed'], text: /^Update Data .*: assignment "Flow\.addedByTest" added: "7"$/, line: 'Flow.addedByTest' }
  },
  'Switch case condition': (document) => {
    const action = allActions(document).find((candidate) => candidate['__type'] === 'SwitchAction' && candidate['cases']?.length > 0)
    if (!action) return undefined
    action['cases'][0]['value']['text'] = 'Flow.caseByTest'
    return { kinds: ['action-changed'], text: /^Switch .*: case ".+" condition ".*" → "Flow\.caseByTest"$/, line: 'Flow.caseByTest' }
  },
  'Transfer to Flow target (a flow-call swap)': (document) => {
    const action = firstAction(document, 'TransferFlowAction')
    if (!action) return undefined
    action['flowId'] = newId(6)
    action['flowName'] = 'Target set by test'
    return { kinds: ['flow-call'], text: /^Transfer to Flow .*: flow ".+" → "Target set by test"$/, line: '"Target set by test"' }
  },
  'menu choice digit': (document) => {
    const choice = items(document).flatMap((item) => item['menuChoiceList'] ?? [])[0] as Json | undefined
    if (!choice) return undefined
    const digit = choice['digit'] === 7 ? 6 : 7
    choice['digit'] = digit
    return { kinds: ['choice'], text: new RegExp(`^Menu .+: choice ".+": digit (\\d → |set to )${digit}$`), line: `"digit": ${digit}` }
  },
  'menu choice speech terms': (document) => {
    const choice = items(document).flatMap((item) => item['menuChoiceList'] ?? [])[0] as Json | undefined
    if (!choice?.['speechRecTerms']?.['en-US']) return undefined
    choice['speechRecTerms']['en-US'].push('term by test')
    return { kinds: ['choice'], text: /^Menu .+: choice ".+": speech terms en-US "term by test" added$/ }
  },
  'menu choice sent to another task': (document) => {
    const choice = items(document).flatMap((item) => item['menuChoiceList'] ?? []).find((candidate: Json) => candidate['action']['taskReference']) as Json | undefined
    const other = tasks(document).find((item) => item['id'] !== choice?.['action']['taskReference'])
    if (!choice || !other) return undefined
    choice['action']['taskReference'] = other['id']
    return { kinds: ['rewired'], text: /^Menu .+: choice ".+" now goes to task ".+" \(was task ".+"\)$/, line: `"taskReference": "${other['id']}"` }
  },
  'Call Task sent to another task': (document) => {
    const action = allActions(document).find((candidate) => candidate['__type'] === 'CallTaskAction')
    const other = tasks(document).find((item) => item['id'] !== action?.['taskReference'])
    if (!action || !other) return undefined
    action['taskReference'] = other['id']
    return { kinds: ['rewired'], text: /^Call Task .+ now goes to (task|state) ".+" \(was (task|state) ".+"\)$/, line: `"taskReference": "${other['id']}"` }
  },
}

describe.skipIf(!samplesPresent)('each setting changed inside an action is named in Architect words, and nothing else', () => {
  it('finds every action kind in the samples', () => {
    const found = new Set(cases(SETTINGS).map(([name]) => name))
    expect([...found].sort()).toEqual(Object.keys(SETTINGS).sort())
  })

  it.each(cases(SETTINGS))('%s in %s', (_, __, before, after, expected) => expectOnly(before, after, expected))
})

describe.skipIf(!samplesPresent)('noise is no change', () => {
  it.each(samples.map((sample) => [sample.file, sample.document] as const))('%s with keys reordered, tracking numbers and positions changed is layout-only', (_, document) => {
    const review = reviewFlowChange({ before: document, after: reshuffled(document), flowId: 'f', name: 'n' })
    expect(review.changes).toEqual([])
    expect(review.status).toBe('layout-only')
  })

  it.each(samples.map((sample) => [sample.file, sample.document] as const))('%s with only its keys reordered is unchanged', (_, document) => {
    expect(reviewFlowChange({ before: document, after: keysReversed(document), flowId: 'f', name: 'n' }).status).toBe('unchanged')
  })

  it('a common module copied into its caller (commonModules[].model) is not the caller changing', () => {
    const sample = samples.find((candidate) => Array.isArray(candidate.document['commonModules']))!
    const after = clone(sample.document)
    after['commonModules'][0]['model']['description'] = 'The module changed'
    expect(reviewFlowChange({ before: sample.document, after, flowId: 'f', name: 'n' }).status).toBe('layout-only')
  })
})
