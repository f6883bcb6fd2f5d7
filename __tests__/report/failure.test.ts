import { describe, expect, it } from 'vitest'
import type { FailOn } from '../../src/settings/types.js'
import { failureMessage } from '../../src/report/failure.js'
import { IDS, finding, flow, runResult, withFindings } from './run-result.js'

const errors = [finding(), finding({ line: 50 }), finding({ rule: 'missing-flow' })]
const warnings = [finding({ severity: 'warning', rule: 'dead-end' })]
const notices = [finding({ severity: 'notice', rule: 'unreachable-node' })]

describe('failureMessage', () => {
  it.each<[string, FailOn, ReturnType<typeof withFindings>, boolean]>([
    ['errors fail with fail-on error', 'error', withFindings(errors), true],
    ['warnings pass with fail-on error', 'error', withFindings(warnings), false],
    ['warnings fail with fail-on warning', 'warning', withFindings(warnings), true],
    ['notices pass with fail-on warning', 'warning', withFindings(notices), false],
    ['notices fail with fail-on notice', 'notice', withFindings(notices), true],
    ['errors pass with fail-on never', 'never', withFindings(errors), false],
    ['a clean run passes', 'notice', runResult(), false],
  ])('%s', (_, failOn, result, fails) => {
    expect(failureMessage(result, failOn) !== null).toBe(fails)
  })

  it('names the count of failing findings by rule', () => {
    expect(failureMessage(withFindings([...errors, ...warnings]), 'warning')).toContain(
      '4 findings of severity warning or error (fail-on: warning): missing-flow 1, broken-reference 2, dead-end 1.',
    )
  })

  it('names every rule in the count, deleted-resource right after missing-flow', () => {
    const failing = [finding({ rule: 'deleted-resource' }), finding({ rule: 'missing-flow' }), finding({ rule: 'stale-resource', severity: 'warning' })]
    expect(failureMessage(withFindings(failing), 'warning')).toContain('missing-flow 1, deleted-resource 1, stale-resource 1.')
  })

  it('names the flows that could not be exported, with their reasons', () => {
    const result = runResult({
      status: 'partial',
      flows: [flow(IDS.billing, 'Billing', 'inboundcall', { status: 'failed', error: 'export job timed out after 300 s' })],
    })
    expect(failureMessage(result, 'error')).toBe(
      `1 flow could not be exported: 'Billing' (${IDS.billing}): export job timed out after 300 s.`,
    )
  })

  it('names the failed flows of a run that exported nothing, even with fail-on never', () => {
    const result = runResult({
      status: 'failed',
      flows: [flow(IDS.billing, 'Billing', 'inboundcall', { status: 'failed', error: 'The export job failed in Genesys Cloud.' })],
    })
    expect(failureMessage(result, 'never')).toBe(`1 flow could not be exported: 'Billing' (${IDS.billing}): The export job failed in Genesys Cloud.`)
  })

  it('fails a run that stopped early whatever fail-on says, with its reason', () => {
    const result = runResult({ status: 'failed', fatalError: 'Genesys login refused the client id; check client-id.' })
    expect(failureMessage(result, 'never')).toBe('Flow snapshot stopped: Genesys login refused the client id; check client-id.')
  })
})
