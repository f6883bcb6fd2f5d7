// Severities: contract defaults, rule-severity overrides, and which findings fail the step.
import { describe, expect, it } from 'vitest'
import type { Finding, Severity } from '../../src/model.js'
import { failingFindings } from '../../src/flows/severity.js'
import { validateFlows } from '../../src/flows/validate.js'
import { decision, disconnect, flowDocument, flowFile, step, task, uuid } from './builders.js'

/** A task with a dangling No branch (broken-reference, error) and an orphan action (unreachable-node, warning). */
const flow = flowFile(
  uuid('flow:Overrides'),
  flowDocument('inboundcall', 'Overrides', [task('T', [decision('Check', 'Bye', 'Ghost', 'Bye'), step('Orphan', 'Bye'), disconnect('Bye')])]),
)

function finding(severity: Severity): Finding {
  return { rule: 'dead-end', severity, flowId: 'f', flowName: 'F', file: 'f.json', line: 1, nodeId: '', message: '' }
}

describe('severities', () => {
  it('uses the contract defaults', () => {
    const result = validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 1e9 })
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['broken-reference', 'error'],
      ['unreachable-node', 'warning'],
    ])
  })

  it('applies rule-severity overrides, and drops a rule set to off', () => {
    const result = validateFlows({
      flows: [flow],
      knownFlows: new Map(),
      maxExportBytes: 1e9,
      severities: { 'broken-reference': 'notice', 'unreachable-node': 'off' },
    })
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['broken-reference', 'notice']])
  })

  it('keeps counting references when their rule is off', () => {
    const result = validateFlows({ flows: [flow], knownFlows: new Map(), maxExportBytes: 1e9, severities: { 'broken-reference': 'off' } })
    expect(result.references).toEqual({ checked: 6, valid: 5 })
    expect(result.integrityRate).toBeCloseTo(5 / 6, 10)
  })

  it('has an integrity rate of 1 when nothing was checked', () => {
    expect(validateFlows({ flows: [], knownFlows: new Map(), maxExportBytes: 1 })).toEqual({
      findings: [],
      calls: [],
      references: { checked: 0, valid: 0 },
      integrityRate: 1,
    })
  })

  it.each([
    ['error', ['error']],
    ['warning', ['error', 'warning']],
    ['notice', ['error', 'warning', 'notice']],
    ['never', []],
  ] as const)('fails on %s and above', (failOn, failing) => {
    const all = [finding('notice'), finding('warning'), finding('error')]
    expect(failingFindings(all, failOn).map((f) => f.severity).sort()).toEqual([...failing].sort())
  })
})
