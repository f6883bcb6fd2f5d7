import type { Emit } from '../draft.js';
import { type FlowDocument } from '../document.js';
export declare function checkReachability(flow: FlowDocument, emit: Emit): void;
