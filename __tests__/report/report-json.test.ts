import { describe, expect, it } from 'vitest'
import { buildAuditRecord, buildWebhookBody } from '../../src/report/audit.js'
import { buildReport } from '../../src/report/report-json.js'
import { RULES } from '../../src/model.js'
import { IDS, finding, flow, runResult, withFindings } from './run-result.js'

describe('buildReport', () => {
  it('has the contract fields, findings in importance order, and every finding with the same keys', () => {
    const report = buildReport(withFindings([finding({ severity: 'warning', rule: 'dead-end' }), finding()]))
    expect(report).toMatchObject({ status: 'success', startedAt: '2026-11-24T10:00:00.000Z', finishedAt: '2026-11-24T10:01:05.500Z', integrityRate: 1 })
    expect(report.findings.map((f) => f.rule)).toEqual(['broken-reference', 'dead-end'])
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(['file', 'flowId', 'flowName', 'line', 'message', 'nodeId', 'path', 'rule', 'severity'])
    }
  })

  it('keeps the cycle path of a flow-cycle finding', () => {
    const path = [IDS.mainIvr, IDS.billing, IDS.mainIvr]
    expect(buildReport(withFindings([finding({ rule: 'flow-cycle', path })])).findings[0]!.path).toEqual(path)
  })

  it('lists each flow with its status and error', () => {
    const report = buildReport(runResult({ flows: [flow(IDS.billing, 'Billing', 'inboundcall', { status: 'failed', error: 'timed out', path: '' })] }))
    expect(report.flows).toEqual([{ id: IDS.billing, name: 'Billing', type: 'inboundcall', version: '3.0', path: '', status: 'failed', error: 'timed out' }])
  })
})

describe('buildAuditRecord', () => {
  const ctx = { repository: 'acme/cc', runId: '42', webhook: null }

  it('has exactly the contract fields', () => {
    expect(Object.keys(buildAuditRecord(runResult(), ctx)).sort()).toEqual(
      ['commitSha', 'failedCount', 'findingCounts', 'flowCount', 'integrityRate', 'latencyMs', 'repository', 'requests', 'retries', 'runId', 'status', 'throttled', 'timestamp', 'webhook'].sort(),
    )
  })

  it('counts findings by every rule and measures latency from the run timestamps', () => {
    const record = buildAuditRecord(withFindings([finding(), finding(), finding({ rule: 'missing-flow' })]), ctx)
    expect(record.findingCounts).toMatchObject({ 'broken-reference': 2, 'missing-flow': 1, 'flow-cycle': 0 })
    expect(Object.keys(record.findingCounts)).toHaveLength(RULES.length)
    expect(record.latencyMs).toBe(65_500)
    expect(record.timestamp).toBe('2026-11-24T10:01:05.500Z')
  })

  it('gives latency 0 rather than NaN when a timestamp is unreadable', () => {
    expect(buildAuditRecord(runResult({ startedAt: '' }), ctx).latencyMs).toBe(0)
  })

  it('builds the webhook body around the audit record', () => {
    const result = runResult()
    const audit = buildAuditRecord(result, { ...ctx, webhook: { deliveryId: 'd-1', state: 'sending' } })
    expect(buildWebhookBody(result, audit)).toEqual({
      event: 'flow_export_completed',
      audit,
      repository: 'acme/cc',
      commitSha: result.git!.commitSha,
      changedFiles: result.git!.filesChanged,
      changes: [],
    })
  })
})
