// The node edges of one action (architect-flow-format.md §5.2): where each output leads.
import type { ActionNode } from './document.js'
import { arrayField, isRecord, recordField, stringField, type Pointer } from './json.js'

/** The tutorial's names for the real output ids; messages use both so either reader recognises them. */
const TUTORIAL_NAMES: Readonly<Record<string, string>> = {
  __YES__: 'ifTrue',
  __NO__: 'ifFalse',
  __TIMEOUT__: 'onTimeout',
  __FAILURE__: 'onException',
}
const LITERAL_OUTPUTS: readonly (readonly [field: string, outputId: string])[] = [
  ['ifTrue', '__YES__'],
  ['ifFalse', '__NO__'],
  ['onTimeout', '__TIMEOUT__'],
  ['onException', '__FAILURE__'],
]

export interface ActionOutput {
  /** How a message names this output, e.g. `ifFalse output (__NO__)` or `output "Success"`. */
  readonly name: string
  /** The first action of the branch; '' when the branch is empty (execution goes on after the action). */
  readonly target: string
  /** The `nextActionId` field when set, else the output itself. */
  readonly pointer: Pointer
  /** `true` for the loop body of a `LoopAction` (`path`): its end goes back to the loop. */
  readonly loopBody: boolean
}

export function outputName(outputId: string, label: string): string {
  const tutorial = TUTORIAL_NAMES[outputId]
  if (tutorial !== undefined) return `${tutorial} output (${outputId})`
  if (label !== '') return `output "${label}"`
  return `output ${outputId || '(no id)'}`
}

/** `paths[]`, `path` and the literal `ifTrue`/`ifFalse`/`onTimeout`/`onException` fields, in that order. */
export function actionOutputs(action: ActionNode): ActionOutput[] {
  const outputs: ActionOutput[] = []
  const paths = arrayField(action.raw, 'paths')
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index]
    if (!isRecord(path)) continue
    outputs.push(readPath(path, [...action.pointer, 'paths', index], false))
  }
  const loopPath = recordField(action.raw, 'path')
  if (loopPath) outputs.push(readPath(loopPath, [...action.pointer, 'path'], true))
  for (const [field, outputId] of LITERAL_OUTPUTS) {
    const target = stringField(action.raw, field)
    if (target !== '') {
      outputs.push({ name: outputName(outputId, ''), target, pointer: [...action.pointer, field], loopBody: false })
    }
  }
  return outputs
}

function readPath(path: Record<string, unknown>, pointer: Pointer, loopBody: boolean): ActionOutput {
  const target = stringField(path, 'nextActionId')
  return {
    name: outputName(stringField(path, 'outputId'), stringField(path, 'label')),
    target,
    pointer: target === '' ? pointer : [...pointer, 'nextActionId'],
    loopBody,
  }
}
