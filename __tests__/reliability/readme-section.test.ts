// The README's "Reliability" table is generated from the fault matrix; it must match what the tests run.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/support/runner.js'
import { RELIABILITY_ROWS, reliabilityTable, withReliabilityTable } from '../../scripts/reliability-table.js'

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

describe('README reliability section', () => {
  it('is current with the fault matrix (run npm run docs:reliability after changing cases.ts)', () => {
    expect(withReliabilityTable(readme)).toBe(readme)
  })

  it('has one row a case, naming its fault, status and whether the step passes', () => {
    const rows = reliabilityTable(RELIABILITY_ROWS).split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| fault'))
    expect(rows).toHaveLength(RELIABILITY_ROWS.length)
    for (const [index, fault] of RELIABILITY_ROWS.entries()) {
      expect(rows[index]).toContain(fault.fault.replace(/\|/g, '\\|'))
      expect(rows[index]).toContain(`| \`${fault.status}\` | ${fault.exitCode === 0 ? 'passes' : 'fails'} |`)
    }
  })

  it('refuses a README without the markers, saying where they go', () => {
    expect(() => withReliabilityTable('# no markers\n')).toThrow(/reliability-table markers.*## Reliability/)
  })
})
