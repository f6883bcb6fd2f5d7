// What changed as the reports carry it: counts, commit body, summary section, pull request body, JSON.
import { describe, expect, it } from 'vitest'
import type { FlowChange, FlowReview } from '../../src/changes/index.js'
import type { RunChanges } from '../../src/model.js'
import { changesSection, commitBody, pullRequestReview, reportedRunChanges, runUrl } from '../../src/report/changes.js'
import { pullRequestBody } from '../../src/git/pull-request.js'
import type { Change } from '../../src/git/git.js'
import { buildAuditRecord, buildWebhookBody } from '../../src/report/audit.js'
import { buildReport } from '../../src/report/report-json.js'
import { buildOutputs } from '../../src/report/outputs.js'
import { runResult } from './run-result.js'

const change = (n: number): FlowChange => ({ kind: 'action-added', text: `Added Play Audio "Notice ${n}" to task "Main Task"`, line: 10 + n, itemName: 'Main Task', itemId: 'item-1', actionId: `a-${n}` })

function review(index: number, status: FlowReview['status'] = 'changed', changes = 3): FlowReview {
  const list = status === 'layout-only' ? [] : Array.from({ length: changes }, (_, n) => change(n))
  return { flowId: `flow-${index}`, name: `Flöw ${index}`, versionFrom: '1.0', versionTo: '2.0', status, changes: list, counts: list.length ? { 'action-added': list.length } : {} }
}

const run = (reviews: FlowReview[]): RunChanges => ({ against: 'the previous snapshot', reviews, diagrams: [] })

describe('the flows-changed output', () => {
  it('counts changed, added and removed flows but not layout-only ones', () => {
    const paths = { reportPath: '', auditLogPath: '' }
    const flowsChanged = (changes?: RunChanges) => buildOutputs(runResult({ changes }), paths)['flows-changed']
    expect(flowsChanged(run([review(1), review(2, 'added', 1), review(3, 'removed', 1), review(4, 'layout-only')]))).toBe('3')
    expect(flowsChanged(undefined)).toBe('0')
  })
})

describe('commitBody', () => {
  it('gives one line per flow with its version step', () => {
    expect(commitBody(run([review(1), review(2, 'layout-only')])).split('\n')).toEqual([
      'Flöw 1 1.0 → 2.0: 3 actions added',
      'Flöw 2 1.0 → 2.0: layout only (nothing the flow does changed)',
    ])
  })

  it('stops at 200 lines and says how many flows more', () => {
    const lines = commitBody(run(Array.from({ length: 250 }, (_, i) => review(i)))).split('\n')
    expect(lines).toHaveLength(201)
    expect(lines[200]).toBe("…and 50 more flows (see the run's job summary).")
  })

  it('keeps each flow on one line that git accepts, whatever control characters its name holds', () => {
    expect(commitBody(run([{ ...review(1), name: 'Evil\u0000\nname' }]))).toBe('Evil name 1.0 → 2.0: 3 actions added')
  })

  it('is empty when nothing was reviewed', () => {
    expect(commitBody(undefined)).toBe('')
  })
})

describe('pull request body', () => {
  it('stays within GitHub\'s 65,536 characters for 2,000 changed flows and points at the run summary', () => {
    const reviews = run(Array.from({ length: 2000 }, (_, i) => review(i, 'changed', 30)))
    const files: Change[] = Array.from({ length: 2001 }, (_, i) => ({ status: 'M', path: `genesys-flows/inboundcall/a-rather-long-flow-name-for-the-limit--${i}.json` }))
    const body = pullRequestBody(files, (max) => pullRequestReview(reviews, max, 'https://github.com/o/r/actions/runs/7'))
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('more flows changed')
    expect(body).toContain('[run summary](https://github.com/o/r/actions/runs/7)')
    expect(body).toContain('2001 files changed:')
  })
})

describe('changesSection', () => {
  it('stays within its byte budget with accented names, and says how many flows more', () => {
    const section = changesSection(run(Array.from({ length: 500 }, (_, i) => review(i, 'changed', 12))), { budgetBytes: 20_000, blobBase: null, flows: [] })
    expect(Buffer.byteLength(section)).toBeLessThanOrEqual(20_000)
    expect(section).toMatch(/…and \d+ more flows changed/)
  })

  it('links each line to the new file at the commit', () => {
    const section = changesSection(run([review(1)]), {
      budgetBytes: 20_000,
      blobBase: 'https://github.com/o/r/blob/abc/',
      flows: [{ id: 'flow-1', name: 'Flöw 1', type: 'inboundcall', version: '2.0', path: 'genesys-flows/inboundcall/flow-1.json', status: 'exported', error: '' }],
    })
    expect(section).toContain('[line 10](https://github.com/o/r/blob/abc/genesys-flows/inboundcall/flow-1.json#L10)')
  })

  it('adds item diagrams only while they fit', () => {
    const diagrams = Array.from({ length: 3 }, (_, i) => ({ flowId: 'flow-1', flowName: 'Flöw 1', itemName: `Task ${i}`, mermaid: `flowchart TD\n${'  a --> b\n'.repeat(200)}` }))
    const changes: RunChanges = { ...run([review(1)]), diagrams }
    const roomy = changesSection(changes, { budgetBytes: 50_000, blobBase: null, flows: [] })
    const tight = changesSection(changes, { budgetBytes: 3_500, blobBase: null, flows: [] })
    expect(roomy.match(/```mermaid/g)).toHaveLength(3)
    expect(tight.match(/```mermaid/g)).toHaveLength(1)
  })
})

describe('reportedRunChanges', () => {
  it('gives each flow its versions, counts and first ten changes, counting the rest', () => {
    const [reported] = reportedRunChanges(run([review(1, 'changed', 14)]))
    expect(reported).toMatchObject({ id: 'flow-1', versionFrom: '1.0', versionTo: '2.0', versionStep: '1.0 → 2.0', status: 'changed', counts: { 'action-added': 14 }, moreChanges: 4 })
    expect(reported!.changes).toHaveLength(10)
  })
})

describe('report.json, the webhook and the outputs', () => {
  const result = runResult({ changes: run([review(1, 'changed', 2), review(2, 'layout-only')]) })

  it('carry each differing flow with its versions and counts by kind', () => {
    const expected = { id: 'flow-1', name: 'Flöw 1', versionFrom: '1.0', versionTo: '2.0', counts: { 'action-added': 2 } }
    expect(buildReport(result).changes[0]).toMatchObject(expected)
    const audit = buildAuditRecord(result, { repository: 'o/r', runId: '1', webhook: null })
    expect(buildWebhookBody(result, audit).changes[0]).toMatchObject(expected)
  })

  it('set flows-changed to the flows that changed in more than layout', () => {
    expect(buildOutputs(result, { reportPath: 'r', auditLogPath: 'a' })['flows-changed']).toBe('1')
  })
})

describe('runUrl', () => {
  it('is the run page on the server, or empty outside a runner', () => {
    expect(runUrl({ serverUrl: 'https://ghe.example/', repository: 'o/r', runId: '9' })).toBe('https://ghe.example/o/r/actions/runs/9')
    expect(runUrl({ serverUrl: 'https://github.com', repository: '', runId: '' })).toBe('')
  })
})
