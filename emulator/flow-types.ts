// Flow types and what hangs off them: export file extensions and dependency-tracking object types.

/** Lower-case, as `GET /api/v2/flows?type=` takes them (docs/genesys-api.md §3.1). */
export const FLOW_TYPES = [
  'bot', 'commonmodule', 'digitalbot', 'emailsend', 'inboundcall', 'inboundchat', 'inboundemail',
  'inboundshortmessage', 'inqueuecall', 'inqueueemail', 'inqueueshortmessage', 'outboundcall', 'securecall',
  'speech', 'surveyinvite', 'voice', 'voicemail', 'voicesurvey', 'workflow', 'workitem',
] as const

/**
 * Extension of an `Architect` export file. The first twelve were seen on real exports (docs/flow-format.md
 * §2.1 and the sample sources); the rest are this emulator's choice, named the same way (README.md).
 */
export const EXPORT_EXTENSIONS: Record<string, string> = {
  inboundcall: '.i3InboundFlow',
  inqueuecall: '.i3InQueueFlow',
  commonmodule: '.i3CommonModuleFlow',
  inboundshortmessage: '.i3InboundMessage',
  inboundemail: '.i3InboundEmailFlow',
  inboundchat: '.i3InboundChatFlow',
  bot: '.i3BotFlow',
  workflow: '.i3WorkFlow',
  digitalbot: '.i3DigitalBotFlow',
  outboundcall: '.i3OutboundFlow',
  surveyinvite: '.i3SurveyInviteFlow',
  workitem: '.i3WorkitemFlow',
  // Chosen, not seen:
  inqueueemail: '.i3InQueueEmailFlow',
  inqueueshortmessage: '.i3InQueueMessageFlow',
  securecall: '.i3SecureFlow',
  voicemail: '.i3VoicemailFlow',
  voicesurvey: '.i3VoiceSurveyFlow',
  emailsend: '.i3EmailSendFlow',
  speech: '.i3SpeechFlow',
  voice: '.i3VoiceFlow',
}

/** Flow.type → dependency objectType: X → XFLOW, except WORKFLOW (docs/genesys-api.md §5). No SPEECH type exists. */
export function dependencyTypeOf(flowType: string): string | undefined {
  const upper = flowType.toUpperCase()
  if (upper === 'SPEECH') return undefined
  if (upper === 'WORKFLOW') return 'WORKFLOW'
  return `${upper}FLOW`
}

/** The flow type an objectType stands for, or undefined when it is not a flow type. */
export function flowTypeOfDependencyType(objectType: string): string | undefined {
  const upper = objectType.toUpperCase()
  if (upper === 'WORKFLOW') return 'workflow'
  if (!upper.endsWith('FLOW')) return undefined
  const base = upper.slice(0, -'FLOW'.length).toLowerCase()
  return (FLOW_TYPES as readonly string[]).includes(base) ? base : undefined
}
