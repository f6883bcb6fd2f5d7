import type { ActionNode } from './document.js';
import { type JsonRecord, type Pointer } from './json.js';
/** [output id, field] of the outputs an action writes as literal fields, read for every action. */
export declare const LITERAL_OUTPUTS: readonly (readonly [outputId: string, field: string])[];
export declare class ActionOutput {
    readonly action: ActionNode;
    /** The first action of the branch; '' when the branch is empty (execution goes on after the action). */
    readonly target: string;
    /** `paths[index]`, the loop's `path`, or a literal field such as `ifTrue`. */
    private readonly field;
    private readonly index;
    private readonly source;
    private readonly literalOutputId;
    constructor(action: ActionNode, 
    /** The first action of the branch; '' when the branch is empty (execution goes on after the action). */
    target: string, 
    /** `paths[index]`, the loop's `path`, or a literal field such as `ifTrue`. */
    field: string, index: number, source: JsonRecord | undefined, literalOutputId: string);
    /** `true` for the loop body of a `LoopAction` (`path`): its end goes back to the loop. */
    get loopBody(): boolean;
    /** How a message names this output, e.g. `ifFalse output (__NO__)` or `output "Success"`. */
    get name(): string;
    /** `__YES__`, `__FAILURE__`, a case's GUID, …: what identifies the output across versions. */
    get outputId(): string;
    /** The output as Architect's canvas labels it (`Yes`, `Failure`, `Case 1`), else its id. */
    get label(): string;
    /** The `nextActionId` field when set, else the output itself. */
    get pointer(): Pointer;
}
/** `paths[]`, `path` and the literal `ifTrue`/`ifFalse`/`onTimeout`/`onException` fields, in that order. */
export declare function actionOutputs(action: ActionNode): readonly ActionOutput[];
