// missing-flow and flow-type-mismatch: every flow call must name a flow that is exported or already
// in the repository, of a type the calling action can call (docs/flow-format.md §5.3).
import type { FlowFile } from '../../model.js'
import type { Emit, ReferenceTally } from '../finding-draft.js'
import type { FlowCallSite } from '../calls.js'
import { excerpt } from '../../text/excerpt.js'
import { ID_CHARS } from '../document.js'

/** The calls' `targetType` must be filled in (validate.ts does it once per call). */
export function checkFlowCalls(caller: Pick<FlowFile, 'type'>, calls: readonly FlowCallSite[], emit: Emit, tally: ReferenceTally): void {
  if (calls.length === 0) return
  const callerType = caller.type.toLowerCase()
  for (const call of calls) {
    tally.checked++
    const targetType = call.targetType
    if (targetType === undefined) {
      emit(call.finding('missing-flow', `${call.actionText} calls ${target(call)}, which is neither exported nor in the repository. Export it too (include-dependencies: true, or add its id to flow-ids), or fix the call in Architect if the flow was deleted.`))
      continue
    }
    tally.valid++
    const mismatch = typeMismatch(callerType, call, targetType)
    if (mismatch !== '') {
      const message = `${call.actionText} calls ${target(call)}, a ${targetType} flow: ${mismatch}`
      emit(call.finding('flow-type-mismatch', message))
    }
  }
}

function target(call: FlowCallSite): string {
  const name = call.flowName
  const id = excerpt(call.flowId, ID_CHARS)
  return name === '' ? `flow ${id}` : `flow "${excerpt(name)}" (${id})`
}

/** Why the call is not allowed, or '' when it is. */
function typeMismatch(callerType: string, call: FlowCallSite, targetType: string): string {
  if (call.actionType === 'CallCommonModuleAction' && targetType !== 'commonmodule') {
    return 'Call Common Module can only call a commonmodule flow. Point the action at a common module, or use a transfer action instead.'
  }
  if (callerType === 'commonmodule' && targetType === 'commonmodule') {
    return 'a common module cannot call another common module. Move the shared steps into this module, or call both modules from the flow that uses them.'
  }
  if (call.field === 'inQueueFlowId' && targetType !== 'inqueuecall') {
    return 'the in-queue flow of a transfer to ACD must be an inqueuecall flow. Choose an in-queue call flow in the transfer action.'
  }
  return ''
}
