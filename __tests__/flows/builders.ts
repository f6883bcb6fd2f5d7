// Builders for small, real-shaped flow documents (architect-flow-format.md §1.2–1.4, §5.4), written
// for these tests. Ids are UUID-shaped and unique per name, so a test can find "its" line by text search.
import type { FlowFile } from '../../src/model.js'

type Json = Record<string, unknown>

let tracking = 0

/** A stable UUID-shaped id for a name: the same name gives the same id within a test file. */
export function uuid(name: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0
  const hex = hash.toString(16).padStart(8, '0')
  const tail = Array.from(name, (c) => c.charCodeAt(0).toString(16)).join('').padEnd(12, '0').slice(-12)
  return `${hex}-0000-4000-8000-${tail}`
}

export function action(type: string, name: string, fields: Json = {}): Json {
  return { __type: type, id: uuid(name), name, trackingId: ++tracking, ...fields }
}

/** An action that goes on to `next` (any plain action, e.g. Play Audio). */
export function step(name: string, next?: string): Json {
  return action('PlayAudioAction', name, next === undefined ? {} : { nextAction: uuid(next) })
}

export function disconnect(name: string): Json {
  return action('DisconnectAction', name)
}

/** A Decision whose Yes/No branches start at the named actions ('' = empty branch). */
export function decision(name: string, yes: string, no: string, next?: string): Json {
  const path = (label: string, outputId: string, target: string): Json =>
    target === '' ? { label, outputId } : { label, outputId, nextActionId: uuid(target) }
  return action('DecisionAction', name, {
    ...(next === undefined ? {} : { nextAction: uuid(next) }),
    paths: [path('Yes', '__YES__', yes), path('No', '__NO__', no)],
  })
}

export function task(name: string, actions: Json[], fields: Json = {}): Json {
  return {
    __type: 'Task',
    id: uuid(name),
    name,
    trackingId: ++tracking,
    startAction: actions.length > 0 ? actions[0]['id'] : undefined,
    actionList: actions,
    paths: [{ label: 'Default', outputId: '__DEFAULT__' }],
    ...fields,
  }
}

export function state(name: string, actions: Json[]): Json {
  return { ...task(name, actions), __type: 'State', paths: undefined }
}

/** A menu whose choices jump to the named tasks. */
export function menu(name: string, choices: [choice: string, choiceAction: Json][], fields: Json = {}): Json {
  return {
    __type: 'Menu',
    id: uuid(name),
    name,
    trackingId: ++tracking,
    menuChoiceList: choices.map(([choice, choiceAction], digit) => ({ id: uuid(choice), name: choice, digit: digit + 1, action: choiceAction })),
    ...fields,
  }
}

export function jumpToTask(name: string, target: string): Json {
  return action('TaskAction', name, { taskReference: uuid(target) })
}

export function callFlow(type: string, name: string, flowId: string, flowName: string, next?: string): Json {
  return action(type, name, { flowId, flowName, ...(next === undefined ? {} : { nextAction: uuid(next) }), paths: [] })
}

export function flowDocument(type: string, name: string, items: Json[], fields: Json = {}): Json {
  return {
    __type: 'Flow',
    flowMetaData: { flowDocumentVersion: '1.0' },
    initialSequence: items.length > 0 ? items[0]['id'] : undefined,
    name,
    type,
    flowSequenceItemList: items,
    ...fields,
  }
}

/** A flow file as the snapshot writes it: 2-space JSON, one final newline. `edit` changes the document first. */
export function flowFile(flowId: string, document: Json, fields: Partial<FlowFile> = {}, edit?: (document: Json) => void): FlowFile {
  edit?.(document)
  const text = `${JSON.stringify(document, null, 2)}\n`
  const type = typeof document['type'] === 'string' ? document['type'] : 'inboundcall'
  const name = typeof document['name'] === 'string' ? document['name'] : flowId
  return {
    id: flowId,
    name,
    type,
    file: `genesys-flows/${type}/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}--${flowId}.json`,
    text,
    document,
    bytes: Buffer.byteLength(text),
    ...fields,
  }
}

/** The 1-based line of the only line containing `needle` (the test fails if it is not unique). */
export function lineOf(text: string, needle: string): number {
  const lines = text.split('\n')
  const hits = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []))
  if (hits.length !== 1) throw new Error(`expected exactly one line with ${needle}, found ${hits.length}`)
  return hits[0]
}

/** The 1-based lines of every line containing `needle`. */
export function linesOf(text: string, needle: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.includes(needle) ? [index + 1] : []))
}
