import { describe, expect, it } from 'vitest'
import { buildCallGraph } from '../../src/report/mermaid.js'
import { buildSummary } from '../../src/report/summary.js'
import { awkwardCase, cycleCase, largeOrg, missingCase } from './graphs.js'
import { mermaidBlocks, parseMermaid } from './mermaid-parser.js'
import { runResult } from './run-result.js'
import { exampleContext, exampleRun } from '../../scripts/summary-example-run.js'

describe('the real Mermaid parser accepts our call graphs', () => {
  it('rejects a broken label, so the checks below can fail', async () => {
    await expect(parseMermaid('flowchart LR\n  n0["say " hi"] --> n1')).rejects.toThrow(/Parse error/)
  })

  it.each([
    ['a graph with cycles and a self-call', cycleCase],
    ['a graph with a missing flow', missingCase],
    ['names with unicode, quotes, markup, brackets, backticks and line breaks', awkwardCase],
  ])('%s', async (_, graph) => {
    await expect(parseMermaid(buildCallGraph(graph.calls, graph.flows, graph.findings).mermaid)).resolves.toBe('flowchart-v2')
  })

  it('the large-org graph cut to flows with findings and their neighbours', async () => {
    const org = largeOrg(3000)
    const graph = buildCallGraph(org.calls, org.flows, org.findings)
    expect(graph.cut).not.toBe('none')
    await expect(parseMermaid(graph.mermaid)).resolves.toBe('flowchart-v2')
  })

  it('a large org without findings, drawn as its most connected flows', async () => {
    const org = largeOrg(3000)
    const graph = buildCallGraph(org.calls.filter((c) => c.resolved), org.flows, [], 60)
    expect(graph.shownFlows).toBe(60)
    expect(graph.cut).toBe('truncated')
    await expect(parseMermaid(graph.mermaid)).resolves.toBe('flowchart-v2')
  })

  it('the Mermaid block of a whole job summary', async () => {
    const result = runResult({
      flows: awkwardCase.flows.map((flow) => ({ ...flow, version: '1.0', path: '', status: 'exported', error: '' })),
      validation: { findings: [], calls: awkwardCase.calls, references: { checked: 1, valid: 1 }, integrityRate: 1 },
    })
    const blocks = mermaidBlocks(buildSummary(result, { repository: 'o/r', serverUrl: 'https://github.com', sha: 'abc', failOn: 'error' }))
    expect(blocks).toHaveLength(1)
    await expect(parseMermaid(blocks[0]!)).resolves.toBe('flowchart-v2')
  })

  it('the summary of the documented example run (docs/summary-example.*)', async () => {
    const [block] = mermaidBlocks(buildSummary(exampleRun, exampleContext))
    await expect(parseMermaid(block!)).resolves.toBe('flowchart-v2')
  })
})
