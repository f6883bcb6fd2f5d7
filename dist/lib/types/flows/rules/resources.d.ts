import type { ResourceProblem } from '../../model.js';
import type { Emit } from '../finding-draft.js';
import { type FlowDocument } from '../document.js';
export declare function resourceKind(type: string): string;
/** One finding per problem; `flow` is undefined when the document could not be read (the finding is on line 1). */
export declare function checkResources(flow: FlowDocument | undefined, problems: readonly ResourceProblem[], emit: Emit): void;
