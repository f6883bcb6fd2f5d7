// Execution semantics behind unreachable-node and dead-end (architect-flow-format.md §5.2): branches
// rejoin where their action continues, loops come back, ending actions end, menus reach items through
// their choices. Each case is a flow that runs as described; the findings show what the walk saw.
import { describe, expect, it } from 'vitest'
import { validateFlows } from '../../src/flows/validate.js'
import { action, decision, disconnect, flowDocument, flowFile, jumpToTask, menu, state, step, task, uuid } from './builders.js'

type Json = Record<string, unknown>

function findingsOf(items: Json[], type = 'inboundcall'): { rule: string; node: string }[] {
  const flow = flowFile(uuid('flow:Semantics'), flowDocument(type, 'Semantics', items))
  const result = validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 1e9 })
  const names = new Map<string, string>()
  for (const item of items) {
    names.set(String(item['id']), String(item['name']))
    for (const a of (item['actionList'] as Json[] | undefined) ?? []) names.set(String(a['id']), String(a['name']))
  }
  return result.findings.map((finding) => ({ rule: finding.rule, node: names.get(finding.nodeId) ?? finding.nodeId }))
}

function loop(name: string, body: string, next?: string): Json {
  return action('LoopAction', name, {
    ...(next === undefined ? {} : { nextAction: uuid(next) }),
    path: { label: 'Loop', outputId: '__LOOP__', nextActionId: uuid(body) },
  })
}

describe('execution semantics', () => {
  it('a branch that runs off its end continues at the nextAction of the action that opened it', () => {
    expect(findingsOf([task('T', [decision('Check', 'Yes step', 'No step', 'Bye'), step('Yes step'), step('No step'), disconnect('Bye')])])).toEqual([])
  })

  it('a branch inside a branch continues where the outer action continues', () => {
    const actions = [decision('Outer', 'Inner', '', 'Bye'), decision('Inner', 'Deep', ''), step('Deep'), disconnect('Bye')]
    expect(findingsOf([task('T', actions)])).toEqual([])
  })

  it('what follows an action whose every branch ends never runs', () => {
    const actions = [decision('Check', 'End yes', 'End no', 'After'), disconnect('End yes'), disconnect('End no'), step('After', 'Bye'), disconnect('Bye')]
    expect(findingsOf([task('T', actions)])).toEqual([
      { rule: 'unreachable-node', node: 'After' },
      { rule: 'unreachable-node', node: 'Bye' },
    ])
  })

  it('a loop body comes back to its loop, and Exit Loop goes on after the loop', () => {
    const actions = [loop('Repeat', 'Body', 'Bye'), decision('Body', 'Leave', 'Again'), action('ExitLoopAction', 'Leave'), step('Again'), disconnect('Bye')]
    expect(findingsOf([task('T', actions)])).toEqual([])
  })

  it('a loop as the last action of a task runs off the end once it is done', () => {
    expect(findingsOf([task('T', [loop('Repeat', 'Body'), step('Body')])])).toEqual([{ rule: 'dead-end', node: 'Repeat' }])
  })

  it('a transfer ends the task when it succeeds; its empty failure output runs off the end', () => {
    const transfer = (failure: Json): Json =>
      action('TransferPureMatchAction', 'To queue', { paths: [{ label: 'Failure', outputId: '__FAILURE__', ...failure }] })
    expect(findingsOf([task('T', [transfer({})])])).toEqual([{ rule: 'dead-end', node: 'To queue' }])
    expect(findingsOf([task('T', [transfer({ nextActionId: uuid('Bye') }), disconnect('Bye')])])).toEqual([])
  })

  it('menus reach tasks through their choices; unused reusable tasks are unused-item, their actions are not unreachable-node', () => {
    const items = [
      menu('Main', [['One', jumpToTask('To A', 'A')], ['Two', disconnect('Hang up')]]),
      task('A', [disconnect('A end')]),
      task('Orphan', [jumpToTask('To B', 'B'), step('Never')]),
      task('B', [disconnect('B end')]),
    ]
    expect(findingsOf(items)).toEqual([
      { rule: 'unused-item', node: 'Orphan' },
      { rule: 'unused-item', node: 'B' },
    ])
  })

  it('a menu that nothing reached jumps to is unused-item, a notice', () => {
    const items = [task('Start', [disconnect('Bye')]), menu('Old Menu', [['One', disconnect('Hang up')]])]
    const flow = flowFile(uuid('flow:Semantics'), flowDocument('inboundcall', 'Semantics', items))
    const [finding, ...rest] = validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 1e9 }).findings
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ rule: 'unused-item', severity: 'notice', nodeId: uuid('Old Menu') })
    expect(finding!.message).toContain('Menu "Old Menu"')
  })

  it('Call Task reaches the reusable task and goes on after it', () => {
    const call = action('CallTaskAction', 'Call helper', { taskReference: uuid('Helper'), nextAction: uuid('Done'), paths: [{ label: 'Default', outputId: '__DEFAULT__' }] })
    const items = [
      state('Start', [call, action('ExitBotFlowAction', 'Done')]),
      task('Helper', [action('EndTaskAction', 'Return', { pathReference: '__DEFAULT__' })]),
    ]
    expect(findingsOf(items, 'inboundshortmessage')).toEqual([])
  })

  it('a state may run off its end (the flow then ends), a task may not', () => {
    expect(findingsOf([state('S', [step('Last')])], 'workflow')).toEqual([])
    expect(findingsOf([task('T', [step('Last')])])).toEqual([{ rule: 'dead-end', node: 'Last' }])
  })

  it('the end of a loop task goes back to its start', () => {
    expect(findingsOf([{ ...task('Hold', [step('Music')]), __type: 'LoopTask' }], 'inqueuecall')).toEqual([])
  })

  it('reads an unknown action type by its generic fields, literal ifTrue and ifFalse included', () => {
    const future = action('FutureBranchAction', 'Future', { ifTrue: uuid('Yes end'), ifFalse: uuid('Ghost') })
    const flow = flowFile(uuid('flow:Future'), flowDocument('inboundcall', 'Future', [task('T', [future, disconnect('Yes end')])]))
    const result = validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 1e9 })
    expect(result.findings.map((finding) => [finding.rule, finding.message.includes('ifFalse output (__NO__)')])).toEqual([['broken-reference', true]])
    expect(result.references).toEqual({ checked: 4, valid: 3 })
  })
})
