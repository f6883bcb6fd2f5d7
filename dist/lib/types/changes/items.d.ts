import { type FlowDocument } from '../flows/document.js';
import { type Draft } from './draft.js';
/** Item keys reported elsewhere: identity, the action and choice lists, the start. */
export declare const ITEM_SKIP: ReadonlySet<string>;
/** Action keys reported elsewhere: identity, name, edges and jumps. */
export declare const ACTION_SKIP: ReadonlySet<string>;
export declare const CHOICE_SKIP: ReadonlySet<string>;
export declare function itemChanges(before: FlowDocument, after: FlowDocument): Draft[];
