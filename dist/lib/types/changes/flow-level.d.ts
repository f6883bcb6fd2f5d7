import { type FlowDocument } from '../flows/document.js';
import { type JsonRecord } from '../flows/json.js';
import type { Draft } from './draft.js';
/** Flow keys told elsewhere (items, start, calls, resources) or that are no one's edit (§5.1: snapshot copies, counters, format data). */
export declare const FLOW_SKIP: ReadonlySet<string>;
export declare function flowSettingChanges(before: JsonRecord, after: JsonRecord): Draft[];
/**
 * Flows called or no longer called (`flowId`, `inQueueFlowId`, … on any action, read as calls.ts
 * reads them). `explained` holds the actions whose own change already names the called flow.
 */
export declare function flowCallChanges(before: FlowDocument, after: FlowDocument, explained: ReadonlySet<string>): Draft[];
/**
 * Resources the flow started or stopped using, by `manifest` kind and id. Flow kinds are flow calls
 * (above) and `language` is the supported languages (a flow setting). `explained` holds the actions
 * whose own resource change already tells it.
 */
export declare function resourceChanges(before: JsonRecord, after: JsonRecord, explained: ReadonlySet<string>): Draft[];
