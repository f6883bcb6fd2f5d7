// deleted-resource and stale-resource: what dependency tracking reports, pinned through the flow's own
// `manifest` to the first action that uses the resource (architect-flow-format.md §1.4).
import { describe, expect, it } from 'vitest'
import type { ResourceProblem } from '../../src/model.js'
import { validateFlows } from '../../src/flows/validate.js'
import { action, disconnect, flowDocument, flowFile, linesOf, menu, task, uuid } from './builders.js'

const QUEUE = uuid('queue:Billing')
const flowId = uuid('flow:Resources')

function flowUsingQueueTwice(manifest?: unknown): ReturnType<typeof flowFile> {
  const items = [
    menu('Main', [['Agent', action('TransferPureMatchAction', 'Choice to ACD', { queues: [{ text: 'Billing' }] })]]),
    task('Billing task', [
      action('PlayAudioAction', 'Hello', { nextAction: uuid('To Billing') }),
      action('TransferPureMatchAction', 'To Billing', { nextAction: uuid('Bye') }),
      disconnect('Bye'),
    ]),
  ]
  const document = flowDocument('inboundcall', 'Resources', items, {
    manifest: manifest ?? {
      queue: [{ id: QUEUE, name: 'Billing', context: [{ id: uuid('Choice to ACD') }, { id: uuid('To Billing') }] }],
      language: [{ id: 'en-US', name: 'en-US', context: [{ id: 'supportedLanguages' }] }],
    },
  })
  return flowFile(flowId, document)
}

function problem(state: ResourceProblem['state'], fields: Partial<ResourceProblem> = {}): ResourceProblem {
  return { flowId, resourceId: QUEUE, resourceName: 'Billing', resourceType: 'QUEUE', state, ...fields }
}

function validate(flow: ReturnType<typeof flowFile>, problems: ResourceProblem[]) {
  return validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 1e9, resourceProblems: problems }).findings.filter(
    (finding) => finding.rule !== 'unused-item',
  )
}

describe('deleted-resource', () => {
  it('is one error per flow and resource, on the line of the first action that uses it, naming every user', () => {
    const flow = flowUsingQueueTwice()
    const [finding, ...rest] = validate(flow, [problem('deleted')])
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ rule: 'deleted-resource', severity: 'error', nodeId: uuid('Choice to ACD') })
    expect(finding!.line).toBe(linesOf(flow.text, `"id": "${uuid('Choice to ACD')}"`)[0]) // the action, not its manifest context
    expect(finding!.message).toContain(`Queue "Billing" (${QUEUE}) was deleted`)
    expect(finding!.message).toContain('"Choice to ACD"')
    expect(finding!.message).toContain('"To Billing"')
    expect(finding!.message).toContain('Point these actions at an existing queue')
  })

  it('falls back to the first line when the manifest names no action of the document', () => {
    const flow = flowUsingQueueTwice({ queue: [{ id: QUEUE, name: 'Billing', context: [{ id: 'somewhere-else' }] }] })
    const [finding] = validate(flow, [problem('deleted')])
    expect(finding).toMatchObject({ rule: 'deleted-resource', line: 1, nodeId: '' })
    expect(finding!.message).toContain('its manifest names no action')
  })

  it('names a data action by its kind', () => {
    const flow = flowUsingQueueTwice()
    const [finding] = validate(flow, [problem('deleted', { resourceId: 'custom_-_x', resourceName: 'Get Account', resourceType: 'DATAACTION' })])
    expect(finding!.message).toContain('Data action "Get Account" (custom_-_x) was deleted')
  })

  it('obeys rule-severity like every rule', () => {
    const findings = validateFlows({
      flows: [flowUsingQueueTwice()],
      knownFlows: new Map(),
      maxExportBytes: 1e9,
      resourceProblems: [problem('deleted')],
      severities: { 'deleted-resource': 'off' },
    }).findings
    expect(findings.filter((finding) => finding.rule === 'deleted-resource')).toEqual([])
  })

  it('leaves flows the problems do not name alone', () => {
    expect(validate(flowUsingQueueTwice(), [problem('deleted', { flowId: uuid('flow:Other') })])).toEqual([])
  })
})

describe('stale-resource', () => {
  it('is a warning for a resource the org marks updated', () => {
    const [finding] = validate(flowUsingQueueTwice(), [problem('updated')])
    expect(finding).toMatchObject({ rule: 'stale-resource', severity: 'warning', nodeId: uuid('Choice to ACD') })
    expect(finding!.message).toContain('Publish the flow again')
  })

  it('is a warning for a resource in an unknown state', () => {
    const [finding] = validate(flowUsingQueueTwice(), [problem('stateUnknown')])
    expect(finding).toMatchObject({ rule: 'stale-resource', severity: 'warning' })
    expect(finding!.message).toContain('cannot tell the state of queue "Billing"')
  })
})
