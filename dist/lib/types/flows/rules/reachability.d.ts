import { type Emit } from '../finding-draft.js';
import { type FlowDocument } from '../document.js';
export declare function checkReachability(flow: FlowDocument, emit: Emit): void;
