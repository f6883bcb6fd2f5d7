// The sequence items of each generated flow type. Every action is reachable, every task ends with an ending
// action, and branches either end or merge back, as in the real samples. Flow calls come from `FlowCalls`.

import { act, DEFAULT_OUTPUT, disconnectChoice, Ids, menu, sequenceItem, taskChoice, type FlowRefSpec, type Item, type Node, type TaskOutput } from './actions.js'
import { DATA_ACTIONS, QUEUES } from './names.js'
import type { Random } from '../random.js'

export interface FlowCalls {
  commonModule?: FlowRefSpec
  inQueue?: FlowRefSpec
  bot?: FlowRefSpec
  /** Transfer to Flow target (only the planted cycle uses it). */
  transferTo?: FlowRefSpec
  /** Calls to flow ids that do not exist (planted missing-flow). */
  missing: FlowRefSpec[]
}

export interface Template {
  items: Item[]
  initialSequence: string
  /** Flow-level variables (`Flow.x`, `Common.x`). */
  variables: Array<{ id: string; name: string; isInput?: boolean; isOutput?: boolean; type: 'StringVariable' | 'BoolVariable' | 'IntegerVariable' }>
}

function missingCalls(ids: Ids, calls: FlowCalls): Node[] {
  return calls.missing.map((target) => act.callCommonModule(ids, target))
}

function inboundCall(ids: Ids, random: Random, calls: FlowCalls): Template {
  const account = { id: ids.uuid(), name: 'Flow.AccountId' }
  const attempt = { id: ids.uuid(), name: 'Flow.Attempt' }
  const data = random.pick(DATA_ACTIONS)
  const menuId = ids.uuid()
  // A reusable task with a custom output, called from the main task (CallTaskAction mirrors its outputs).
  const notFound: TaskOutput = { outputId: ids.uuid(), label: 'Not Found' }
  const lookup = sequenceItem(ids, 'Task', 'Account Lookup', [
    act.dataAction(ids, data.name, data.id, [act.updateVariable(ids, 'Remember account', account, 'found'), act.endTask(ids)], [act.endTask(ids, notFound)]),
    act.endTask(ids),
  ], { outputs: [notFound] })
  const main: Node[] = [
    act.playAudio(ids, 'Welcome', 'Thank you for calling.'),
    ...(calls.commonModule ? [act.callCommonModule(ids, calls.commonModule)] : []),
    act.callTask(ids, { id: lookup.id, name: lookup.name, outputs: [DEFAULT_OUTPUT, notFound] }, [[], [act.playAudio(ids, 'Not found', 'We could not find your account.')]]),
    act.loop(ids, attempt, 2, [act.playAudio(ids, 'Announcement', 'Calls may be recorded.')]),
    act.decision(ids, 'Known caller?', 'Flow.AccountId != ""', [act.playAudio(ids, 'Greet known caller', 'Welcome back.')], []),
    ...missingCalls(ids, calls),
    act.transferToAcd(ids, random.pick(QUEUES), calls.inQueue, []),
    act.disconnect(ids),
  ]
  const afterHours: Node[] = [
    act.playAudio(ids, 'Closed', 'We are closed at the moment.'),
    calls.transferTo
      ? act.transferFlow(ids, calls.transferTo, [act.playAudio(ids, 'Transfer failed', 'Please call again later.'), act.disconnect(ids)])
      : act.disconnect(ids),
  ]
  const help: Node[] = [act.playAudio(ids, 'Explain menu', 'Press 1 for service or 2 for opening hours.'), act.transferMenu(ids, { id: menuId, name: 'Main Menu' })]
  const mainTask = sequenceItem(ids, 'Task', 'Main Task', main)
  const afterHoursTask = sequenceItem(ids, 'Task', 'After Hours', afterHours)
  const helpTask = sequenceItem(ids, 'Task', 'Help', help)
  const mainMenu = menu(ids, 'Main Menu', 'For service press 1. For opening hours press 2. For help press 3.', [
    { name: 'Service', digit: 1, action: taskChoice(ids, mainTask) },
    { name: 'Opening hours', digit: 2, action: taskChoice(ids, afterHoursTask) },
    { name: 'Help', digit: 3, action: taskChoice(ids, helpTask) },
    { name: 'Disconnect', digit: 9, action: disconnectChoice(ids) },
  ], menuId)
  return {
    items: [mainTask, lookup, afterHoursTask, helpTask, mainMenu],
    initialSequence: mainMenu.id,
    variables: [{ ...account, type: 'StringVariable' }, { ...attempt, type: 'IntegerVariable' }],
  }
}

function inQueueCall(ids: Ids): Template {
  const loop: Node[] = [
    act.playAudio(ids, 'Thanks for waiting', 'Thank you for waiting. An agent will be with you shortly.'),
    act.holdMusic(ids),
    act.decision(ids, 'Long wait?', 'Call.WaitTime > MakeDuration(0, 0, 5, 0)', [act.playAudio(ids, 'Still busy', 'All agents are still busy.')], []),
    act.disconnect(ids),
  ]
  const task = sequenceItem(ids, 'LoopTask', 'In-Queue Task', loop)
  return { items: [task], initialSequence: task.id, variables: [] }
}

function commonModule(ids: Ids, random: Random): Template {
  const success = { id: ids.uuid(), name: 'Common.success' }
  const reason = { id: ids.uuid(), name: 'Common.reason' }
  const data = random.pick(DATA_ACTIONS)
  const steps: Node[] = [
    act.updateVariable(ids, 'Reset result', success, 'false'),
    act.dataAction(ids, data.name, data.id, [act.updateVariable(ids, 'Mark success', success, 'true')], []),
    act.decision(ids, 'Succeeded?', 'Common.success', [], [act.updateVariable(ids, 'Note failure', reason, 'failed')]),
    act.endTask(ids),
  ]
  const task = sequenceItem(ids, 'CommonModuleTask', 'Common Module Task', steps)
  return {
    items: [task],
    initialSequence: task.id,
    variables: [
      { ...reason, isInput: true, type: 'StringVariable' },
      { ...success, isOutput: true, type: 'BoolVariable' },
    ],
  }
}

function bot(ids: Ids): Template {
  const steps: Node[] = [
    act.communicate(ids, 'Hi! How can I help?'),
    act.decision(ids, 'Understood?', 'Session.LastIntent != ""', [act.communicate(ids, 'Got it.')], []),
    act.exitBot(ids),
  ]
  const state = sequenceItem(ids, 'BotState', 'Default Bot', steps)
  return { items: [state], initialSequence: state.id, variables: [] }
}

function inboundMessage(ids: Ids, random: Random, calls: FlowCalls): Template {
  const steps: Node[] = [
    act.switchOn(ids, 'Language', [
      { label: 'French', condition: 'Message.Language == "fr"', branch: [act.sendResponse(ids, 'Merci pour votre message.')] },
      { label: 'Spanish', condition: 'Message.Language == "es"', branch: [act.sendResponse(ids, 'Gracias por su mensaje.')] },
    ], [act.sendResponse(ids, 'Thanks for your message.')]),
    ...(calls.bot ? [act.callBotFlow(ids, calls.bot)] : []),
    ...(calls.commonModule ? [act.callCommonModule(ids, calls.commonModule)] : []),
    ...missingCalls(ids, calls),
    act.transferToAcd(ids, random.pick(QUEUES), undefined, [act.sendResponse(ids, 'No agent is available right now.')]),
    act.disconnect(ids),
  ]
  const state = sequenceItem(ids, 'State', 'Starting State', steps)
  return { items: [state], initialSequence: state.id, variables: [] }
}

function workflow(ids: Ids, random: Random, calls: FlowCalls): Template {
  const status = { id: ids.uuid(), name: 'Flow.status' }
  const data = random.pick(DATA_ACTIONS)
  const steps: Node[] = [
    act.dataAction(ids, data.name, data.id, [act.updateVariable(ids, 'Store status', status, 'done')], []),
    ...(calls.commonModule ? [act.callCommonModule(ids, calls.commonModule)] : []),
    ...missingCalls(ids, calls),
    act.decision(ids, 'Done?', 'Flow.status == "done"', [], [act.updateVariable(ids, 'Mark pending', status, 'pending')]),
    act.endWorkflow(ids),
  ]
  const state = sequenceItem(ids, 'State', 'Initial State', steps)
  return { items: [state], initialSequence: state.id, variables: [{ ...status, isInput: true, type: 'StringVariable' }] }
}

/** Flow types the generator makes, and which of them may carry planted missing-flow calls. */
export const GENERATED_TYPES = ['inboundcall', 'inqueuecall', 'commonmodule', 'bot', 'inboundshortmessage', 'workflow'] as const
export const CALLER_TYPES = ['inboundcall', 'inboundshortmessage', 'workflow'] as const

export function buildTemplate(type: string, ids: Ids, random: Random, calls: FlowCalls): Template {
  switch (type) {
    case 'inboundcall':
      return inboundCall(ids, random, calls)
    case 'inqueuecall':
      return inQueueCall(ids)
    case 'commonmodule':
      return commonModule(ids, random)
    case 'bot':
      return bot(ids)
    case 'inboundshortmessage':
      return inboundMessage(ids, random, calls)
    case 'workflow':
      return workflow(ids, random, calls)
    default:
      throw new Error(`The emulator cannot generate flows of type '${type}'. Use one of: ${GENERATED_TYPES.join(', ')}.`)
  }
}
