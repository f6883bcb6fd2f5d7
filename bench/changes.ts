// bench:changes — how the change model scales. Prints figures; asserts nothing about time.
//
// One flow of N actions in one task: Decision → Play Audio blocks (a `nextAction` and a Yes branch
// per block), written as the snapshot writes files. The new version renames one action, changes one
// Decision expression, re-points one Yes branch, inserts one action and removes another, so the
// review has five changes to find among N actions. Measured (wall time):
//   review   reviewFlowChange with the new file's text (lines resolved in one pass over it);
//   outline  flowOutline of the new version (what git's textconv runs per file version);
//   diagram  itemChangeDiagram of the task, cut to 60 actions.
// BENCH_SIZES=500,5000 chooses the numbers of blocks (two actions each).
import { flowOutline, reviewFlowChange } from '../src/changes/index.js'
import { itemChangeDiagram } from '../src/report/change-diagram.js'

type Json = Record<string, any>

function actionId(n: number): string {
  return `a${n.toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`
}

function flow(blocks: number): Json {
  const actions: Json[] = []
  for (let block = 0; block < blocks; block++) {
    const decision = block * 2
    actions.push(
      {
        __type: 'DecisionAction',
        id: actionId(decision),
        name: `Check ${block}`,
        trackingId: decision + 1,
        ...(block + 1 < blocks ? { nextAction: actionId(decision + 2) } : {}),
        paths: [{ label: 'Yes', outputId: '__YES__', nextActionId: actionId(decision + 1) }, { label: 'No', outputId: '__NO__' }],
        expression: { text: `Flow.value == ${block}`, type: 'bln', config: {}, uiMetaData: { mode: 1 } },
        uiMetaData: { position: { x: block, y: 0 } },
      },
      {
        __type: 'PlayAudioAction',
        id: actionId(decision + 1),
        name: `Say ${block}`,
        trackingId: decision + 2,
        prompts: { defaultAudio: { text: `AudioPlaybackOptions(ToAudioTTS("Block ${block}"), true)`, type: 'aud', config: {} } },
      },
    )
  }
  return {
    name: 'Bench flow',
    type: 'inboundcall',
    initialSequence: 'task-1',
    flowSequenceItemList: [{ __type: 'Task', id: 'task-1', name: 'Main task', trackingId: 0, startAction: actionId(0), actionList: actions }],
  }
}

function edited(before: Json, blocks: number): Json {
  const after = structuredClone(before)
  const actions = after['flowSequenceItemList'][0]['actionList'] as Json[]
  const middle = blocks >> 1
  actions[1]!['name'] = 'Renamed'
  actions[middle * 2]!['expression']['text'] = 'Flow.value == -1'
  actions[(middle + 1) * 2]!['paths'][0]['nextActionId'] = actionId(1)
  actions[4]!['nextAction'] = 'inserted-0000-4000-8000-000000000000'
  actions.push({ __type: 'DisconnectAction', id: 'inserted-0000-4000-8000-000000000000', name: 'Inserted', nextAction: actionId(6) })
  // Remove the last block's Play Audio: its Decision's Yes branch becomes empty.
  const last = blocks * 2 - 1
  actions.splice(actions.findIndex((action) => action['id'] === actionId(last)), 1)
  actions.find((action) => action['id'] === actionId(last - 1))!['paths'][0] = { label: 'Yes', outputId: '__YES__' }
  return after
}

/** Wall time and this process's CPU time, in ms (the CPU figure is what a busy machine does not inflate). */
function time<T>(work: () => T): [T, string] {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const result = work()
  const used = process.cpuUsage(cpu)
  return [result, `${(performance.now() - start).toFixed(0)}/${((used.user + used.system) / 1000).toFixed(0)}`]
}

console.log('times are wall/CPU ms\nactions   file lines    review   changes     outline     diagram')
const sizes = process.env['BENCH_SIZES']?.split(',').map(Number) ?? [500, 5_000, 50_000, 250_000]
for (const blocks of sizes) {
  const before = flow(blocks)
  const after = edited(before, blocks)
  const afterText = JSON.stringify(after, null, 2)
  const [review, reviewMs] = time(() => reviewFlowChange({ before, after, afterText, flowId: 'bench', name: 'Bench flow' }))
  const [, outlineMs] = time(() => flowOutline(after))
  const [, diagramMs] = time(() => itemChangeDiagram({ before, after, itemId: 'task-1', changes: review.changes }))
  const lines = afterText.split('\n').length
  console.log(
    `${String(blocks * 2).padStart(7)}   ${String(lines).padStart(10)}   ${reviewMs.padStart(7)}   ${String(review.changes.length).padStart(7)}   ${outlineMs.padStart(11)}   ${diagramMs.padStart(11)}`,
  )
}
