// The whole configuration JSON of a generated flow: the top-level keys of the real samples, per flow type.

import type { Ids } from './actions.js'
import { buildCommonModules, buildManifest } from './manifest.js'
import type { Template } from './templates.js'
import { empty, literal, prompts, variable } from './values.js'

export interface ModuleSnapshotSource {
  name: string
  version: string
  document: unknown
}

const language = {
  language: 'en-US',
  languageSkill: empty('lac'),
  textToSpeech: {
    engine: { selection: 'specific', name: 'Genesys Enhanced TTS', id: 'genesys_enhanced' },
    voice: { selection: 'specific', name: 'en-US-DavisNeural', id: 'genesys_enhanced/azure_en-US-DavisNeural-en-US' },
  },
}

function typeSettings(type: string): Record<string, unknown> {
  const errorAudio = prompts('Sorry, an error occurred. Please try your call again.')
  switch (type) {
    case 'inboundcall':
      return {
        isSecure: false,
        debugSettings: {},
        disableAsr: literal('false', 'bln'),
        disableAsrCompanyDirectory: literal('true', 'bln'),
        errorHandling: { audio: errorAudio, handlingType: 'Disconnect' },
        initialPrompts: prompts(''),
        speechRecCompanyDirectory: literal('false', 'bln'),
        speechRecEngine: { ...empty('str'), uiMetaData: { mode: 1 } },
        suppressRecording: literal('false', 'bln'),
      }
    case 'inqueuecall':
      return {
        debugSettings: {},
        errorHandling: { audio: errorAudio, handlingType: 'Disconnect' },
        inQueueCallFlowSettings: { holdMusic: { ...literal('on_hold_music', 'pmt'), config: { lit: { pos: 1, text: 'on_hold_music', type: 'pmt', val: '__on_hold_music__' } } } },
      }
    case 'commonmodule':
      return {
        debugSettings: {},
        commonModuleFlowSettings: { destinationFlowTypes: ['inboundcall', 'inboundshortmessage', 'workflow'] },
        customDefinitions: {},
      }
    case 'bot':
      return {
        botFlowSettings: { botFlowType: 'voiceAndDigital' },
        userInputSettings: { noInputTimeout: literal('P0D0H0M7S0F', 'dur') },
        errorHandling: { handlingType: 'ExitBotFlow' },
        nluMetaData: { rawNlu: '{}' },
        knowledgeSettings: {},
        debugSettings: {},
      }
    case 'workflow':
      return { debugSettings: {}, errorHandling: { queue: { ...empty('que'), uiMetaData: { mode: 1 } }, handlingType: 'EndWorkflow' } }
    default:
      return { debugSettings: {}, errorHandling: { handlingType: 'Disconnect' } }
  }
}

export function assembleDocument(
  type: string,
  name: string,
  description: string,
  template: Template,
  ids: Ids,
  modules: ReadonlyMap<string, ModuleSnapshotSource>,
): Record<string, unknown> {
  const commonModules = buildCommonModules(template.items, modules)
  const document: Record<string, unknown> = {
    defaultLanguage: 'en-US',
    description,
    initialSequence: template.initialSequence,
    name,
    nextTrackingNumber: ids.nextTrackingNumber,
    uiMetaData: {},
    supportedLanguages: ['en-US'],
    manifest: buildManifest(template.items),
    type,
    ...typeSettings(type),
  }
  if (commonModules.length > 0) {
    document.commonModules = commonModules
    document.customDefinitions ??= {}
  }
  document.defaultSettings = {}
  document.flowMetaData = { flowDocumentVersion: '1.0', minimumServerVersion: '1.0', ttsDataVersion: '1.0' }
  document.flowSequenceItemList = template.items
  document.supportedLanguageOptions = [language]
  document.variables = template.variables.map((spec) => variable(spec))
  return document
}
