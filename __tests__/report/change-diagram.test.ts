// The diagram of one changed task or menu, checked by the real Mermaid parser.
import { describe, expect, it } from 'vitest'
import { itemChangeDiagram } from '../../src/report/change-diagram.js'
import { reviewFlowChange } from '../../src/changes/index.js'
import { action, decision, disconnect, flowDocument, jumpToTask, menu, step, task, uuid } from '../flows/builders.js'
import { parseMermaid } from './mermaid-parser.js'
import { clone, readSamples, samplesPresent } from '../changes/edits.js'

type Json = Record<string, any>

function hours(names: { decision: string; closed: string } = { decision: 'Open today?', closed: 'Closed message' }): Json {
  return flowDocument('inboundcall', 'Main IVR', [
    menu('Main Menu', [['Sales', jumpToTask('Sales', 'Opening hours')], ['Leave', disconnect('Leave')]]),
    task('Opening hours', [
      step('Welcome', names.decision),
      decision(names.decision, 'Transfer to Sales', names.closed, 'Goodbye'),
      action('TransferPureMatchAction', 'Transfer to Sales', { paths: [{ label: 'Failure', outputId: '__FAILURE__' }] }),
      step(names.closed),
      disconnect('Goodbye'),
    ]),
  ])
}

const hoursTask = (flow: Json): Json => flow['flowSequenceItemList'][1]

/** Before → after: "Welcome" removed, "Holiday check" added, "Yes" re-pointed to the closed message. */
function editedHours(names?: { decision: string; closed: string }): [Json, Json] {
  const before = hours(names)
  const after = structuredClone(before)
  const list = hoursTask(after)['actionList'] as Json[]
  const decisionId = list[1]['id']
  list.splice(0, 1, { ...step('Holiday check', names?.decision ?? 'Open today?') })
  hoursTask(after)['startAction'] = uuid('Holiday check')
  list[1]['paths'][0]['nextActionId'] = list[3]['id']
  expect(list[1]['id']).toBe(decisionId)
  return [before, after]
}

describe('itemChangeDiagram', () => {
  it('colours the added action green and the removed one dashed, and draws the re-pointed output thick', async () => {
    const [before, after] = editedHours()
    const diagram = diagramOf({ before, after, itemId: uuid('Opening hours') })
    const alias = (label: string): string => new RegExp(`^  (a\\d+)\\["${label}`, 'm').exec(diagram)![1]!
    expect(diagram).toMatch(new RegExp(`^  class ${alias('Play Audio #34;Holiday check')} added$`, 'm'))
    expect(diagram).toMatch(new RegExp(`^  class ${alias('Play Audio #34;Welcome')} removed$`, 'm'))
    expect(diagram).toMatch(new RegExp(`^  class ${alias('Decision #34;Open today\\?')} changed$`, 'm'))
    const links = diagram.split('\n').filter((line) => / -->| -\.->/.test(line))
    const yes = links.findIndex((line) => line.includes('|"Yes"|'))
    expect(links[yes]).toContain(`${alias('Decision #34;Open today\\?')} -->|"Yes"| ${alias('Play Audio #34;Closed message')}`)
    expect(diagram).toMatch(new RegExp(`^  linkStyle ${yes} stroke`, 'm'))
    await expect(parseMermaid(diagram)).resolves.toBe('flowchart-v2')
  })

  it('draws a menu as its choices, an added choice green', async () => {
    const before = hours()
    const after = structuredClone(before)
    after['flowSequenceItemList'][0]['menuChoiceList'].push({ id: uuid('Operator'), name: 'Operator', digit: 0, action: jumpToTask('Operator jump', 'Opening hours') })
    const diagram = diagramOf({ before, after, itemId: uuid('Main Menu') })
    expect(diagram).toContain('start -->|"0: Operator"|')
    expect(diagram).toMatch(/^ {2}class a\d+ added$/m)
    await expect(parseMermaid(diagram)).resolves.toBe('flowchart-v2')
  })

  it('draws a removed choice dashed and a re-pointed choice thick', async () => {
    const before = hours()
    before['flowSequenceItemList'].push(task('Billing', [disconnect('Billing end')]))
    const after = structuredClone(before)
    const choices = after['flowSequenceItemList'][0]['menuChoiceList'] as Json[]
    choices[0]!['action']['taskReference'] = uuid('Billing')
    choices.splice(1, 1)
    const diagram = diagramOf({ before, after, itemId: uuid('Main Menu') })
    const links = diagram.split('\n').filter((line) => / -->| -\.->/.test(line))
    expect(links).toEqual([expect.stringMatching(/^ {2}start -->\|"1: Sales"\| a\d+$/), expect.stringMatching(/^ {2}start -\.->\|"2: Leave"\| a\d+$/)])
    expect(diagram).toContain('\n  linkStyle 0 stroke')
    expect(diagram).toContain('task #34;Billing#34;')
    await expect(parseMermaid(diagram)).resolves.toBe('flowchart-v2')
  })

  it('parses whatever the action names hold: quotes, brackets, markup, backticks, line breaks, unicode', async () => {
    const names = { decision: 'Open "today"? [yes|no] {x} <b>#1</b> `code`\nnext', closed: 'Fermé — 閉店 & gone; end' }
    const [before, after] = editedHours(names)
    await expect(parseMermaid(diagramOf({ before, after, itemId: uuid('Opening hours') }))).resolves.toBe('flowchart-v2')
  })

  it('draws a large item as its changed actions and their neighbours', async () => {
    const count = 200
    const actions = Array.from({ length: count }, (_, index) => step(`Step ${index}`, index + 1 < count ? `Step ${index + 1}` : undefined))
    const before = flowDocument('inboundcall', 'Long', [task('Long task', actions)])
    const after = clone(before)
    after['flowSequenceItemList'][0]['actionList'][100]['name'] = 'Step renamed'
    const diagram = diagramOf({ before, after, itemId: uuid('Long task') })
    expect(diagram).toContain('Step renamed')
    expect(diagram.split('\n').filter((line) => /^ {2}a\d+\[/.test(line)).length).toBeLessThanOrEqual(60)
    await expect(parseMermaid(diagram)).resolves.toBe('flowchart-v2')
  })

  it('is empty for an item in neither version', () => {
    expect(diagramOf({ before: hours(), after: hours(), itemId: 'no-such-item' })).toBe('')
  })
})

describe.skipIf(!samplesPresent)('itemChangeDiagram on the real samples', () => {
  it.each(readSamples().map((sample) => [sample.file, sample.document] as const))('every item of %s, with one action renamed, parses', async (_, document) => {
    const after = clone(document)
    const firstTask = (after['flowSequenceItemList'] as Json[]).find((item) => item['actionList']?.length > 0)
    if (firstTask) firstTask['actionList'][0]['name'] = 'Renamed for the diagram'
    for (const item of after['flowSequenceItemList'] as Json[]) {
      await expect(parseMermaid(diagramOf({ before: document, after, itemId: item['id'] }))).resolves.toBe('flowchart-v2')
    }
  })
})

/** The diagram as a run draws it: with the flow's review. */
function diagramOf(input: { before: unknown; after: unknown; itemId: string }): string {
  const { changes } = reviewFlowChange({ before: input.before, after: input.after, flowId: '', name: '' })
  return itemChangeDiagram({ ...input, changes })
}
