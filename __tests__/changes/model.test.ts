// The change model on small flows written for these tests: what counts as one change, what is noise,
// and how things are named.
import { describe, expect, it } from 'vitest'
import { reviewFlowChange, type FlowReview } from '../../src/changes/index.js'
import { canonicalJson } from '../../src/snapshot/canonical.js'
import { action, decision, disconnect, flowDocument, menu, step, task, uuid, jumpToTask } from '../flows/builders.js'

type Json = Record<string, any>

/** Main IVR: menu → task "Opening hours" with Decision "Open today?" (Yes → transfer, No → closed message). */
function mainIvr(): Json {
  return flowDocument('inboundcall', 'Main IVR', [
    menu('Main Menu', [['Sales', jumpToTask('Sales', 'Opening hours')]]),
    task('Opening hours', [
      step('Welcome', 'Open today?'),
      decision('Open today?', 'Transfer to Sales', 'Closed message', 'Goodbye'),
      action('TransferPureMatchAction', 'Transfer to Sales', { queues: [{ text: 'Sales', type: 'que' }], paths: [{ label: 'Failure', outputId: '__FAILURE__' }] }),
      action('PlayAudioAction', 'Closed message', { prompts: { defaultAudio: { text: 'AudioPlaybackOptions(ToAudioTTS("We are closed"), true)', type: 'aud' } } }),
      disconnect('Goodbye'),
    ]),
    task('Other task', [disconnect('Other end')]),
  ], {
    description: 'The main line',
    supportedLanguages: ['en-US'],
    manifest: { queue: [{ id: 'q-sales', name: 'Sales', context: [{ id: uuid('Transfer to Sales') }] }] },
  })
}

function review(before: Json | undefined, after: Json | undefined, extra: Partial<Parameters<typeof reviewFlowChange>[0]> = {}): FlowReview {
  return reviewFlowChange({ before, after, flowId: 'flow-1', name: 'Main IVR', versionFrom: '12.0', versionTo: '13.0', ...extra })
}

/** The same flow twice, with `edit` made to both: the test then changes the second. */
function both(edit: (flow: Json) => void): [Json, Json] {
  const before = mainIvr()
  edit(before)
  return [before, structuredClone(before)]
}

function edited(edit: (flow: Json) => void): [Json, Json] {
  const before = mainIvr()
  const after = structuredClone(before)
  edit(after)
  return [before, after]
}

const openingHours = (flow: Json): Json => flow['flowSequenceItemList'][1]
const actionNamed = (flow: Json, name: string): Json => openingHours(flow)['actionList'].find((candidate: Json) => candidate['name'] === name)
const toTransfer = (flow: Json): Json => actionNamed(flow, 'Transfer to Sales')

describe('what is one change', () => {
  it('an action that replaces another on a Decision output is an addition and a removal, not a rewiring too', () => {
    const [before, after] = edited((flow) => {
      const replacement = action('PlayAudioAction', 'Holiday message', { prompts: { defaultAudio: { text: 'AudioPlaybackOptions(ToAudioTTS("Happy holidays"), true)', type: 'aud' } } })
      const list = openingHours(flow)['actionList'] as Json[]
      list.splice(list.indexOf(actionNamed(flow, 'Closed message')), 1, replacement)
      actionNamed(flow, 'Open today?')['paths'][1]['nextActionId'] = replacement['id']
    })
    expect(review(before, after).changes.map((change) => change.text)).toEqual([
      'Removed Play Audio "Closed message" from task "Opening hours", on "No" of Decision "Open today?" (audio "We are closed")',
      'Added Play Audio "Holiday message" to task "Opening hours", on "No" of Decision "Open today?"',
    ])
  })

  it('an output sent to another existing action is a rewiring that says where it went and where it was', () => {
    const [before, after] = edited((flow) => {
      actionNamed(flow, 'Open today?')['paths'][0]['nextActionId'] = uuid('Closed message')
    })
    expect(review(before, after).changes).toEqual([
      expect.objectContaining({ kind: 'rewired', text: 'Decision "Open today?": "Yes" now goes to Play Audio "Closed message" (was Transfer to ACD "Transfer to Sales")', actionId: uuid('Open today?'), itemName: 'Opening hours' }),
    ])
  })

  it('two actions swapped in a sequence read as rewirings of the actions around them', () => {
    const [before, after] = edited((flow) => {
      actionNamed(flow, 'Welcome')['nextAction'] = uuid('Goodbye')
      actionNamed(flow, 'Open today?')['nextAction'] = undefined
      openingHours(flow)['startAction'] = uuid('Open today?')
      actionNamed(flow, 'Open today?')['nextAction'] = uuid('Welcome')
    })
    expect(review(before, after).changes.map((change) => change.text).sort()).toEqual([
      'Decision "Open today?" now continues with Play Audio "Welcome" (was Disconnect "Goodbye")',
      'Play Audio "Welcome" now continues with Disconnect "Goodbye" (was Decision "Open today?")',
      'Task "Opening hours" now starts with Decision "Open today?" (was Play Audio "Welcome")',
    ])
  })

  it('a Transfer to ACD queue swapped in the action and the manifest is one resource change', () => {
    const [before, after] = edited((flow) => {
      actionNamed(flow, 'Transfer to Sales')['queues'][0]['text'] = 'Support'
      flow['manifest']['queue'] = [{ id: 'q-support', name: 'Support', context: [{ id: uuid('Transfer to Sales') }] }]
    })
    expect(review(before, after).changes).toEqual([expect.objectContaining({ kind: 'resource', text: 'Transfer to ACD "Transfer to Sales": queue "Sales" → "Support"' })])
  })

  it('a resource swapped where no action field says it is read from the manifest as one swap, told on the action that uses it', () => {
    const [before, after] = edited((flow) => {
      flow['manifest']['queue'] = [{ id: 'q-support', name: 'Support', context: [{ id: uuid('Transfer to Sales') }] }]
    })
    const changes = review(before, after).changes
    expect(changes).toEqual([expect.objectContaining({ kind: 'resource', text: 'Transfer to ACD "Transfer to Sales": queue "Sales" → "Support"', actionId: uuid('Transfer to Sales') })])
    expect(canonicalJson(after).split('\n')[changes[0]!.line! - 1]).toContain('"name": "Transfer to Sales"')
  })

  it('a common module newly called by an added action is the addition and the new call', () => {
    const [before, after] = edited((flow) => {
      const call = action('CallCommonModuleAction', 'Verify caller', { flowId: 'module-1', flowName: 'CM Verify Caller', flowVersion: '2.0', nextAction: uuid('Open today?') })
      actionNamed(flow, 'Welcome')['nextAction'] = call['id']
      openingHours(flow)['actionList'].push(call)
    })
    expect(review(before, after).changes.map((change) => `${change.kind}: ${change.text}`)).toEqual([
      'action-added: Added Call Common Module "Verify caller" to task "Opening hours", after Play Audio "Welcome"',
      'flow-call: Now calls common module "CM Verify Caller" (Call Common Module "Verify caller" in task "Opening hours")',
    ])
  })

  it('a task re-pointed by a menu choice names the tasks, not their ids', () => {
    const [before, after] = edited((flow) => {
      flow['flowSequenceItemList'][0]['menuChoiceList'][0]['action']['taskReference'] = uuid('Other task')
    })
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Menu "Main Menu": choice "Sales" now goes to task "Other task" (was task "Opening hours")'])
  })

  it('a menu choice added says its digit and what it runs', () => {
    const [before, after] = edited((flow) => {
      flow['flowSequenceItemList'][0]['menuChoiceList'].push({ id: uuid('Hang up'), name: 'Hang up', digit: 9, action: disconnect('Hang up action') })
    })
    expect(review(before, after).changes.map((change) => `${change.kind}: ${change.text}`)).toEqual(['choice: Menu "Main Menu": added choice "Hang up" (digit 9), which runs Disconnect "Hang up action"'])
  })

  it('an unknown action type still reads each changed setting by name', () => {
    const withWidget = (size: string) => (flow: Json): void => {
      openingHours(flow)['actionList'][0] = { ...actionNamed(flow, 'Welcome'), __type: 'FrobnicateWidgetAction', widgetSize: { text: size, type: 'int' } }
    }
    const [, before] = edited(withWidget('1'))
    const [, after] = edited(withWidget('2'))
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Frobnicate Widget "Welcome": widget size "1" → "2"'])
  })

  it('the flow settings: languages, description and the flow start', () => {
    const [before, after] = edited((flow) => {
      flow['supportedLanguages'] = ['en-US', 'fr-FR']
      flow['description'] = 'The main line, now in French too'
      flow['initialSequence'] = uuid('Opening hours')
    })
    expect(review(before, after).changes.map((change) => change.text).sort()).toEqual([
      'Flow description "The main line" → "The main line, now in French too"',
      'Flow supported language "fr-FR" added',
      'The flow now starts at task "Opening hours" (was menu "Main Menu")',
    ])
  })

  it('a flow variable is known by its name: a new id under the same name is no change, a renamed one is', () => {
    const variable = (id: string, name: string): Json => ({ __type: 'StringVariable', id, name, initialValue: { text: '', type: 'str' } })
    const [, before] = edited((flow) => {
      flow['variables'] = [variable('id-1', 'Flow.caller'), variable('id-4', 'Flow.lang')]
    })
    const [, after] = edited((flow) => {
      flow['variables'] = [variable('id-2', 'Flow.caller'), variable('id-3', 'Flow.language')]
    })
    expect(review(before, after).changes.map((change) => change.text).sort()).toEqual(['Flow variable "Flow.lang" removed', 'Flow variable "Flow.language" added'])
  })

  it('a target that is another item of the same name says so', () => {
    const sameNames = (flow: Json): void => {
      flow['flowSequenceItemList'][2]['name'] = 'Opening hours'
    }
    const [, before] = edited((flow) => {
      sameNames(flow)
      flow['initialSequence'] = uuid('Opening hours')
    })
    const [, after] = edited((flow) => {
      sameNames(flow)
      flow['initialSequence'] = uuid('Other task')
    })
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['The flow now starts at task "Opening hours" (was another task "Opening hours")'])
  })
})

describe('same names, other ids', () => {
  const gRide = (id: string): Json => ({ text: 'G Ride', type: 'que', config: { lit: { pos: 1, text: 'G Ride', type: 'que', val: id } } })
  const toSales = (flow: Json): Json => actionNamed(flow, 'Transfer to Sales')

  it('a Transfer to ACD sent to another queue of the same name is a change of that action, with the ends of the two ids', () => {
    const [before, after] = both((flow) => {
      toSales(flow)['queues'] = [gRide('q-0001d')]
      toSales(flow)['name'] = 'To Sales'
    })
    after['flowSequenceItemList'][1]['actionList'].find((candidate: Json) => candidate['name'] === 'To Sales')['queues'] = [gRide('q-0009f')]
    expect(review(before, after).changes).toEqual([
      expect.objectContaining({ kind: 'resource', text: 'Transfer to ACD "To Sales": queue "G Ride" (…1d) → "G Ride" (…9f)', actionId: uuid('Transfer to Sales') }),
    ])
  })

  it('names come from the manifest where the text in the action did not change', () => {
    const [before, after] = both((flow) => {
      toSales(flow)['queues'] = [gRide('q-0001d')]
      flow['manifest']['queue'] = [{ id: 'q-0001d', name: 'G Ride', context: [{ id: uuid('Transfer to Sales') }] }]
    })
    toSales(after)['queues'] = [gRide('q-0009f')]
    after['manifest']['queue'] = [{ id: 'q-0009f', name: 'G Ride East', context: [{ id: uuid('Transfer to Sales') }] }]
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Transfer to ACD "Transfer to Sales": queue "G Ride" (…1d) → "G Ride East" (…9f)'])
  })

  it('a data action of the same name under another id is told on the action, not read as layout only', () => {
    const call = (id: string) => (flow: Json): void => {
      openingHours(flow)['actionList'].push(action('DataAction', 'Look up caller', { actionId: id, actionName: 'Get Caller' }))
    }
    const [, before] = both(call('custom_-_aa11'))
    const [, after] = both(call('custom_-_bb22'))
    expect(review(before, after)).toMatchObject({ status: 'changed', changes: [{ kind: 'resource', text: 'Call Data Action "Look up caller": data action "Get Caller" (…11) → "Get Caller" (…22)' }] })
  })

  it('an action re-created under a new id at another place in its task, the only one of its content, is no change', () => {
    const before = mainIvr()
    const after = structuredClone(before)
    const actions: Json[] = openingHours(after)['actionList']
    const [closed] = actions.splice(actions.findIndex((candidate) => candidate['name'] === 'Closed message'), 1)
    closed!['id'] = uuid('Closed message, pasted')
    actions.push(closed!)
    for (const path of actionNamed(after, 'Open today?')['paths']) {
      if (path['nextActionId'] === uuid('Closed message')) path['nextActionId'] = closed!['id']
    }
    expect(review(before, after).changes).toEqual([])
  })
})

describe('same names, other flows', () => {
  it('a common module of the same name under another flow id is one flow-call change on the action', () => {
    const calling = (flowId: string) => (flow: Json): void => {
      openingHours(flow)['actionList'].push(action('CallCommonModuleAction', 'Verify caller', { flowId, flowName: 'CM Verify', flowVersion: '2.0' }))
    }
    const [, before] = both(calling('module-0001'))
    const [, after] = both(calling('module-0002'))
    expect(review(before, after).changes.map((change) => `${change.kind}: ${change.text}`)).toEqual(['flow-call: Call Common Module "Verify caller": common module "CM Verify" (…01) → "CM Verify" (…02)'])
  })
})

describe('wording', () => {
  it('inner quotes are escaped', () => {
    const [before, after] = both((flow) => {
      actionNamed(flow, 'Open today?')['expression'] = { text: 'Flow.day == "Sunday"', type: 'bln' }
    })
    actionNamed(after, 'Open today?')['expression']['text'] = 'Flow.day == "Monday"'
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Decision "Open today?": expression "Flow.day == \\"Sunday\\"" → "Flow.day == \\"Monday\\""'])
  })

  it('a list that lost one value names the value', () => {
    const [before, after] = both((flow) => {
      flow['supportedLanguages'] = ['en-US', 'es-US']
    })
    after['supportedLanguages'] = ['en-US']
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Flow supported language "es-US" removed'])
  })

  it('durations read in words', () => {
    const [before, after] = both((flow) => {
      toTransfer(flow)['timeout'] = { text: 'P0D0H0M5S0F', type: 'dur' }
    })
    toTransfer(after)['timeout']['text'] = 'P0D1H2M0S500F'
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Transfer to ACD "Transfer to Sales": timeout 5 s → 1 h 2 min 500 ms'])
  })

  it('a duration with milliseconds reads in seconds', () => {
    const [before, after] = both((flow) => {
      toTransfer(flow)['timeout'] = { text: 'P0D0H0M0S100F', type: 'dur' }
    })
    toTransfer(after)['timeout']['text'] = 'P0D0H0M1S500F'
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Transfer to ACD "Transfer to Sales": timeout 100 ms → 1.5 s'])
  })

  it('an output sent to an id the flow does not hold is named as a missing action', () => {
    const [before, after] = both(() => undefined)
    actionNamed(after, 'Open today?')['paths'][0]['nextActionId'] = 'f00dfeed-0000-4000-8000-000000000000'
    expect(review(before, after).changes.map((change) => change.text)).toEqual([
      'Decision "Open today?": "Yes" now goes to a missing action (id "f00dfeed-0000-4000-8000-000000000000") (was Transfer to ACD "Transfer to Sales")',
    ])
  })

  it('an output that stays broken is no change', () => {
    const [before, after] = both((flow) => {
      actionNamed(flow, 'Open today?')['paths'][0]['nextActionId'] = 'f00dfeed-0000-4000-8000-000000000000'
    })
    actionNamed(after, 'Welcome')['name'] = 'Hello'
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Renamed Play Audio "Welcome" to "Hello"'])
  })

  it('a default menu choice that is not in the menu is named as a missing choice', () => {
    const [before, after] = both(() => undefined)
    after['flowSequenceItemList'][0]['defaultMenuChoice'] = 'c0ffee00-0000-4000-8000-000000000000'
    expect(review(before, after).changes.map((change) => change.text)).toEqual(['Menu "Main Menu": default choice is now a missing choice (id "c0ffee00-0000-4000-8000-000000000000") (was none)'])
  })
})

describe('the review', () => {
  it('pins lines to the canonical file when no text is given (what the Action commits)', () => {
    const [before, after] = edited((flow) => {
      actionNamed(flow, 'Closed message')['name'] = 'Closed for the day'
    })
    const [change] = review(before, after).changes
    expect(canonicalJson(after).split('\n')[change!.line! - 1]).toContain('"name": "Closed for the day"')
  })

  it('a renamed flow keeps its previous name', () => {
    const [before, after] = edited((flow) => {
      flow['name'] = 'Main IVR (2026)'
    })
    expect(review(before, after, { name: 'Main IVR (2026)' })).toMatchObject({ previousName: 'Main IVR', status: 'changed', counts: { flow: 1 } })
  })

  it('a new flow is one change saying what it holds, on line 1', () => {
    expect(review(undefined, mainIvr())).toMatchObject({
      status: 'added',
      changes: [{ kind: 'flow', text: 'New flow "Main IVR" (2 tasks, 1 menu, 7 actions)', line: 1 }],
    })
  })

  it('a removed flow is one change with no line', () => {
    const result = review(mainIvr(), undefined)
    expect(result.status).toBe('removed')
    expect(result.changes).toEqual([{ kind: 'flow', text: 'Removed flow "Main IVR" (2 tasks, 1 menu, 7 actions)' }])
  })

  it('counts the changes by kind', () => {
    const [before, after] = edited((flow) => {
      actionNamed(flow, 'Welcome')['name'] = 'Hello'
      actionNamed(flow, 'Goodbye')['name'] = 'Bye'
      flow['description'] = 'Changed'
    })
    expect(review(before, after).counts).toEqual({ 'action-renamed': 2, flow: 1 })
  })
})

describe('names that are also names of JavaScript object members', () => {
  it('reads an action type, a setting and a manifest kind named constructor, toString or __proto__ as words, never as code', () => {
    const [before, after] = edited((flow) => {
      const transfer = toTransfer(flow)
      transfer['toString'] = { text: 'changed', type: 'str' }
      const list = openingHours(flow)['actionList'] as Json[]
      list.splice(1, 0, action('constructor', 'Odd block', { hasOwnProperty: { text: 'x', type: 'str' } }))
      // Defined, as JSON.parse makes it: an assignment to `__proto__` would set the prototype instead of adding the key.
      const odd = [{ id: 'p-1', name: 'Odd resource', context: [{ id: transfer['id'] }] }]
      Object.defineProperty(flow['manifest'], '__proto__', { value: odd, enumerable: true, writable: true, configurable: true })
      flow['manifest']['constructor'] = [{ id: 'c-1', name: 'Odd resource 2', context: [{ id: transfer['id'] }] }]
    })
    const texts = review(before, after).changes.map((change) => change.text)
    expect(texts).toContain('Transfer to ACD "Transfer to Sales": to string set to "changed"')
    expect(Object.keys(after['manifest'])).toContain('__proto__')
    expect(texts.filter((text) => text.includes('Odd resource'))).toHaveLength(2)
    for (const text of texts) expect(text).not.toMatch(/native code|function |\[object Object\]/)
  })
})
