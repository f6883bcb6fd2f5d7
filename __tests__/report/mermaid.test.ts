import { describe, expect, it } from 'vitest'
import { buildCallGraph, mermaidLabel } from '../../src/report/mermaid.js'
import { awkwardCase, cycleCase, largeOrg, missingCase } from './graphs.js'
import { IDS, call } from './run-result.js'

const lines = (text: string) => text.split('\n').map((line) => line.trim())

describe('buildCallGraph', () => {
  it('draws one node a flow and one edge a calling pair, with generated ids instead of UUIDs', () => {
    const text = buildCallGraph([call(IDS.mainIvr, IDS.common), call(IDS.mainIvr, IDS.common)], cycleCase.flows, []).mermaid
    expect(lines(text)).toEqual(expect.arrayContaining(['flowchart LR', 'n0["Main IVR (inboundcall)"]', 'n1["Shared Auth (commonmodule)"]', 'n0 --> n1']))
    expect(text.match(/-->/g)).toHaveLength(1)
    expect(text).not.toContain(IDS.mainIvr)
  })

  it('marks the flows and calls of a cycle', () => {
    const text = buildCallGraph(cycleCase.calls, cycleCase.flows, cycleCase.findings).mermaid
    // nodes in id order: Main IVR n0, Billing n1, Shared Auth n2;
    // edges in caller order: n0→n1 (0), n1→n0 (1), n1→n2 (2, not in a cycle), n2→n2 (3)
    expect(lines(text)).toContain('class n0,n1,n2 cycle')
    expect(lines(text)).toContain('linkStyle 0,1,3 stroke:#c92a2a,stroke-width:3px')
  })

  it('draws a called flow that does not exist as a dashed "missing" node named by its id', () => {
    const text = buildCallGraph(missingCase.calls, missingCase.flows, missingCase.findings).mermaid
    expect(lines(text)).toContain(`n1["missing flow ${IDS.missing}"]`)
    expect(lines(text)).toContain('class n1 missing')
  })

  it('draws nothing when no flow calls another', () => {
    expect(buildCallGraph([], cycleCase.flows, []).mermaid).toBe('')
  })

  it.each([
    ['quotes', 'Say "hi"', 'Say #34;hi#34;'],
    ['markup', '<b>&</b>', '#60;b#62;#38;#60;/b#62;'],
    ['hash and brackets', '#1 [x]', '#35;1 #91;x#93;'],
    ['backticks', '```', '#96;#96;#96;'],
    ['line breaks', 'a\r\nb', 'a b'],
    ['unicode', 'Kundenservice 客服 📞', 'Kundenservice 客服 📞'],
  ])('escapes %s in labels', (_, input, expected) => {
    expect(mermaidLabel(input)).toBe(expected)
  })

  it('keeps every label of awkward names inside its quotes on one line', () => {
    const nodeLines = lines(buildCallGraph(awkwardCase.calls, awkwardCase.flows, []).mermaid).filter((line) => line.includes('["'))
    expect(nodeLines).toHaveLength(awkwardCase.flows.length)
    for (const line of nodeLines) expect(line).toMatch(/^n\d+\["[^"`]*"\]$/)
  })

  it('cuts a large org to the flows with findings and their neighbours, and says so', () => {
    const org = largeOrg(1000)
    const graph = buildCallGraph(org.calls, org.flows, org.findings, 60)
    expect(graph.cut).toBe('findings-and-neighbours')
    expect(graph.totalFlows).toBeGreaterThan(900)
    // 500 + its neighbour 499 + missing; 700, 701 (+ their chain neighbours 699, 702); 250 + 249, 251
    expect(graph.shownFlows).toBe(10)
    expect(graph.mermaid).toContain('missing flow')
  })

  it('truncates to the most important flows when even the focus does not fit', () => {
    const org = largeOrg(1000)
    const graph = buildCallGraph(org.calls, org.flows, org.findings, 4)
    expect(graph.cut).toBe('truncated')
    expect(graph.shownFlows).toBe(4)
    expect(lines(graph.mermaid)).toContain('class n1,n2 cycle')
  })

  it('stays far below Mermaid\'s 50,000-character and 500-edge limits for a large org with defaults', () => {
    const org = largeOrg(5000)
    const graph = buildCallGraph(org.calls, org.flows, org.findings)
    expect(graph.mermaid.length).toBeLessThan(50_000)
    expect(graph.shownCalls).toBeLessThanOrEqual(200)
  })
})
