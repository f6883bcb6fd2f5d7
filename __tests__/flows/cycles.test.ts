// flow-cycle across flows: strongly connected components, one concrete cycle each, on the first flow.
import { describe, expect, it } from 'vitest'
import type { FlowFile } from '../../src/model.js'
import { validateFlows } from '../../src/flows/validate.js'
import { callFlow, disconnect, flowDocument, flowFile, task } from './builders.js'

/** A flow named `name` whose one task calls `targets` in order, then disconnects. */
function caller(flowId: string, name: string, targets: string[], actionType = 'CallBotFlowAction', type = 'inboundcall'): FlowFile {
  const actions = targets.map((target, index) =>
    callFlow(actionType, `${name} call ${index}`, target, `target ${index}`, index + 1 < targets.length ? `${name} call ${index + 1}` : `${name} end`),
  )
  return flowFile(flowId, flowDocument(type, name, [task(`${name} task`, [...actions, disconnect(`${name} end`)])]))
}

/** Flow ids that sort in the order given, so "the first flow" of a cycle is predictable. */
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

function cycles(flows: FlowFile[]) {
  return validateFlows({ flows, knownFlows: new Map(), maxExportBytes: 1e9 }).findings.filter((finding) => finding.rule === 'flow-cycle')
}

describe('flow-cycle', () => {
  it('reports a cycle once, on the call made by its flow with the smallest id, with the path closed', () => {
    const flows = [caller(id(3), 'C', [id(1)]), caller(id(2), 'B', [id(3)]), caller(id(1), 'A', [id(2)]), caller(id(4), 'D', [id(1)])]
    const found = cycles(flows)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ flowId: id(1), path: [id(1), id(2), id(3), id(1)], severity: 'error', file: flows[2].file })
    expect(found[0].message).toContain('"A" → "B" → "C" → "A"')
  })

  it('reports each separate cycle', () => {
    const flows = [caller(id(1), 'A', [id(2)]), caller(id(2), 'B', [id(1)]), caller(id(3), 'C', [id(4)]), caller(id(4), 'D', [id(3)])]
    expect(cycles(flows).map((finding) => finding.path)).toEqual([
      [id(1), id(2), id(1)],
      [id(3), id(4), id(3)],
    ])
  })

  it('gives a shortest cycle through the first flow when the component has several', () => {
    const flows = [caller(id(1), 'A', [id(2), id(3)]), caller(id(2), 'B', [id(3)]), caller(id(3), 'C', [id(1)])]
    expect(cycles(flows).map((finding) => finding.path)).toEqual([[id(1), id(3), id(1)]])
  })

  it('makes a flow that calls itself (not a transfer) an error', () => {
    const found = cycles([caller(id(1), 'Bot', [id(1)], 'CallBotFlowAction', 'bot')])
    expect(found).toEqual([expect.objectContaining({ severity: 'error', path: [id(1), id(1)] })])
    expect(found[0].message).toContain('call itself')
  })

  it('follows the rule-severity override for every cycle, and drops them when off', () => {
    const flows = [caller(id(1), 'A', [id(2)]), caller(id(2), 'B', [id(1)]), caller(id(3), 'Self', [id(3)], 'TransferFlowAction')]
    const run = (severity: 'error' | 'off') =>
      validateFlows({ flows, knownFlows: new Map(), maxExportBytes: 1e9, severities: { 'flow-cycle': severity } }).findings.filter(
        (finding) => finding.rule === 'flow-cycle',
      )
    expect(run('error').map((finding) => finding.severity)).toEqual(['error', 'error'])
    expect(run('off')).toEqual([])
  })

  it('handles a call chain of 100,000 flows that closes into one cycle, without recursion', () => {
    const count = 100_000
    const flows = Array.from({ length: count }, (_, n) => caller(id(n), `F${n}`, [id((n + 1) % count)]))
    const found = cycles(flows)
    expect(found).toHaveLength(1)
    expect(found[0].path).toHaveLength(count + 1)
    expect(found[0].path![0]).toBe(id(0))
    expect(found[0].message).toContain(`(${count} flows)`)
  })
})
