import type { FlowType } from '../model.js';
/**
 * Extension of an Architect export file by flow type. The first twelve were seen on real exports (docs/flow-format.md
 * §2.1); the others follow the same pattern unconfirmed. emulator/flow-types.ts keeps the same table on Genesys's
 * side: the product never imports the emulator, so that neither vouches for the other.
 */
export declare const ARCHITECT_FILE_EXTENSIONS: Readonly<Record<FlowType, string>>;
/** The text of the Architect file for a flow's configuration: what decodeFlowFile reads back. */
export declare function encodeFlowFile(document: Record<string, unknown>): string;
/**
 * `Main IVR.i3InboundFlow`: the flow's name made a safe single file name (one path segment, never `.` or
 * `..`, absolute, reserved on Windows or over 255 bytes), then `suffix` (`_2` when two flows would share
 * a name), then the extension of its lower-case type; throws, naming the known types, for any other type.
 */
export declare function architectFileName(flowName: string, type: string, suffix?: string): string;
