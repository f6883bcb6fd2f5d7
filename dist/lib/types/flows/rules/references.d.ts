import type { Emit, ReferenceTally } from '../draft.js';
import { type FlowDocument } from '../document.js';
export declare function checkReferences(flow: FlowDocument, emit: Emit, tally: ReferenceTally): void;
