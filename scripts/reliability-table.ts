// Generates the README's "Reliability" table from the fault matrix the tests run, so the README promises only
// what is tested: `npm run docs:reliability` rewrites it between the markers; a test checks it is current.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAULT_CASES } from '../__tests__/reliability/cases.js'
import { HOSTILE_PR_ROWS, type ReliabilityRow } from '../__tests__/reliability/hostile-pr-cases.js'
import { REPO_ROOT } from './support/runner.js'
import { tableCell as cell, withSection, type GeneratedSection } from './support/readme-section.js'

const SECTION: GeneratedSection = {
  start: '<!-- reliability-table:start (generated from __tests__/reliability/cases.ts by npm run docs:reliability) -->',
  end: '<!-- reliability-table:end -->',
}

/** Every row the README promises: the fault matrix against the emulator, then hostile pull-request content. */
export const RELIABILITY_ROWS: readonly ReliabilityRow[] = [...FAULT_CASES, ...HOSTILE_PR_ROWS]

export function reliabilityTable(cases: readonly ReliabilityRow[]): string {
  const lines = ['| fault | what the Action does | `status` | step | how the tests cause it |', '|---|---|---|---|---|']
  for (const fault of cases) {
    const step = fault.exitCode === 0 ? 'passes' : 'fails'
    lines.push(`| ${cell(fault.fault)} | ${cell(fault.behaviour)} | \`${fault.status}\` | ${step} | ${cell(fault.how)} |`)
  }
  return lines.join('\n')
}

export function withReliabilityTable(readme: string, cases: readonly ReliabilityRow[] = RELIABILITY_ROWS): string {
  return withSection(readme, SECTION, reliabilityTable(cases), 'reliability-table', 'under "## Reliability"')
}

if (process.argv[1]?.endsWith('reliability-table.ts')) {
  const readmePath = join(REPO_ROOT, 'README.md')
  writeFileSync(readmePath, withReliabilityTable(readFileSync(readmePath, 'utf8')))
  console.log('README.md reliability table updated from __tests__/reliability/cases.ts.')
}
