// Actions and sequence items as trees, flattened into the real format: `nextAction` chains a sequence, a path's
// `nextActionId` opens a branch, and a branch that runs off its end continues at the opener's `nextAction`.

import type { Random } from '../random.js'
import { empty, errorBindings, expression, literal, prompts, queueValue, variableRef } from './values.js'

export type Action = Record<string, unknown> & { id: string; __type: string }

export interface PathSpec {
  outputId: string
  label: string
  branch: Node[]
}

export interface Node {
  action: Action
  paths: PathSpec[]
  /** The body of a LoopAction, linked through its single `path`. */
  loopBody?: Node[]
}

export interface TaskOutput {
  outputId: string
  label: string
}

export const DEFAULT_OUTPUT: TaskOutput = { outputId: '__DEFAULT__', label: 'Default' }

export interface FlowRefSpec {
  id: string
  name: string
  version: string
}

/** Ids and tracking numbers of one flow document. */
export class Ids {
  private tracking = 0
  constructor(private readonly random: Random) {}
  uuid(): string {
    return this.random.uuid()
  }
  track(): number {
    return ++this.tracking
  }
  get nextTrackingNumber(): number {
    return this.tracking + 1
  }
}

function base(ids: Ids, type: string, name: string, fields: Record<string, unknown> = {}): Action {
  return { trackingId: ids.track(), id: ids.uuid(), name, uiMetaData: { collapsed: false }, __type: type, ...fields }
}

const node = (action: Action, paths: PathSpec[] = []): Node => ({ action, paths })

export const act = {
  playAudio: (ids: Ids, name: string, sentence: string): Node => node(base(ids, 'PlayAudioAction', name, { prompts: prompts(sentence) })),
  updateVariable: (ids: Ids, name: string, variable: { name: string; id: string }, text: string): Node =>
    node(base(ids, 'UpdateVariableAction', name, { variables: [{ expression: literal(text, 'str'), variable: variableRef(variable.name, 'str', variable.id) }] })),
  decision: (ids: Ids, name: string, condition: string, yes: Node[], no: Node[]): Node =>
    node(base(ids, 'DecisionAction', name, { expression: expression(condition, 'bln') }), [
      { outputId: '__YES__', label: 'Yes', branch: yes },
      { outputId: '__NO__', label: 'No', branch: no },
    ]),
  dataAction: (ids: Ids, name: string, dataActionId: string, success: Node[], failure: Node[]): Node =>
    node(
      base(ids, 'DataAction', name, {
        actionName: name,
        actionId: dataActionId,
        category: { id: 'Genesys Cloud Data Actions', name: 'Genesys Cloud Data Actions' },
        useSuggestedTimeout: true,
        errorBindings: errorBindings(),
        inputs: [],
        outputs: [],
        timeout: literal('P0D0H0M10S0F', 'dur'),
      }),
      [
        { outputId: '__SUCCESS__', label: 'Success', branch: success },
        { outputId: '__FAILURE__', label: 'Failure', branch: failure },
        { outputId: '__TIMEOUT__', label: 'Timeout', branch: [] },
      ],
    ),
  callCommonModule: (ids: Ids, target: FlowRefSpec): Node =>
    node(
      base(ids, 'CallCommonModuleAction', 'Call Common Module', {
        flowId: target.id,
        flowName: target.name,
        flowVersion: target.version,
        flowLatestVersion: true,
        flowDebugPublished: false,
        flowOutOfService: false,
        inputs: [{ name: 'Common.reason', value: literal('lookup', 'str') }],
        outputs: [{ name: 'Common.success', value: empty('bln') }],
        paths: [],
      }),
    ),
  callBotFlow: (ids: Ids, target: FlowRefSpec): Node =>
    node(
      base(ids, 'CallBotFlowAction', 'Call Bot Flow', {
        flowId: target.id,
        flowName: target.name,
        flowLatestVersion: true,
        flowDebugPublished: false,
        flowOutOfService: false,
        exitReason: empty('str'),
        intent: empty('str'),
        inputText: empty('str'),
        inputs: [],
        outputs: [],
        paths: [],
      }),
    ),
  /** Transfer to Flow: only a `__FAILURE__` path and no `nextAction` (docs/flow-format.md §5.2). */
  transferFlow: (ids: Ids, target: FlowRefSpec, failure: Node[]): Node =>
    node(
      base(ids, 'TransferFlowAction', 'Transfer to Flow', {
        flowId: target.id,
        flowName: target.name,
        errorBindings: errorBindings(),
        preTransferAudio: prompts(''),
        failureTransferAudio: prompts('Sorry, the transfer failed.'),
      }),
      [{ outputId: '__FAILURE__', label: 'Failure', branch: failure }],
    ),
  transferToAcd: (ids: Ids, queue: { id: string; name: string }, inQueueFlow: FlowRefSpec | undefined, failure: Node[]): Node =>
    node(
      base(ids, 'TransferPureMatchAction', 'Transfer to ACD', {
        useDefaultHandling: true,
        queues: [queueValue(queue.name, queue.id)],
        skills: [],
        priority: literal('0', 'int'),
        errorBindings: errorBindings(),
        preTransferAudio: prompts('Please hold while we connect you.'),
        failureTransferAudio: prompts('Sorry, we could not connect you.'),
        ...(inQueueFlow ? { inQueueFlowId: inQueueFlow.id, inQueueFlowName: inQueueFlow.name } : {}),
      }),
      [{ outputId: '__FAILURE__', label: 'Failure', branch: failure }],
    ),
  holdMusic: (ids: Ids): Node =>
    node(
      base(ids, 'HoldMusicAction', 'Hold Music', {
        duration: literal('P0D0H1M0S0F', 'dur'),
        playForDuration: false,
        prompt: {
          config: { sysref: { pos: 1, text: 'Flow.HoldPrompt', type: 'pmt', val: '__FLOW_HOLD_PROMPT__' } },
          text: 'Flow.HoldPrompt',
          type: 'pmt',
          uiMetaData: { mode: 0 },
          metaData: { references: [{ id: '__FLOW_HOLD_PROMPT__', type: 'pmt', isSysRef: true, name: 'Flow.HoldPrompt' }] },
          version: 2,
        },
        bargeInExpression: literal('false', 'bln'),
      }),
    ),
  communicate: (ids: Ids, text: string): Node => node(base(ids, 'CommunicateAction', 'Communicate', { communication: literal(text, 'str') })),
  sendResponse: (ids: Ids, text: string): Node =>
    node(base(ids, 'SendResponseAction', 'Send Response', { messageBodyStyle: literal('standard', 'str'), messageBody: literal(text, 'str') })),
  disconnect: (ids: Ids): Node => node(base(ids, 'DisconnectAction', 'Disconnect')),
  /** Ends the task through one of its outputs (`__DEFAULT__` or a custom output's id). */
  endTask: (ids: Ids, output: TaskOutput = DEFAULT_OUTPUT): Node =>
    node(base(ids, 'EndTaskAction', `End Task: ${output.label}`, { pathReference: output.outputId, pathName: output.label })),
  /** Loop: `path` (`__LOOP__`) opens the body, then execution goes on at `nextAction`. */
  loop: (ids: Ids, counter: { name: string; id: string }, times: number, body: Node[]): Node => {
    const action = node(
      base(ids, 'LoopAction', 'Loop', { currentIndex: { ...variableRef(counter.name, 'int', counter.id) }, loopCount: literal(String(times), 'int') }),
    )
    action.loopBody = body
    return action
  },
  /** Switch: one path per case (its id is the case's referenceId), plus the default path. */
  switchOn: (ids: Ids, name: string, cases: Array<{ label: string; condition: string; branch: Node[] }>, otherwise: Node[]): Node => {
    const withIds = cases.map((entry) => ({ ...entry, id: ids.uuid() }))
    return node(
      base(ids, 'SwitchAction', name, {
        switchStyle: 0,
        version: '1.0',
        expression: { text: '', type: 'any', uiMetaData: { mode: 0 }, version: 2 },
        cases: withIds.map((entry) => ({ name: entry.label, referenceId: entry.id, value: expression(entry.condition, 'bln') })),
      }),
      [...withIds.map((entry) => ({ outputId: entry.id, label: entry.label, branch: entry.branch })), { outputId: '__DEFAULT__', label: 'Default', branch: otherwise }],
    )
  },
  /** Call Task: its paths are the called task's outputs, in the same order. */
  callTask: (ids: Ids, task: { id: string; name: string; outputs: readonly TaskOutput[] }, branches: readonly Node[][]): Node =>
    node(
      base(ids, 'CallTaskAction', `Call ${task.name}`, { taskReference: task.id, taskName: task.name, inputs: [], outputs: [] }),
      task.outputs.map((output, i) => ({ outputId: output.outputId, label: output.label, branch: branches[i] ?? [] })),
    ),
  /** Jump to Menu: an ending action that goes to another sequence item. */
  transferMenu: (ids: Ids, target: { id: string; name: string }): Node =>
    node(base(ids, 'TransferMenuAction', 'Jump to Menu', { menuReference: target.id })),
  exitBot: (ids: Ids): Node => node(base(ids, 'ExitBotFlowAction', 'Exit Bot Flow')),
  endWorkflow: (ids: Ids): Node => node(base(ids, 'EndWorkflowAction', 'End Workflow', { exitReason: literal('Success', 'str') })),
}

/** Flattens a sequence into an `actionList`, linking `nextAction` and the branches' `nextActionId`. */
export function flatten(sequence: readonly Node[]): Action[] {
  const out: Action[] = []
  sequence.forEach((current, index) => {
    const action = current.action
    const next = sequence[index + 1]
    if (next) action.nextAction = next.action.id
    if (current.paths.length > 0) {
      action.paths = current.paths.map((path) => {
        const entry: Record<string, unknown> = { label: path.label, outputId: path.outputId }
        if (path.branch.length > 0) entry.nextActionId = path.branch[0]!.action.id
        return entry
      })
    }
    if (current.loopBody) {
      const path: Record<string, unknown> = { label: 'Loop', outputId: '__LOOP__' }
      if (current.loopBody.length > 0) path.nextActionId = current.loopBody[0]!.action.id
      action.path = path
    }
    out.push(action)
    for (const path of current.paths) out.push(...flatten(path.branch))
    if (current.loopBody) out.push(...flatten(current.loopBody))
  })
  return out
}

export type Item = Record<string, unknown> & { id: string; __type: string; name: string }

/**
 * A Task, LoopTask or CommonModuleTask (they have task outputs: Default plus `outputs`) or a State/BotState (they
 * do not). `id` may be allocated beforehand, when another item must refer to this one before it is built.
 */
export function sequenceItem(
  ids: Ids,
  type: string,
  name: string,
  sequence: readonly Node[],
  options: { id?: string; outputs?: readonly TaskOutput[] } = {},
): Item {
  const actionList = flatten(sequence)
  const item: Item = { startAction: sequence[0]!.action.id, trackingId: ids.track(), id: options.id ?? ids.uuid(), name, uiMetaData: { collapsed: false }, __type: type }
  if (type.endsWith('Task')) item.paths = [DEFAULT_OUTPUT, ...(options.outputs ?? [])].map((output) => ({ label: output.label, outputId: output.outputId }))
  item.actionList = actionList
  item.variables = []
  return item
}

export interface MenuChoice {
  name: string
  digit: number
  action: Action
}

export function menu(ids: Ids, name: string, greeting: string, choices: readonly MenuChoice[], id = ids.uuid()): Item {
  return {
    trackingId: ids.track(),
    id,
    name,
    uiMetaData: { collapsed: false },
    __type: 'Menu',
    prompts: prompts(greeting),
    promptRepeatCount: literal('3', 'int'),
    menuChoiceList: choices.map((choice) => ({
      id: ids.uuid(),
      name: choice.name,
      digit: choice.digit,
      globalDtmf: false,
      speechRecTerms: { 'en-us': [] },
      action: choice.action,
    })),
  }
}

export function taskChoice(ids: Ids, task: { id: string; name: string }): Action {
  return { taskReference: task.id, trackingId: ids.track(), id: ids.uuid(), name: task.name, uiMetaData: { collapsed: false }, __type: 'TaskAction' }
}

export function disconnectChoice(ids: Ids): Action {
  return { trackingId: ids.track(), id: ids.uuid(), name: 'Disconnect', uiMetaData: { collapsed: false }, __type: 'DisconnectAction' }
}
