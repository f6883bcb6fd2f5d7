// The inverse of src/export/decode.ts: a committed flow document back into the file Architect's Import
// takes. Such a file is base64 of the URL-encoded compact JSON of the flow's configuration
// (docs/flow-format.md §1, §5.1), named `<flow name><extension of its type>` as Architect names an
// export. Encoding a real export's document in its original key order gives that export's very bytes; a
// committed file has its keys sorted, which changes the bytes but not the document Architect reads.
import type { FlowType } from '../model.js'
import { MAX_SEGMENT_BYTES, WINDOWS_RESERVED } from '../settings/inputs.js'

/**
 * Extension of an Architect export file by flow type. The first twelve were seen on real exports (docs/flow-format.md
 * §2.1); the others follow the same pattern unconfirmed. emulator/flow-types.ts keeps the same table on Genesys's
 * side: the product never imports the emulator, so that neither vouches for the other.
 */
export const ARCHITECT_FILE_EXTENSIONS: Readonly<Record<FlowType, string>> = {
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
  // Not seen on a real export:
  inqueueemail: '.i3InQueueEmailFlow',
  inqueueshortmessage: '.i3InQueueMessageFlow',
  securecall: '.i3SecureFlow',
  voicemail: '.i3VoicemailFlow',
  voicesurvey: '.i3VoiceSurveyFlow',
  emailsend: '.i3EmailSendFlow',
  speech: '.i3SpeechFlow',
  voice: '.i3VoiceFlow',
}

/** The text of the Architect file for a flow's configuration: what decodeFlowFile reads back. */
export function encodeFlowFile(document: Record<string, unknown>): string {
  return Buffer.from(encodeURIComponent(JSON.stringify(document)), 'utf8').toString('base64')
}

// What a file name may not hold on Linux, macOS or Windows: separators, controls, characters Windows reserves.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g
// Windows drops trailing dots and spaces, and a leading dot hides a file or makes `.`/`..`.
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/g
const FALLBACK_NAME = 'flow'

/**
 * `Main IVR.i3InboundFlow`: the flow's name made a safe single file name (one path segment, never `.` or
 * `..`, absolute, reserved on Windows or over 255 bytes), then `suffix` (`_2` when two flows would share
 * a name), then the extension of its lower-case type; throws, naming the known types, for any other type.
 */
export function architectFileName(flowName: string, type: string, suffix = ''): string {
  if (!Object.hasOwn(ARCHITECT_FILE_EXTENSIONS, type)) {
    throw new Error(`flow type '${type}' has no known Architect file extension (known types: ${Object.keys(ARCHITECT_FILE_EXTENSIONS).sort().join(', ')})`)
  }
  const extension = ARCHITECT_FILE_EXTENSIONS[type as FlowType]
  let stem = flowName.normalize('NFC').replace(UNSAFE_CHARACTERS, '_').replace(EDGE_DOTS_AND_SPACES, '')
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`
  // The longest prefix within the bytes left, never splitting a character.
  const room = MAX_SEGMENT_BYTES - Buffer.byteLength(suffix + extension)
  const { read } = new TextEncoder().encodeInto(stem, new Uint8Array(room))
  stem = stem.slice(0, read).replace(EDGE_DOTS_AND_SPACES, '')
  return `${stem === '' ? FALLBACK_NAME : stem}${suffix}${extension}`
}
