// The node edges of one action (docs/flow-format.md §5.2): where each output leads.
// Names and pointers are computed only for the outputs a finding is about.
import type { ActionNode } from './document.js'
import { arrayField, isRecord, nameTable, recordField, stringField, type JsonRecord, type Pointer } from './json.js'

/**
 * The tutorial's names for the real output ids; messages use both so either reader recognises them. The
 * tutorial's names are also literal fields of an action (`ifTrue`: the first action of its `__YES__` branch).
 */
const TUTORIAL_NAMES: Readonly<Record<string, string>> = nameTable({
  __YES__: 'ifTrue',
  __NO__: 'ifFalse',
  __TIMEOUT__: 'onTimeout',
  __FAILURE__: 'onException',
})
/** [output id, field] of the outputs an action writes as literal fields, read for every action. */
export const LITERAL_OUTPUTS: readonly (readonly [outputId: string, field: string])[] = Object.entries(TUTORIAL_NAMES)
/** Canvas labels of the built-in outputs, for outputs written without a `label`. */
const OUTPUT_LABELS: Readonly<Record<string, string>> = nameTable({
  __YES__: 'Yes',
  __NO__: 'No',
  __TIMEOUT__: 'Timeout',
  __FAILURE__: 'Failure',
  __SUCCESS__: 'Success',
  __DEFAULT__: 'Default',
  __LOOP__: 'Loop',
})

export class ActionOutput {
  constructor(
    readonly action: ActionNode,
    /** The first action of the branch; '' when the branch is empty (execution goes on after the action). */
    readonly target: string,
    /** `paths[index]`, the loop's `path`, or a literal field such as `ifTrue`. */
    private readonly field: string,
    private readonly index: number,
    private readonly source: JsonRecord | undefined,
    private readonly literalOutputId: string,
  ) {}

  /** `true` for the loop body of a `LoopAction` (`path`): its end goes back to the loop. */
  get loopBody(): boolean {
    return this.field === 'path'
  }

  /** How a message names this output, e.g. `ifFalse output (__NO__)` or `output "Success"`. */
  get name(): string {
    const { outputId } = this
    const tutorial = TUTORIAL_NAMES[outputId]
    if (tutorial !== undefined) return `${tutorial} output (${outputId})`
    const label = this.source === undefined ? '' : stringField(this.source, 'label')
    return label !== '' ? `output "${label}"` : `output ${outputId || '(no id)'}`
  }

  /** `__YES__`, `__FAILURE__`, a case's GUID, …: what identifies the output across versions. */
  get outputId(): string {
    return this.source === undefined ? this.literalOutputId : stringField(this.source, 'outputId')
  }

  /** The output as Architect's canvas labels it (`Yes`, `Failure`, `Case 1`), else its id. */
  get label(): string {
    const label = this.source === undefined ? '' : stringField(this.source, 'label')
    return label || OUTPUT_LABELS[this.outputId] || this.outputId || '(no id)'
  }

  /** The `nextActionId` field when set, else the output itself. */
  get pointer(): Pointer {
    const base = this.index === -1 ? [...this.action.pointer, this.field] : [...this.action.pointer, this.field, this.index]
    return this.source !== undefined && this.target !== '' ? [...base, 'nextActionId'] : base
  }
}

const NO_OUTPUTS: readonly ActionOutput[] = Object.freeze([])

/** `paths[]`, `path` and the literal `ifTrue`/`ifFalse`/`onTimeout`/`onException` fields, in that order. */
export function actionOutputs(action: ActionNode): readonly ActionOutput[] {
  if (action.outputs !== undefined) return action.outputs as readonly ActionOutput[]
  let outputs: ActionOutput[] | undefined // most actions have none: share one empty list
  const paths = arrayField(action.raw, 'paths')
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index]
    if (isRecord(path)) (outputs ??= []).push(new ActionOutput(action, stringField(path, 'nextActionId'), 'paths', index, path, ''))
  }
  const loopPath = recordField(action.raw, 'path')
  if (loopPath) (outputs ??= []).push(new ActionOutput(action, stringField(loopPath, 'nextActionId'), 'path', -1, loopPath, ''))
  for (const [outputId, field] of LITERAL_OUTPUTS) {
    const target = stringField(action.raw, field)
    if (target !== '') (outputs ??= []).push(new ActionOutput(action, target, field, -1, undefined, outputId))
  }
  action.outputs = outputs ?? NO_OUTPUTS
  return action.outputs as readonly ActionOutput[]
}
