import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/model.js'
import { buildSummary, type SummaryContext } from '../../src/report/summary.js'
import { IDS, finding, flow, git, runResult, withFindings } from './run-result.js'

const ctx: SummaryContext = {
  repository: 'acme/contact-center',
  serverUrl: 'https://github.com',
  sha: 'aaaaaaa000000000000000000000000000000000',
  failOn: 'error',
}
const commit = 'c0ffee0000000000000000000000000000000001'
const mainFile = `genesys-flows/inboundcall/main-ivr--${IDS.mainIvr}.json`

describe('buildSummary', () => {
  it.each([
    ['success', runResult(), '## ✅ Genesys flow snapshot: success'],
    ['partial', runResult({ status: 'partial' }), '## ⚠️ Genesys flow snapshot: partial'],
    ['failed', runResult({ status: 'failed', fatalError: 'Login refused' }), '## ❌ Genesys flow snapshot: failed'],
  ])('starts with the status line of a %s run', (_, result, heading) => {
    expect(buildSummary(result, ctx).split('\n')[0]).toBe(heading)
  })

  it('says in one sentence what was exported, found and committed', () => {
    const text = buildSummary(withFindings([finding(), finding({ severity: 'warning', rule: 'dead-end' })]), ctx)
    expect(text).toContain(
      `Exported 4 flows; 2 findings (1 error, 1 warning, 0 notices); 2 files changed in commit [\`c0ffee0\`](https://github.com/acme/contact-center/commit/${commit}), pushed.`,
    )
  })

  it('says the flow files were validated, not exported, in validate mode', () => {
    const result = runResult({ mode: 'validate', git: null, flows: [flow(IDS.mainIvr, 'Main IVR', 'inboundcall', { status: 'validated' })] })
    expect(buildSummary(result, ctx)).toContain('Validated 1 flow file already in the repository; no findings; nothing committed.')
  })

  it('leaves export, download and commit totals out of the table in validate mode', () => {
    const summary = buildSummary(runResult({ mode: 'validate', git: null, flows: [flow(IDS.mainIvr, 'Main IVR', 'inboundcall', { status: 'validated' })] }), ctx)
    expect(summary).toContain('<th align="left">Flows validated</th><td>1</td>')
    for (const row of ['Flows exported', 'Flows failed', 'Files changed', 'Genesys requests', 'Downloaded']) expect(summary).not.toContain(`>${row}<`)
  })

  it('says when the step fails, and why', () => {
    expect(buildSummary(withFindings([finding()]), ctx)).toContain('> **This step fails.** 1 finding of severity error (fail-on: error): broken-reference 1.')
    expect(buildSummary(withFindings([finding()]), { ...ctx, failOn: 'never' })).not.toContain('This step fails')
  })

  it.each([
    ['no change', runResult({ git: git({ changed: false, commitSha: '', filesChanged: [] }) }), 'no changes, no commit'],
    ['export mode', runResult({ mode: 'export', git: null }), 'files written, no commit (mode: export)'],
    ['a pull request', runResult({ git: git({ pullRequest: { url: 'https://github.com/acme/contact-center/pull/9', number: 9 } }) }), 'on [pull request #9](https://github.com/acme/contact-center/pull/9)'],
  ])('describes the git outcome of %s', (_, result, text) => {
    expect(buildSummary(result, ctx)).toContain(text)
  })

  it('shows the totals a reader checks first', () => {
    const text = buildSummary(runResult({ validation: { findings: [], calls: [], references: { checked: 8, valid: 6 }, integrityRate: 0.75 } }), ctx)
    for (const row of [
      '<tr><th align="left">Integrity rate</th><td>0.7500 (6 of 8 references resolve)</td></tr>',
      '<tr><th align="left">Broken references</th><td>2</td></tr>',
      '<tr><th align="left">Genesys requests</th><td>17 (2 retries, 1 throttled)</td></tr>',
      '<tr><th align="left">Downloaded</th><td>120.6 KiB</td></tr>',
      '<tr><th align="left">Time</th><td>1 min 6 s</td></tr>',
    ]) expect(text).toContain(row)
  })

  it('links each finding to its file and line at the pushed commit', () => {
    const text = buildSummary(withFindings([finding()]), ctx)
    expect(text).toContain(`<a href="https://github.com/acme/contact-center/blob/${commit}/${mainFile}#L42">${mainFile}:42</a>`)
  })

  it('links to the checked-out commit in validate mode, and not at all in export mode', () => {
    const validate = buildSummary(withFindings([finding()], { mode: 'validate', git: null }), ctx)
    expect(validate).toContain(`/blob/${ctx.sha}/${mainFile}#L42`)
    const exported = buildSummary(withFindings([finding()], { mode: 'export', git: null }), ctx)
    expect(exported).not.toContain('/blob/')
    expect(exported).toContain(`<code>${mainFile}:42</code>`)
  })

  it('escapes HTML in flow names and messages and keeps each cell on one line', () => {
    const text = buildSummary(withFindings([finding({ flowName: '<img src=x onerror=alert(1)>', message: 'a & b\n\nc' })]), ctx)
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(text).toContain('a &amp; b<br><br>c')
    expect(text).not.toContain('<img')
  })

  it('says how many annotations GitHub will not display', () => {
    const findings = Array.from({ length: 13 }, (_, i) => finding({ line: i + 1 }))
    expect(buildSummary(withFindings(findings), ctx)).toContain('3 errors more are annotated in the log only')
  })

  it('lists failed flows with their reasons and the changed files', () => {
    const result = runResult({
      status: 'partial',
      flows: [flow(IDS.billing, 'Billing', 'inboundcall', { status: 'failed', error: 'export over max-export-bytes' })],
    })
    const text = buildSummary(result, ctx)
    expect(text).toContain(`<tr><td>Billing</td><td><code>${IDS.billing}</code></td><td>inboundcall</td><td>export over max-export-bytes</td></tr>`)
    expect(text).toContain('<tr><td><code>genesys-flows/manifest.json</code></td></tr>')
  })

  it('draws the call graph in a mermaid fence', () => {
    expect(buildSummary(runResult(), ctx)).toMatch(/### Flow calls\n\n[^`]*```mermaid\nflowchart LR\n[\s\S]*\n```\n/)
  })

  it('reports a webhook that was not delivered without failing anything', () => {
    const text = buildSummary(runResult(), { ...ctx, webhook: { delivered: false, attempts: 5, error: 'HTTP 503' } })
    expect(text).toContain('> **Webhook not delivered** after 5 tries: HTTP 503.')
  })

  it('stays under the byte budget for a huge run, cutting tables with a note', () => {
    const findings: Finding[] = Array.from({ length: 20_000 }, (_, i) =>
      finding({ line: i + 1, message: `Edge points to node ${i} which does not exist; ${'x'.repeat(80)}` }),
    )
    const files = Array.from({ length: 20_000 }, (_, i) => `genesys-flows/inboundcall/flow-${i}--${IDS.mainIvr}.json`)
    const text = buildSummary(withFindings(findings, { git: git({ filesChanged: files }) }), ctx)
    const bytes = Buffer.byteLength(text)
    expect(bytes).toBeLessThan(768 * 1024)
    expect(bytes).toBeGreaterThan(600 * 1024)
    expect(text).toMatch(/\d+ more findings are not listed here/)
    expect(text).toMatch(/\d+ more changed files are not listed; see the commit\./)
  })

  it('lists skipped flows apart from failed ones, with their reasons, and counts them in the headline', () => {
    const flows = [
      flow(IDS.mainIvr, 'Main IVR'),
      flow(IDS.billing, 'Billing draft', 'inboundcall', { status: 'skipped', path: '', error: 'never published: nothing to snapshot' }),
      flow(IDS.common, 'Common', 'commonmodule', { status: 'failed', path: '', error: 'The export job failed' }),
    ]
    const summary = buildSummary(runResult({ status: 'partial', flows }), ctx)
    expect(summary).toContain('Exported 1 flow, **1 failed**, 1 skipped;')
    expect(summary).toContain('<th align="left">Flows skipped</th><td>1</td>')
    const skippedSection = summary.slice(summary.indexOf('### Skipped flows'))
    expect(skippedSection).toContain('Billing draft')
    expect(skippedSection).toContain('never published: nothing to snapshot')
    expect(skippedSection.split('###')[1]).not.toContain('Common')
  })
})
