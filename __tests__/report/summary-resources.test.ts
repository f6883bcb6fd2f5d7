// The job summary's line about the org resource check: what it found, or why it may be incomplete or did not run.
import { describe, expect, it } from 'vitest'
import type { ResourceCheck } from '../../src/model.js'
import { buildSummary, type SummaryContext } from '../../src/report/summary.js'
import { finding, runResult } from './run-result.js'

const ctx: SummaryContext = { repository: 'acme/contact-center', serverUrl: 'https://github.com', sha: 'a'.repeat(40), failOn: 'error' }
const check = (fields: Partial<ResourceCheck>): ResourceCheck => ({
  outcome: 'checked', buildStatus: 'OPERATIONAL', incomplete: false, problems: [], requests: 3, note: '', ...fields,
})

describe('the resource check in the summary', () => {
  it('counts deleted and stale resources of a complete check', () => {
    const result = runResult({
      resources: check({}),
      validation: { ...runResult().validation, findings: [finding({ rule: 'deleted-resource' }), finding({ rule: 'stale-resource', severity: 'warning' })] },
    })
    expect(buildSummary(result, ctx)).toContain('Resource check (dependency tracking OPERATIONAL): 1 deleted, 1 stale.')
  })

  it('stresses the note of a check that may be incomplete', () => {
    const note = 'Resource findings may be incomplete: the org\'s dependency tracking data is not current (build status BUILDINPROGRESS).'
    expect(buildSummary(runResult({ resources: check({ buildStatus: 'BUILDINPROGRESS', incomplete: true, note }) }), ctx)).toContain(
      '> **Resource findings may be incomplete: the org&#39;s dependency tracking data is not current (build status BUILDINPROGRESS).**',
    )
  })

  it('says plainly that the check did not run in mode validate', () => {
    const text = buildSummary(runResult({ mode: 'validate', resources: check({ outcome: 'not-run', note: 'Resource check not run: mode validate.' }) }), ctx)
    expect(text).toContain('\nResource check not run: mode validate.\n')
  })

  it('says nothing when the run stopped before the check', () => {
    expect(buildSummary(runResult(), ctx)).not.toContain('Resource check')
  })
})
