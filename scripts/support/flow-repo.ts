// Generated flows for the validation benchmark and the large-repository tests: graphs of a known size,
// as documents (for the engine) or written as a repository's output-dir (for a whole-process run).
//
// A flow is a menu whose choice jumps to a task of Decision → Play Audio blocks (a `nextAction` and a
// Yes branch per block, the No branch empty and rejoining), ending in a Transfer to Flow to the next
// flow (its failure branch disconnects). A broken flow has one dangling Yes branch in its middle block.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { canonicalJson } from '../../src/snapshot/canonical.js'

export type Json = Record<string, unknown>

/**
 * References one flow of `blocks` blocks holds: 2 a block, plus initialSequence, taskReference and
 * startAction, plus the call and its failure branch when it calls another flow.
 */
export function referencesPerFlow(blocks: number, calls = true): number {
  return blocks * 2 + 3 + (calls ? 2 : 0)
}

export function flowId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
}

function actionId(flow: number, n: number): string {
  return `a${flow.toString(36)}-${n.toString(36)}-0000-4000-8000-000000000000`
}

/** Flow `index` of `blocks` Decision/Play Audio blocks; it transfers to flow `callee`, or (null) disconnects. */
export function graphFlow(index: number, blocks: number, callee: number | null, broken: boolean): Json {
  const id = (n: number): string => actionId(index, n)
  const actions: Json[] = []
  for (let block = 0; block < blocks; block++) {
    const decision = block * 2
    const yesTarget = broken && block === blocks >> 1 ? 'ffffffff-dead-4000-8000-000000000000' : id(decision + 1)
    actions.push(
      {
        __type: 'DecisionAction',
        id: id(decision),
        name: `Check ${block}`,
        trackingId: decision + 1,
        nextAction: id(decision + 2),
        paths: [{ label: 'Yes', outputId: '__YES__', nextActionId: yesTarget }, { label: 'No', outputId: '__NO__' }],
        expression: { text: `Flow.value == ${block}`, type: 'bln' },
        uiMetaData: { collapsed: false },
      },
      { __type: 'PlayAudioAction', id: id(decision + 1), name: `Say ${block}`, trackingId: decision + 2, prompts: { text: 'Hello', type: 'aud' }, uiMetaData: { collapsed: false } },
    )
  }
  const transfer = blocks * 2
  if (callee === null) actions.push({ __type: 'DisconnectAction', id: id(transfer), name: 'Goodbye', trackingId: transfer + 1 })
  else actions.push(
    {
      __type: 'TransferFlowAction',
      id: id(transfer),
      name: 'To next flow',
      trackingId: transfer + 1,
      flowId: flowId(callee),
      flowName: `Flow ${callee}`,
      paths: [{ label: 'Failure', outputId: '__FAILURE__', nextActionId: id(transfer + 1) }],
    },
    { __type: 'DisconnectAction', id: id(transfer + 1), name: 'Goodbye', trackingId: transfer + 2 },
  )
  return {
    flowMetaData: { flowDocumentVersion: '1.0' },
    initialSequence: `menu-${index}`,
    name: `Flow ${index}`,
    type: 'inboundcall',
    flowSequenceItemList: [
      { __type: 'Menu', id: `menu-${index}`, name: 'Main Menu', trackingId: 0, menuChoiceList: [{ id: `choice-${index}`, name: 'Go', digit: 1, action: { __type: 'TaskAction', id: `jump-${index}`, name: 'Go', taskReference: `task-${index}` } }] },
      { __type: 'Task', id: `task-${index}`, name: 'Main task', trackingId: 0, startAction: id(0), actionList: actions, paths: [{ label: 'Default', outputId: '__DEFAULT__' }] },
    ],
  }
}

export interface FlowRepositoryShape {
  readonly flows: number
  readonly blocksPerFlow: number
  /** Every n-th flow (from the second) has a dangling branch; 0 for none. */
  readonly brokenEvery: number
}

export interface WrittenFlowRepository {
  readonly files: number
  readonly bytes: number
  readonly references: number
  readonly brokenFlows: number
}

/**
 * Writes `shape.flows` flow files under `<workspace>/<outputDir>` as the snapshot does (canonical JSON at
 * `inboundcall/<slug>--<id>.json`, a manifest listing them), one file at a time.
 */
export function writeFlowRepository(workspace: string, outputDir: string, shape: FlowRepositoryShape): WrittenFlowRepository {
  const root = join(workspace, ...outputDir.split('/'))
  mkdirSync(join(root, 'inboundcall'), { recursive: true })
  const manifest: Json[] = []
  let bytes = 0
  let brokenFlows = 0
  // One call chain through every flow: the last one calls none, so a clean repository has no finding.
  for (let n = 0; n < shape.flows; n++) {
    const callee = n + 1 < shape.flows ? n + 1 : null
    const broken = shape.brokenEvery > 0 && n % shape.brokenEvery === 1
    if (broken) brokenFlows++
    const text = canonicalJson(graphFlow(n, shape.blocksPerFlow, callee, broken))
    const path = `inboundcall/flow-${n}--${flowId(n)}.json`
    const content = Buffer.from(text, 'utf8')
    writeFileSync(join(root, ...path.split('/')), content)
    bytes += content.length
    manifest.push({ bytes: content.length, id: flowId(n), name: `Flow ${n}`, path, sha256: createHash('sha256').update(content).digest('hex'), type: 'inboundcall', version: '1.0' })
  }
  writeFileSync(join(root, 'manifest.json'), canonicalJson({ flows: manifest, formatVersion: 1 }))
  const references = (shape.flows - 1) * referencesPerFlow(shape.blocksPerFlow) + referencesPerFlow(shape.blocksPerFlow, false)
  return { files: shape.flows, bytes, references, brokenFlows }
}
