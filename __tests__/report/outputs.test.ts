import { describe, expect, it } from 'vitest'
import { buildOutputs } from '../../src/report/outputs.js'
import { IDS, OUTPUT_NAMES, finding, flow, git, runResult, withFindings } from './run-result.js'

const paths = { reportPath: '/tmp/r/report.json', auditLogPath: '/tmp/r/audit.jsonl' }

describe('buildOutputs', () => {
  it('sets every output the contract names, as strings', () => {
    const outputs = buildOutputs(runResult(), paths)
    expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    for (const value of Object.values(outputs)) expect(typeof value).toBe('string')
  })

  it.each([
    ['status', runResult({ status: 'partial' }), 'partial'],
    ['flows-exported', runResult(), '4'],
    ['flows-exported', runResult({ mode: 'validate', git: null, flows: [flow(IDS.mainIvr, 'Main IVR', 'inboundcall', { status: 'validated' })] }), '1'],
    ['flows-failed', runResult({ flows: [flow(IDS.mainIvr, 'Main IVR', 'inboundcall', { status: 'failed', error: 'x' })] }), '1'],
    ['findings', withFindings([finding(), finding({ severity: 'warning', rule: 'dead-end' })]), '2'],
    ['errors', withFindings([finding(), finding({ severity: 'warning', rule: 'dead-end' })]), '1'],
    ['warnings', withFindings([finding({ severity: 'warning', rule: 'dead-end' })]), '1'],
    ['cycles', withFindings([finding({ rule: 'flow-cycle', path: [IDS.mainIvr, IDS.billing, IDS.mainIvr] })]), '1'],
    ['integrity-rate', runResult({ validation: { findings: [], calls: [], references: { checked: 3, valid: 2 }, integrityRate: 2 / 3 } }), '0.6667'],
    ['integrity-rate', runResult(), '1.0000'],
    ['changed', runResult(), 'true'],
    ['changed', runResult({ git: null }), 'false'],
    ['files-changed', runResult(), '2'],
    ['commit-sha', runResult(), 'c0ffee0000000000000000000000000000000001'],
    ['commit-sha', runResult({ git: git({ changed: false, commitSha: '', filesChanged: [] }) }), ''],
    ['pull-request-url', runResult({ git: git({ pullRequest: { url: 'https://github.com/o/r/pull/7', number: 7 } }) }), 'https://github.com/o/r/pull/7'],
    ['pull-request-number', runResult({ git: git({ pullRequest: { url: 'https://github.com/o/r/pull/7', number: 7 } }) }), '7'],
    ['pull-request-number', runResult(), ''],
    ['report-path', runResult(), '/tmp/r/report.json'],
    ['audit-log', runResult(), '/tmp/r/audit.jsonl'],
  ] as const)('%s is %j for the given run', (name, result, expected) => {
    expect(buildOutputs(result, paths)[name]).toBe(expected)
  })

  it('counts broken references as the references checked that did not resolve, matching the integrity rate', () => {
    const result = runResult({ validation: { findings: [], calls: [], references: { checked: 50, valid: 47 }, integrityRate: 0.94 } })
    expect(buildOutputs(result, paths)['broken-references']).toBe('3')
  })

  it('still gives every output for a run that stopped before exporting anything', () => {
    const outputs = buildOutputs(runResult({ status: 'failed', flows: [], git: null, fatalError: 'Login refused' }), paths)
    expect(outputs).toMatchObject({ status: 'failed', 'flows-exported': '0', changed: 'false', 'commit-sha': '', 'files-changed': '0' })
  })
})
