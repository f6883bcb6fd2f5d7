// Call graphs the Mermaid tests draw: a cycle, a missing flow, awkward names and a large org.
import type { FlowCall, Finding } from '../../src/model.js'
import type { GraphFlow } from '../../src/report/mermaid.js'
import { IDS, call, finding } from './run-result.js'

export interface GraphCase {
  readonly calls: FlowCall[]
  readonly flows: GraphFlow[]
  readonly findings: Finding[]
}

export const cycleCase: GraphCase = {
  flows: [
    { id: IDS.mainIvr, name: 'Main IVR', type: 'inboundcall' },
    { id: IDS.billing, name: 'Billing', type: 'inboundcall' },
    { id: IDS.common, name: 'Shared Auth', type: 'commonmodule' },
  ],
  calls: [call(IDS.mainIvr, IDS.billing), call(IDS.billing, IDS.mainIvr), call(IDS.billing, IDS.common), call(IDS.common, IDS.common)],
  findings: [
    finding({ rule: 'flow-cycle', path: [IDS.mainIvr, IDS.billing, IDS.mainIvr] }),
    finding({ rule: 'flow-cycle', severity: 'warning', flowId: IDS.common, path: [IDS.common, IDS.common] }),
  ],
}

export const missingCase: GraphCase = {
  flows: [{ id: IDS.mainIvr, name: 'Main IVR', type: 'inboundcall' }],
  calls: [call(IDS.mainIvr, IDS.missing, false)],
  findings: [finding({ rule: 'missing-flow' })],
}

/** Names with every character that could break a Mermaid label or the Markdown fence around it. */
export const awkwardNames = [
  'Ünïcødé — Før Kundenservice 客服 📞',
  'Say "hello" to \'everyone\'',
  'A <b>bold</b> & <script>alert(1)</script>',
  'Route #1; [VIP] {gold} | (priority) \\ back',
  'Back`ticks``` and ```mermaid fences',
  'Line one\nLine two\r\nend',
  'end',
  'x'.repeat(200),
]

export const awkwardCase: GraphCase = {
  flows: awkwardNames.map((name, i) => ({ id: uuid(i), name, type: 'inboundcall' })),
  calls: awkwardNames.slice(1).map((_, i) => call(uuid(i), uuid(i + 1))),
  findings: [],
}

/** `size` flows in chains of ten, one flow of the org calling a missing one and two in a cycle. */
export function largeOrg(size: number): GraphCase {
  const flows = Array.from({ length: size }, (_, i) => ({ id: uuid(i), name: `Flow ${i}`, type: 'inboundcall' }))
  const calls = flows.slice(1).filter((_, i) => (i + 1) % 10 !== 0).map((flow, i) => call(uuid(i), flow.id))
  calls.push(call(uuid(500), IDS.missing, false), call(uuid(700), uuid(701)), call(uuid(701), uuid(700)))
  const findings = [
    finding({ rule: 'missing-flow', flowId: uuid(500) }),
    finding({ rule: 'flow-cycle', flowId: uuid(700), path: [uuid(700), uuid(701), uuid(700)] }),
    finding({ rule: 'broken-reference', flowId: uuid(250) }),
  ]
  return { flows, calls, findings }
}

export function uuid(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
}
