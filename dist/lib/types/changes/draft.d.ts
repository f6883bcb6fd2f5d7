import type { Pointer } from '../flows/json.js';
import type { FlowChange } from './types.js';
export interface Draft extends Omit<FlowChange, 'line'> {
    /** Where the change shows in the new document; undefined when it has no place there. */
    readonly pointer?: Pointer;
}
/** `target.push(...items)` without spreading: a flow can have more changes than a call has argument slots. */
export declare function append<T>(target: T[], items: Iterable<T>): void;
