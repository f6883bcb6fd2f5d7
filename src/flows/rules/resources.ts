// deleted-resource and stale-resource: org resources (queues, data actions, data tables, prompts, schedules)
// that a flow uses and the org's dependency tracking reports deleted, updated or in an unknown state.
// Which actions use a resource is read from the document's own `manifest` (docs/flow-format.md §1.4:
// `manifest.<kind>[] = {id, name, context:[{id: <action id>}]}`), so the finding sits on the first of them.
import type { ResourceProblem } from '../../model.js'
import type { Emit } from '../finding-draft.js'
import { allActions, capitalized, manifestEntries, nodeLabel, type ActionNode, type FlowDocument } from '../document.js'
import { nameTable, type Pointer } from '../json.js'
import { addTo } from '../../text/lists.js'

/** Words for dependency-tracking types; others are named by their type in lower case. */
const KIND_WORDS: Readonly<Record<string, string>> = nameTable({
  QUEUE: 'queue',
  DATAACTION: 'data action',
  DATATABLE: 'data table',
  USERPROMPT: 'prompt',
  SYSTEMPROMPT: 'system prompt',
  SCHEDULE: 'schedule',
  SCHEDULEGROUP: 'schedule group',
  ACDSKILL: 'skill',
  ACDLANGUAGE: 'language skill',
  ACDWRAPUPCODE: 'wrap-up code',
  EMERGENCYGROUP: 'emergency group',
  IVRCONFIGURATION: 'call route',
  KNOWLEDGEBASE: 'knowledge base',
  GROUP: 'group',
  USER: 'user',
})

export function resourceKind(type: string): string {
  return KIND_WORDS[type] ?? type.toLowerCase()
}

/** One finding per problem; `flow` is undefined when the document could not be read (the finding is on line 1). */
export function checkResources(flow: FlowDocument | undefined, problems: readonly ResourceProblem[], emit: Emit): void {
  if (problems.length === 0) return
  const users = flow === undefined ? new Map<string, ActionNode[]>() : actionsByResource(flow)
  for (const problem of problems) {
    const actions = users.get(problem.resourceId) ?? []
    const first = actions[0]
    emit({
      rule: problem.state === 'deleted' ? 'deleted-resource' : 'stale-resource',
      nodeId: first?.id ?? '',
      pointer: first === undefined ? ([] as Pointer) : [...first.pointer, 'id'],
      message: messageOf(problem, actions),
    })
  }
}

/**
 * Resource id → the actions its manifest entries name, in document order (the order of the file's lines).
 * Context ids that are no action of the document (the flow level, a stale id) are left out.
 */
function actionsByResource(flow: FlowDocument): Map<string, ActionNode[]> {
  const result = new Map<string, ActionNode[]>()
  const wanted = new Map<string, Set<string>>() // action id → resource ids
  for (const { id, users } of manifestEntries(flow.raw)) {
    for (const actionId of users) wanted.set(actionId, (wanted.get(actionId) ?? new Set()).add(id))
  }
  if (wanted.size === 0) return result
  for (const action of allActions(flow)) {
    const resources = wanted.get(action.id)
    if (resources === undefined) continue
    wanted.delete(action.id) // an id's first action takes it
    for (const resourceId of resources) addTo(result, resourceId, action)
  }
  return result
}

function messageOf(problem: ResourceProblem, actions: readonly ActionNode[]): string {
  const kind = resourceKind(problem.resourceType)
  const resource = `${capitalized(kind)} ${nodeLabel({ name: problem.resourceName, id: problem.resourceId })}`
  const users =
    actions.length === 0
      ? 'the flow uses it (its manifest names no action)'
      : `${actions.length === 1 ? 'action' : `${actions.length} actions use it:`} ${actions.map(nodeLabel).join(', ')}${actions.length === 1 ? ' uses it' : ''}`
  const them = actions.length > 1 ? 'these actions' : 'the action'
  switch (problem.state) {
    case 'deleted':
      return `${resource} was deleted in the org, but ${users}; the flow still shows as published and fails there at run time. Point ${them} at an existing ${kind} in Architect and publish the flow again (or restore the ${kind} and republish).`
    case 'updated':
      return `${resource} changed in the org in a way that needs this flow republished (dependency tracking marks it updated); ${users}. Publish the flow again in Architect.`
    case 'stateUnknown':
      return `Dependency tracking cannot tell the state of ${kind} ${nodeLabel({ name: problem.resourceName, id: problem.resourceId })}; ${users}. Check in Architect that it still exists, then publish the flow again.`
  }
}
