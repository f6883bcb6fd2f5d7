import type { ActionNode } from './document.js';
/** Loop control: leaves the current iteration, so the item's path does not run off here. */
export declare const EXIT_LOOP = "ExitLoopAction";
export declare const NEXT_LOOP = "NextLoopAction";
export type Ending = 'always' | 'on-success' | 'never';
/**
 * `always`: no successor at all. `on-success`: the action ends the item when it succeeds, and only its
 * outputs (failure branches) go on — every `Transfer…Action` to a queue, flow, number or user.
 */
export declare function endingOf(action: ActionNode): Ending;
