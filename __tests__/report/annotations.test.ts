import { describe, expect, it } from 'vitest'
import type { Finding, Rule, Severity } from '../../src/model.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { buildSummary } from '../../src/report/summary.js'
import { finding, withFindings } from './run-result.js'

describe('buildAnnotations', () => {
  it('orders by severity, then rule importance, then file and line', () => {
    const input: Finding[] = [
      finding({ severity: 'warning', rule: 'unreachable-node', file: 'a.json', line: 1 }),
      finding({ severity: 'error', rule: 'broken-reference', file: 'b.json', line: 9 }),
      finding({ severity: 'error', rule: 'broken-reference', file: 'b.json', line: 3 }),
      finding({ severity: 'error', rule: 'missing-flow', file: 'z.json', line: 1 }),
      finding({ severity: 'notice', rule: 'dead-end', file: 'a.json', line: 1 }),
      finding({ severity: 'warning', rule: 'dead-end', file: 'c.json', line: 1 }),
    ]
    const order = buildAnnotations(input).map((a) => `${a.severity} ${a.title.split(':')[0]} ${a.file}:${a.startLine}`)
    expect(order).toEqual([
      'error missing-flow z.json:1',
      'error broken-reference b.json:3',
      'error broken-reference b.json:9',
      'warning dead-end c.json:1',
      'warning unreachable-node a.json:1',
      'notice dead-end a.json:1',
    ])
  })

  it('names the rule and the flow in the title and points at file and line', () => {
    const [annotation] = buildAnnotations([finding()])
    expect(annotation).toEqual({
      severity: 'error',
      title: 'broken-reference: Main IVR',
      message: 'Edge of "Menu" points to node c3d4, which does not exist. (node a1b2)',
      file: 'genesys-flows/inboundcall/main-ivr--11111111-1111-4111-8111-111111111111.json',
      startLine: 42,
    })
  })

  it.each([
    ['12 errors', { error: 12 }, '2 errors'],
    ['10 of each', { error: 10, warning: 10, notice: 10 }, ''],
    ['11 warnings and 30 notices', { warning: 11, notice: 30 }, '1 warning, 20 notices'],
  ] as const)('keeps every annotation and the summary counts those GitHub will not display: %s', (_, counts, omitted) => {
    const input = (Object.entries(counts) as [Severity, number][]).flatMap(([severity, n]) =>
      Array.from({ length: n }, (_, i) => finding({ severity, line: i + 1 })),
    )
    expect(buildAnnotations(input)).toHaveLength(input.length)
    const ctx = { repository: 'o/r', serverUrl: 'https://github.com', sha: 'abc', failOn: 'error' } as const
    const summary = buildSummary(withFindings(input), ctx)
    if (omitted === '') expect(summary).not.toContain('more are annotated in the log only')
    else expect(summary).toContain(`annotations of each kind on the files; ${omitted} more are annotated in the log only`)
  })

  it('leaves out file and line when the finding has none, rather than pointing at a wrong place', () => {
    const [annotation] = buildAnnotations([finding({ rule: 'size-limit' as Rule, file: '', line: 0, nodeId: '' })])
    expect(annotation).not.toHaveProperty('file')
    expect(annotation).not.toHaveProperty('startLine')
  })
})
