// Architect's words for the configuration JSON: action types, fields and resource kinds as the
// Architect UI names them. Anything not in a table is named from its key ("numberOfDigitsMax" →
// "number of digits max"), so unknown action types and fields still read sensibly.
import { itemKind, type ActionNode, type ItemNode } from '../flows/document.js'
import { nameTable, stringField, type JsonRecord } from '../flows/json.js'
import { escapeControls } from '../text/excerpt.js'

/** Action `__type` → the name of the action in Architect's toolbox, where the type name does not say it. */
const ACTION_LABELS: Readonly<Record<string, string>> = nameTable({
  DataAction: 'Call Data Action',
  UpdateVariableAction: 'Update Data',
  TaskAction: 'Jump to Reusable Task',
  TransferTaskAction: 'Jump to Reusable Task',
  TransferMenuAction: 'Jump to Menu',
  TransferPureMatchAction: 'Transfer to ACD',
  TransferFlowAction: 'Transfer to Flow',
  TransferFlowSecureAction: 'Transfer to Secure Flow',
  AskForBooleanAction: 'Ask for Yes/No',
  AskForNLUIntentAction: 'Ask for Intent',
  FindUserByIdAction: 'Find User by Id',
  CallDialogflowBotAction: 'Call Dialogflow Bot',
})

/** Field key → Architect's label where its words do not say it; `''` hides a wrapper key (its parent names it). */
const FIELD_LABELS: Readonly<Record<string, string>> = nameTable({
  prompts: 'audio',
  prompt: 'audio',
  defaultAudio: '',
  bargeInExpression: 'barge-in',
  flushExpression: 'flush prompts',
  preTransferAudio: 'pre-transfer audio',
  failureTransferAudio: 'failed-transfer audio',
  preTransferCommunication: 'pre-transfer message',
  failureTransferCommunication: 'failed-transfer message',
  verificationPrompts: 'verification audio',
  queues: 'queue',
  useDefaultHandling: 'default failure handling',
  inQueueFlowName: 'in-queue flow',
  actionName: 'data action',
  inputs: 'input',
  outputs: 'output',
  errorBindings: 'failure output',
  useSuggestedTimeout: 'suggested timeout',
  variables: 'assignment',
  flowName: 'flow',
  flowVersion: 'version',
  flowLatestVersion: 'latest version',
  datatableName: 'data table',
  lookupKeyValue: 'lookup key',
  cases: 'case',
  value: '',
  paths: 'output',
  pathName: 'task output',
  resultData: 'result',
  numberOfDigitsMax: 'maximum digits',
  numberOfDigitsMin: 'minimum digits',
  interDigitTimeout: 'inter-digit timeout',
  noEntryTimeout: 'no-entry timeout',
  messageBody: 'message',
  speechRecTerms: 'speech terms',
  globalDtmf: 'global digit',
  screenPopName: 'script',
  botName: 'bot',
  responseName: 'response',
})

/** The same key means something else on some action types. */
const FIELD_LABELS_BY_TYPE: Readonly<Record<string, Readonly<Record<string, string>>>> = nameTable({
  CallCommonModuleAction: nameTable({ flowName: 'common module', flowVersion: 'module version' }),
  CallBotFlowAction: nameTable({ flowName: 'bot flow' }),
  SwitchAction: nameTable({ value: 'condition' }),
  GetAttributesAction: nameTable({ variables: 'attribute' }),
  SetAttributesAction: nameTable({ variables: 'attribute' }),
  // An item's own settings: on a task or state `variables` are its variables, not assignments.
  Item: nameTable({ variables: 'variable', paths: 'output', menuChoiceList: 'choice' }),
})

/** Flow-level keys (docs/flow-format.md §1.1) → the flow's settings as Architect shows them. */
const FLOW_FIELD_LABELS: Readonly<Record<string, string>> = nameTable({
  supportedLanguages: 'supported language',
  supportedLanguageOptions: 'language options',
  handlingType: 'action',
  initialPrompts: 'initial greeting',
  disableAsr: 'speech recognition disabled',
  disableAsrCompanyDirectory: 'company directory speech recognition disabled',
  speechRecCompanyDirectory: 'company directory speech recognition',
  speechRecEngine: 'speech recognition engine',
  suppressRecording: 'recording suppressed',
  defaultSettings: 'action defaults',
  isSecure: 'secure flow',
  variables: 'variable',
  inQueueCallFlowSettings: 'in-queue call settings',
  commonModuleFlowSettings: 'common module settings',
  destinationFlowTypes: 'usable in',
  botFlowSettings: 'bot settings',
})

/** Action types that call a flow, and how a sentence names the flow each calls. */
export const FLOW_CALL_KINDS: Readonly<Record<string, string>> = nameTable({
  CallCommonModuleAction: 'common module',
  CallBotFlowAction: 'bot flow',
  TransferFlowAction: 'flow',
  TransferFlowSecureAction: 'secure flow',
  TransferPureMatchAction: 'in-queue flow',
})

/** `manifest` resource kinds → their names in Architect; others are named from the key (`dataTable`: data table). */
const RESOURCE_LABELS: Readonly<Record<string, string>> = nameTable({
  userPrompt: 'prompt',
  ttsEngine: 'TTS engine',
  ttsVoice: 'TTS voice',
  acdSkill: 'skill',
})

/**
 * Value-object type codes (§1.3) whose text names a resource the flow uses: queue, prompt, user, group,
 * skill, language skill, wrap-up code, contact list, schedule, schedule group.
 */
export const RESOURCE_VALUE_TYPES: ReadonlySet<string> = new Set(['que', 'pmt', 'usr', 'grp', 'skl', 'lac', 'wrc', 'cnl', 'sch', 'scg'])

/** Field keys whose (name) value names a resource or a called flow. */
export const RESOURCE_FIELDS: Readonly<Record<string, 'resource' | 'flow-call'>> = nameTable({
  actionName: 'resource',
  datatableName: 'resource',
  queues: 'resource',
  flowName: 'flow-call',
  inQueueFlowName: 'flow-call',
})

export function actionTypeLabel(type: string): string {
  return ACTION_LABELS[type] ?? (words(type.replace(/Action$/, '')) || 'Action')
}

export function fieldLabel(key: string, actionType: string): string {
  if (LANGUAGE_TAG.test(key)) return key // speech terms and prompts are kept per language: `en-US`
  return FIELD_LABELS_BY_TYPE[actionType]?.[key] ?? FIELD_LABELS[key] ?? keyWords(key)
}

/** Keys repeat on every action of a large flow: each is put into words once. */
const KEY_WORDS = new Map<string, string>()
function keyWords(key: string): string {
  let label = KEY_WORDS.get(key)
  if (label === undefined) {
    label = words(key).toLowerCase()
    if (KEY_WORDS.size < 10_000) KEY_WORDS.set(key, label)
  }
  return label
}

const LANGUAGE_TAG = /^[a-z]{2,3}-[A-Za-z0-9-]+$/

export function flowFieldLabel(key: string): string {
  return FLOW_FIELD_LABELS[key] ?? FIELD_LABELS[key] ?? keyWords(key)
}

export function resourceLabel(kind: string): string {
  return RESOURCE_LABELS[kind] ?? words(kind).toLowerCase()
}

/** `CamelCaseKey` → `Camel Case Key`; runs of capitals stay one word (`NLUIntent` → `NLU Intent`). */
export function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
}

/**
 * How a sentence names an action: `Decision "Open today?"`. Architect names a new action after its
 * type, so an action still called that (or unnamed) is told apart by the number Architect shows
 * beside it (its `trackingId`): `Play Audio #15`.
 */
export function actionText(action: ActionNode, numbered = true): string {
  const type = actionTypeLabel(action.type)
  const name = action.name
  if (name !== '' && name.toLowerCase() !== type.toLowerCase()) return `${type} ${quoted(name)}`
  if (!numbered) return type
  const number = action.raw['trackingId']
  return typeof number === 'number' ? `${type} #${number}` : name === '' ? `${type} (${action.id || 'no id'})` : type
}

/** `task "Billing"`, `menu "Main Menu"`: the item's kind and name (its id when it has none). */
export function itemText(item: ItemNode): string {
  return `${itemKind(item.type)} ${item.name === '' ? `(${item.id || 'no id'})` : quoted(item.name)}`
}

/** Where a change is: `FlowChange.itemName` (the item's name, its id when it has none), `itemId` and `actionId`. */
export function placeOf(item: ItemNode, action?: ActionNode): { itemName: string; itemId: string; actionId?: string } {
  const where = { itemName: item.name === '' ? item.id : item.name, itemId: item.id }
  return action === undefined ? where : { ...where, actionId: action.id }
}

export function choiceText(choice: { readonly raw: JsonRecord; readonly name: string }): string {
  const digit = choice.raw['digit']
  const key = typeof digit === 'number' || (typeof digit === 'string' && digit !== '') ? ` (digit ${digit})` : ''
  return `choice ${quoted(choice.name || stringField(choice.raw, 'id'))}${key}`
}

const MAX_QUOTED = 100

/** Text in double quotes (escaped, white space runs as one space), cut first: a name may be megabytes long. */
export function quoted(text: string, maxChars = MAX_QUOTED): string {
  const head = text.length > maxChars * 4 ? text.slice(0, maxChars * 4) : text
  const chars = [...head.replace(/\s+/g, ' ')]
  const cut = chars.length > maxChars || head.length < text.length
  const shown = cut ? `${chars.slice(0, maxChars - 1).join('')}…` : chars.join('')
  return `"${escapeControls(shown.replace(/["\\]/g, (char) => `\\${char}`))}"`
}
