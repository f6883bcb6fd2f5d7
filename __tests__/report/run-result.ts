// Builders of RunResult values for the report tests: a representative run by default, any field overridable.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { FlowCall, FlowOutcome, Finding, GitResult, RunResult } from '../../src/model.js'
import { REPO_ROOT } from '../../scripts/support/runner.js'

/** The outputs action.yml declares: the contract's list, which the Action sets every one of. */
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { outputs: object }
export const OUTPUT_NAMES = Object.keys(action.outputs)

export const IDS = {
  mainIvr: '11111111-1111-4111-8111-111111111111',
  billing: '22222222-2222-4222-8222-222222222222',
  common: '33333333-3333-4333-8333-333333333333',
  queue: '44444444-4444-4444-8444-444444444444',
  missing: '99999999-9999-4999-8999-999999999999',
} as const

export function flow(id: string, name: string, type = 'inboundcall', overrides: Partial<FlowOutcome> = {}): FlowOutcome {
  return { id, name, type, version: '3.0', path: `genesys-flows/${type}/${slug(name)}--${id}.json`, status: 'exported', error: '', ...overrides }
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'broken-reference',
    severity: 'error',
    flowId: IDS.mainIvr,
    flowName: 'Main IVR',
    file: `genesys-flows/inboundcall/main-ivr--${IDS.mainIvr}.json`,
    line: 42,
    nodeId: 'a1b2',
    message: 'Edge of "Menu" points to node c3d4, which does not exist.',
    ...overrides,
  }
}

export function call(from: string, to: string, resolved = true): FlowCall {
  return { from, to, actionType: 'CallCommonModuleAction', resolved }
}

export function git(overrides: Partial<GitResult> = {}): GitResult {
  return {
    changed: true,
    commitSha: 'c0ffee0000000000000000000000000000000001',
    filesChanged: [`genesys-flows/inboundcall/main-ivr--${IDS.mainIvr}.json`, 'genesys-flows/manifest.json'],
    pushed: true,
    notes: [],
    ...overrides,
  }
}

export function runResult(overrides: Partial<RunResult> = {}): RunResult {
  return {
    mode: 'snapshot',
    status: 'success',
    startedAt: '2026-11-24T10:00:00.000Z',
    finishedAt: '2026-11-24T10:01:05.500Z',
    flows: [
      flow(IDS.mainIvr, 'Main IVR'),
      flow(IDS.billing, 'Billing'),
      flow(IDS.common, 'Shared Auth', 'commonmodule'),
      flow(IDS.queue, 'Queue Music', 'inqueuecall'),
    ],
    validation: {
      findings: [],
      calls: [call(IDS.mainIvr, IDS.common), call(IDS.billing, IDS.common)],
      references: { checked: 200, valid: 200 },
      integrityRate: 1,
    },
    stats: { requests: 17, retries: 2, throttled: 1, bytes: 123_456 },
    git: git(),
    ...overrides,
  }
}

/** A run whose validation found `findings` (and references to match). */
export function withFindings(findings: Finding[], overrides: Partial<RunResult> = {}): RunResult {
  const base = runResult(overrides)
  return { ...base, validation: { ...base.validation, findings, ...overrides.validation } }
}
