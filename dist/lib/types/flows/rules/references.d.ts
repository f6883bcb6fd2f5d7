import { type Emit, type ReferenceTally } from '../finding-draft.js';
import { type FlowDocument } from '../document.js';
export declare function checkReferences(flow: FlowDocument, emit: Emit, tally: ReferenceTally): void;
