// Every rule, table-driven: a small flow that breaks it (finding on the expected file and line, with
// a message that says what and where) and the same flow mended (no finding at all).
import { describe, expect, it } from 'vitest'
import type { FlowFile, Rule, Severity } from '../../src/model.js'
import { validateFlows, type ValidateInput } from '../../src/flows/validate.js'
import {
  action,
  callFlow,
  decision,
  disconnect,
  flowDocument,
  flowFile,
  jumpToTask,
  lineOf,
  linesOf,
  menu,
  state,
  step,
  task,
  uuid,
} from './builders.js'

const MAIN = uuid('flow:Main IVR')
const MODULE = uuid('flow:Verify Caller')
const QUEUE_FLOW = uuid('flow:Hold Music')
const MAX = 52_428_800
/** The cycle finding goes on the flow with the smaller id: name the two so that "A side" is that one. */
const [SIDE_A, SIDE_B] = [uuid('flow:A side'), uuid('flow:B side')].sort()

/** Main IVR: a menu whose choice jumps to "Billing"; Billing decides and disconnects. `billing` replaces its actions. */
function ivr(billing: Record<string, unknown>[] = cleanBilling(), extraItems: Record<string, unknown>[] = []): Record<string, unknown> {
  return flowDocument('inboundcall', 'Main IVR', [
    menu('Main Menu', [['Billing choice', jumpToTask('Go to billing', 'Billing')]]),
    task('Billing', billing),
    ...extraItems,
  ])
}

function cleanBilling(): Record<string, unknown>[] {
  return [decision('Verified?', 'Thank you', 'Sorry', 'Goodbye'), step('Thank you'), step('Sorry'), disconnect('Goodbye')]
}

function input(flows: FlowFile[], fields: Partial<ValidateInput> = {}): ValidateInput {
  return { flows, knownFlows: new Map(), maxExportBytes: MAX, ...fields }
}

interface Case {
  readonly name: string
  readonly rule: Rule
  readonly severity: Severity
  readonly broken: () => ValidateInput
  /** Text on the offending line of the first flow's file (must occur on exactly one line). */
  readonly needle: string | ((flow: FlowFile) => number)
  readonly message: readonly string[]
  readonly sound: () => ValidateInput
}

const cases: Case[] = [
  {
    name: 'a Decision output that leads to an action not in the task',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, ivr([decision('Verified?', 'Thank you', 'Ghost', 'Goodbye'), step('Thank you'), disconnect('Goodbye')]))]),
    needle: uuid('Ghost'),
    message: ['"Verified?"', 'ifFalse output (__NO__)', uuid('Ghost'), 'task "Billing"'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'an initialSequence that names no item',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, { ...ivr(), initialSequence: uuid('Nowhere') })]),
    needle: uuid('Nowhere'),
    message: ['initialSequence', uuid('Nowhere')],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'a jump to task that names a menu',
    rule: 'broken-reference',
    severity: 'error',
    broken: () =>
      input([flowFile(MAIN, flowDocument('inboundcall', 'Main IVR', [menu('Main Menu', [['Loop', jumpToTask('Jump', 'Main Menu')]])]))]),
    needle: '"taskReference"',
    message: ['taskReference', 'menu "Main Menu"', 'not a task'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'a menu choice that jumps to a task that is gone',
    rule: 'broken-reference',
    severity: 'error',
    broken: () =>
      input([flowFile(MAIN, flowDocument('inboundcall', 'Main IVR', [menu('Main Menu', [['Billing choice', jumpToTask('Go to billing', 'Deleted task')]])]))]),
    needle: uuid('Deleted task'),
    message: ['"Go to billing"', 'menu "Main Menu"', 'taskReference', uuid('Deleted task')],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'a change of state to a state that is gone',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, messageFlow('Gone state'))]),
    needle: uuid('Gone state'),
    message: ['"Hand over"', 'stateReference', uuid('Gone state')],
    sound: () => input([flowFile(MAIN, messageFlow('Second'))]),
  },
  {
    name: 'an End Task through an output the task does not have',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, ivr([action('EndTaskAction', 'Done', { pathReference: 'Output 7', pathName: 'Gone' })]))]),
    needle: '"Output 7"',
    message: ['"Done"', 'Output 7', '__DEFAULT__'],
    sound: () => input([flowFile(MAIN, ivr([action('EndTaskAction', 'Done', { pathReference: '__DEFAULT__', pathName: 'Default' })]))]),
  },
  {
    name: 'a Switch case that names no output of the switch',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, ivr([switchAction('Stale case'), disconnect('Goodbye')]))]),
    needle: uuid('Stale case'),
    message: ['case "Case 1"', uuid('Stale case')],
    sound: () => input([flowFile(MAIN, ivr([switchAction('Case 1'), disconnect('Goodbye')]))]),
  },
  {
    name: 'a default menu choice that is not a choice of the menu',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, withMenuField({ defaultMenuChoice: uuid('Old choice') }))]),
    needle: uuid('Old choice'),
    message: ['Menu "Main Menu"', 'default choice'],
    sound: () => input([flowFile(MAIN, withMenuField({ defaultMenuChoice: uuid('Billing choice') }))]),
  },
  {
    name: 'a Call Task output the called task does not have',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, withCallTask('Retired output'))]),
    needle: uuid('Retired output'),
    message: ['"Call billing"', uuid('Retired output'), 'task "Billing"'],
    sound: () => input([flowFile(MAIN, withCallTask('__DEFAULT__'))]),
  },
  {
    name: 'a common module entry that names no Call Common Module action',
    rule: 'broken-reference',
    severity: 'error',
    broken: () => input([flowFile(MAIN, withModuleCall('Deleted call'))], { knownFlows: new Map([[MODULE, 'commonmodule']]) }),
    needle: uuid('Deleted call'),
    message: ['Common module "Verify Caller"', uuid('Deleted call')],
    sound: () => input([flowFile(MAIN, withModuleCall('Verify'))], { knownFlows: new Map([[MODULE, 'commonmodule']]) }),
  },
  {
    name: 'two actions with one id',
    rule: 'duplicate-id',
    severity: 'error',
    broken: () => input([flowFile(MAIN, ivr([step('Thank you', 'Goodbye'), { ...disconnect('Goodbye'), name: 'Goodbye again', id: uuid('Thank you') }]))]),
    needle: (flow) => linesOf(flow.text, `"id": "${uuid('Thank you')}"`)[1],
    message: ['"Goodbye again"', uuid('Thank you'), 'action "Thank you"'],
    sound: () => input([flowFile(MAIN, ivr([step('Thank you', 'Goodbye'), disconnect('Goodbye')]))]),
  },
  {
    name: 'two menu choices with one id',
    rule: 'duplicate-id',
    severity: 'error',
    broken: () =>
      input([
        flowFile(
          MAIN,
          flowDocument('inboundcall', 'Main IVR', [
            menu('Main Menu', [
              ['Billing choice', jumpToTask('Go to billing', 'Billing')],
              ['Hang up', disconnect('Hang up now')],
            ]),
            task('Billing', cleanBilling()),
          ]),
          {},
          (document) => {
            const choices = (document['flowSequenceItemList'] as Record<string, unknown>[])[0]['menuChoiceList'] as Record<string, unknown>[]
            choices[1]['id'] = choices[0]['id']
          },
        ),
      ]),
    needle: (flow) => linesOf(flow.text, `"id": "${uuid('Billing choice')}"`)[1],
    message: ['Menu choice "Hang up"', 'menu choice "Billing choice"'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'an action no path reaches',
    rule: 'unreachable-node',
    severity: 'warning',
    broken: () => input([flowFile(MAIN, ivr([...cleanBilling(), step('Orphan', 'Goodbye')]))]),
    needle: `"id": "${uuid('Orphan')}"`,
    message: ['"Orphan"', 'task "Billing"', 'never runs'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'a task path that runs off its end',
    rule: 'dead-end',
    severity: 'warning',
    broken: () => input([flowFile(MAIN, ivr([decision('Verified?', 'Thank you', 'Sorry', 'Goodbye'), step('Thank you'), step('Sorry'), step('Goodbye')]))]),
    needle: `"id": "${uuid('Goodbye')}"`,
    message: ['task "Billing"', '"Goodbye"', 'without an ending action'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'an empty branch of the last action',
    rule: 'dead-end',
    severity: 'warning',
    broken: () => input([flowFile(MAIN, ivr([decision('Verified?', 'Goodbye', ''), disconnect('Goodbye')]))]),
    needle: `"id": "${uuid('Verified?')}"`,
    message: ['"Verified?"', 'empty ifFalse output (__NO__)'],
    sound: () => input([flowFile(MAIN, ivr([decision('Verified?', 'Goodbye', 'Goodbye'), disconnect('Goodbye')]))]),
  },
  {
    name: 'a call to a flow that is neither exported nor in the repository',
    rule: 'missing-flow',
    severity: 'error',
    broken: () => input([flowFile(MAIN, withModuleCall('Verify'))]),
    needle: `"flowId": "${MODULE}"`,
    message: ['"Verify"', `"Verify Caller" (${MODULE})`, 'include-dependencies'],
    sound: () => input([flowFile(MAIN, withModuleCall('Verify'))], { knownFlows: new Map([[MODULE, 'commonmodule']]) }),
  },
  {
    name: 'Call Common Module to a flow that is not a common module',
    rule: 'flow-type-mismatch',
    severity: 'error',
    broken: () => input([flowFile(MAIN, withModuleCall('Verify'))], { knownFlows: new Map([[MODULE, 'inboundcall']]) }),
    needle: `"flowId": "${MODULE}"`,
    message: ['"Verify"', 'inboundcall', 'commonmodule'],
    sound: () => input([flowFile(MAIN, withModuleCall('Verify'))], { knownFlows: new Map([[MODULE, 'commonmodule']]) }),
  },
  {
    name: 'a common module calling a common module',
    rule: 'flow-type-mismatch',
    severity: 'error',
    broken: () => input([flowFile(uuid('flow:Outer'), { ...withModuleCall('Verify'), type: 'commonmodule' })], { knownFlows: new Map([[MODULE, 'commonmodule']]) }),
    needle: `"flowId": "${MODULE}"`,
    message: ['common module cannot call another common module'],
    sound: () => input([flowFile(uuid('flow:Outer'), withModuleCall('Verify'))], { knownFlows: new Map([[MODULE, 'commonmodule']]) }),
  },
  {
    name: 'a transfer to ACD whose in-queue flow is not an in-queue flow',
    rule: 'flow-type-mismatch',
    severity: 'error',
    broken: () => input([flowFile(MAIN, withQueueTransfer())], { knownFlows: new Map([[QUEUE_FLOW, 'inboundcall']]) }),
    needle: `"inQueueFlowId": "${QUEUE_FLOW}"`,
    message: ['"To queue"', 'inqueuecall'],
    sound: () => input([flowFile(MAIN, withQueueTransfer())], { knownFlows: new Map([[QUEUE_FLOW, 'inqueuecall']]) }),
  },
  {
    name: 'two flows that call each other',
    rule: 'flow-cycle',
    severity: 'error',
    broken: () => input(twoFlows(true)),
    needle: `"flowId": "${SIDE_B}"`,
    message: ['"A side" → "B side" → "A side"'],
    sound: () => input(twoFlows(false)),
  },
  {
    name: 'a flow that transfers to itself',
    rule: 'flow-cycle',
    severity: 'warning',
    broken: () => input([selfTransfer(MAIN)]),
    needle: `"flowId": "${MAIN}"`,
    message: ['transfers "Main IVR" to itself'],
    sound: () => input([selfTransfer(uuid('flow:Elsewhere'))], { knownFlows: new Map([[MAIN, 'inboundcall']]) }),
  },
  {
    name: 'a document version this Action does not read',
    rule: 'format-version',
    severity: 'error',
    broken: () => input([flowFile(MAIN, { ...ivr(), flowMetaData: { flowDocumentVersion: '2.0' } })]),
    needle: '"flowDocumentVersion"',
    message: ['"2.0"', '1.x'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'a document without a version',
    rule: 'format-version',
    severity: 'error',
    broken: () => input([flowFile(MAIN, { ...ivr(), flowMetaData: { minimumServerVersion: 'x' } })]),
    needle: '"flowMetaData"',
    message: ['no flowMetaData.flowDocumentVersion'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'a file that could not be read',
    rule: 'invalid-flow',
    severity: 'error',
    broken: () => input([{ ...flowFile(MAIN, ivr()), text: '{"name": "Main IVR",', document: undefined, readError: 'Unexpected end of JSON input' }]),
    needle: () => 1,
    message: ['not a readable flow definition', 'Unexpected end of JSON input'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'a document without flowSequenceItemList',
    rule: 'invalid-flow',
    severity: 'error',
    broken: () => input([flowFile(MAIN, { name: 'Main IVR', type: 'inboundcall' })]),
    needle: () => 1,
    message: ['no flowSequenceItemList'],
    sound: () => input([flowFile(MAIN, ivr())]),
  },
  {
    name: 'an export over max-export-bytes',
    rule: 'size-limit',
    severity: 'error',
    broken: () => input([{ ...flowFile(MAIN, ivr()), bytes: 1_500 }], { maxExportBytes: 1_000 }),
    needle: () => 1,
    message: ['1,500 bytes', '500 bytes over max-export-bytes (1,000 bytes)'],
    sound: () => input([{ ...flowFile(MAIN, ivr()), bytes: 1_000 }], { maxExportBytes: 1_000 }),
  },
]

describe.each(cases)('$rule: $name', ({ rule, severity, broken, needle, message, sound }) => {
  it('is found on the offending line of the flow file, with a message that names it', () => {
    const given = broken()
    const flow = given.flows[0]
    const findings = validateFlows(given).findings.filter((finding) => finding.rule === rule)
    const line = typeof needle === 'string' ? lineOf(flow.text, needle) : needle(flow)
    expect(findings).toEqual([expect.objectContaining({ rule, severity, file: flow.file, line, flowId: flow.id, flowName: flow.name })])
    for (const fragment of message) expect(findings[0].message).toContain(fragment)
  })

  it('is silent once the flow is mended', () => {
    expect(validateFlows(sound()).findings).toEqual([])
  })
})

/** A message flow whose first state changes to `target`; "Second" is the real second state. */
function messageFlow(target: string): Record<string, unknown> {
  return flowDocument('inboundshortmessage', 'Main IVR', [
    state('First', [action('ChangeStateAction', 'Hand over', { stateReference: uuid(target), stateName: target })]),
    state('Second', [disconnect('Done')]),
  ])
}

function switchAction(caseReference: string): Record<string, unknown> {
  return action('SwitchAction', 'Route by type', {
    nextAction: uuid('Goodbye'),
    cases: [{ name: 'Case 1', referenceId: uuid(caseReference) }],
    paths: [{ label: 'Case 1', outputId: uuid('Case 1') }, { label: 'Default', outputId: '__DEFAULT__' }],
  })
}

function withMenuField(fields: Record<string, unknown>): Record<string, unknown> {
  return flowDocument('inboundcall', 'Main IVR', [
    menu('Main Menu', [['Billing choice', jumpToTask('Go to billing', 'Billing')]], fields),
    task('Billing', cleanBilling()),
  ])
}

function withCallTask(outputId: string): Record<string, unknown> {
  const caller = action('CallTaskAction', 'Call billing', {
    taskReference: uuid('Billing'),
    nextAction: uuid('Done'),
    paths: [{ label: 'Default', outputId: outputId.startsWith('__') ? outputId : uuid(outputId) }],
  })
  return flowDocument('inboundmessage', 'Main IVR', [
    state('Start', [caller, action('ExitBotFlowAction', 'Done')]),
    task('Billing', [action('EndTaskAction', 'Back', { pathReference: '__DEFAULT__', pathName: 'Default' })]),
  ])
}

function withModuleCall(reference: string): Record<string, unknown> {
  return {
    ...ivr([callFlow('CallCommonModuleAction', 'Verify', MODULE, 'Verify Caller', 'Goodbye'), disconnect('Goodbye')]),
    commonModules: [{ id: MODULE, name: 'Verify Caller', version: '1.0', actionReferences: [uuid(reference)], model: { flowSequenceItemList: [{ id: 'x' }] } }],
  }
}

function withQueueTransfer(): Record<string, unknown> {
  return ivr([
    action('TransferPureMatchAction', 'To queue', { inQueueFlowId: QUEUE_FLOW, inQueueFlowName: 'Hold Music', nextAction: uuid('Goodbye'), paths: [{ label: 'Failure', outputId: '__FAILURE__' }] }),
    disconnect('Goodbye'),
  ])
}

/** "A side" and "B side"; A always calls B, and B calls A back when `cycle`. */
function twoFlows(cycle: boolean): FlowFile[] {
  const [a, b] = [SIDE_A, SIDE_B]
  const calling = (name: string, target: string | undefined): FlowFile =>
    flowFile(
      name === 'A side' ? a : b,
      flowDocument('inboundcall', name, [
        task(`${name} task`, target === undefined ? [disconnect(`${name} end`)] : [callFlow('TransferFlowAction', `${name} transfer`, target, 'other')]),
      ]),
    )
  return [calling('A side', b), calling('B side', cycle ? a : undefined)]
}

function selfTransfer(flowId: string): FlowFile {
  return flowFile(flowId, ivr([callFlow('TransferFlowAction', 'Start over', MAIN, 'Main IVR')]))
}

describe('a value that many findings quote', () => {
  // Cut just past where each message is cut anyway: what a finding shows is what the whole value would show.
  const shown = (full: string): string => `${full.slice(0, 1_999)}…`

  it('lists a task of thousands of outputs in every broken pathReference, as the whole list would read', () => {
    const outputs = Array.from({ length: 3_000 }, (_, index) => `Output ${index}`)
    const ends = ['End 1', 'End 2'].map((name) => action('EndTaskAction', name, { pathReference: `Gone ${name}` }))
    const billing = task('Billing', ends, { paths: outputs.map((outputId) => ({ label: outputId, outputId })) })
    const flow = flowFile(MAIN, flowDocument('inboundcall', 'Main IVR', [billing]))
    const messages = validateFlows(input([flow])).findings.filter((finding) => finding.rule === 'broken-reference').map((finding) => finding.message)
    expect(messages).toHaveLength(2)
    for (const [index, name] of ['End 1', 'End 2'].entries()) {
      const full = `Action "${name}" (${uuid(name)}) in task "Billing" (${uuid('Billing')}) ends the task through output Gone ${name}, which is not one of its outputs (${outputs.join(', ')}). Choose an existing task output in Architect.`
      expect(messages[index]!.startsWith(shown(full))).toBe(true)
    }
  })

  it("quotes a duplicate id's first holder by a name of any length as its whole name would read", () => {
    const first: Record<string, unknown> = { ...step('Thank you', 'Goodbye'), name: 'N'.repeat(10_000) }
    const copy = { ...disconnect('Goodbye'), name: 'Goodbye again', id: first['id'] }
    const [finding] = validateFlows(input([flowFile(MAIN, ivr([first, copy]))])).findings.filter((f) => f.rule === 'duplicate-id')
    const full = `Action "Goodbye again" (${uuid('Thank you')}) has the same id as action "${String(first['name'])}". Give one of them a new id (copying the node in Architect does this), or remove the copy.`
    expect(finding!.message.startsWith(shown(full))).toBe(true)
  })
})
