// Flow calls: flowCallTargets reads them generically from action fields; validation lists and resolves them.
import { describe, expect, it } from 'vitest'
import { flowCallTargets } from '../../src/flows/calls.js'
import { validateFlows } from '../../src/flows/validate.js'
import { action, callFlow, disconnect, flowDocument, flowFile, menu, task } from './builders.js'

describe('flowCallTargets', () => {
  it('reads flowId and every …FlowId field of actions and menu choice actions, once per flow and action type', () => {
    const document = flowDocument('inboundcall', 'Main', [
      menu('Main menu', [['Transfer', callFlow('TransferFlowAction', 'To survey', 'flow-survey', 'Survey')]]),
      task('T', [
        callFlow('CallCommonModuleAction', 'Verify', 'flow-module', 'Module', 'Verify again'),
        callFlow('CallCommonModuleAction', 'Verify again', 'flow-module', 'Module', 'Queue'),
        action('TransferPureMatchAction', 'Queue', { inQueueFlowId: 'flow-hold', inQueueFlowName: 'Hold', paths: [] }),
        action('FutureAction', 'Future', { targetFlowId: 'flow-future', flowId: '' }),
        disconnect('End'),
      ]),
    ])
    expect(flowCallTargets(document)).toEqual([
      { flowId: 'flow-survey', actionType: 'TransferFlowAction' },
      { flowId: 'flow-module', actionType: 'CallCommonModuleAction' },
      { flowId: 'flow-hold', actionType: 'TransferPureMatchAction' },
      { flowId: 'flow-future', actionType: 'FutureAction' },
    ])
  })

  it('ignores ids outside actions: module snapshots, UI metadata and the manifest', () => {
    const document = {
      ...flowDocument('inboundcall', 'Main', [task('T', [disconnect('End')])]),
      commonModules: [{ id: 'm', model: { flowSequenceItemList: [{ __type: 'Task', actionList: [{ __type: 'CallBotFlowAction', flowId: 'inside-model' }] }] } }],
      uiMetaData: { properties: { flowId: { type: 'string' } } },
      manifest: { inboundCallFlow: [{ id: 'listed-only', context: [{ flowId: 'context-only' }] }] },
    }
    expect(flowCallTargets(document)).toEqual([])
  })

  it('gives nothing for a document that is not a flow', () => {
    expect(flowCallTargets(undefined)).toEqual([])
    expect(flowCallTargets('text')).toEqual([])
    expect(flowCallTargets({ flowId: 'top-level' })).toEqual([])
  })
})

describe('calls in the validation result', () => {
  it('lists every call with whether its flow is validated or known from the repository', () => {
    const caller = flowFile(
      'flow-main',
      flowDocument('inboundcall', 'Main', [
        task('T', [
          callFlow('CallCommonModuleAction', 'Verify', 'flow-module', 'Module', 'Queue'),
          action('TransferPureMatchAction', 'Queue', { inQueueFlowId: 'flow-hold', paths: [] }),
        ]),
      ]),
    )
    const unreadable = { ...flowFile('flow-module', flowDocument('commonmodule', 'Module', [])), document: undefined, readError: 'not JSON' }
    const result = validateFlows({ flows: [caller, unreadable], knownFlows: new Map(), maxExportBytes: 1e9 })
    expect(result.calls).toEqual([
      { from: 'flow-main', to: 'flow-module', actionType: 'CallCommonModuleAction', resolved: true },
      { from: 'flow-main', to: 'flow-hold', actionType: 'TransferPureMatchAction', resolved: false },
    ])
    expect(result.findings.map((finding) => [finding.flowId, finding.rule])).toEqual(
      expect.arrayContaining([
        ['flow-main', 'missing-flow'],
        ['flow-module', 'invalid-flow'],
      ]),
    )
    expect(result.findings).toHaveLength(2)
  })
})
