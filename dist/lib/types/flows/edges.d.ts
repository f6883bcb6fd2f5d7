import type { ActionNode } from './document.js';
import { type Pointer } from './json.js';
export interface ActionOutput {
    /** How a message names this output, e.g. `ifFalse output (__NO__)` or `output "Success"`. */
    readonly name: string;
    /** The first action of the branch; '' when the branch is empty (execution goes on after the action). */
    readonly target: string;
    /** The `nextActionId` field when set, else the output itself. */
    readonly pointer: Pointer;
    /** `true` for the loop body of a `LoopAction` (`path`): its end goes back to the loop. */
    readonly loopBody: boolean;
}
export declare function outputName(outputId: string, label: string): string;
/** `paths[]`, `path` and the literal `ifTrue`/`ifFalse`/`onTimeout`/`onException` fields, in that order. */
export declare function actionOutputs(action: ActionNode): ActionOutput[];
