// The first-run check as a person reads it: one table, in the log and in the job summary.
import { cell } from '../report/html.js'
import type { CheckLine, CheckState } from './types.js'

const MARK: Readonly<Record<CheckState, string>> = { pass: '✅', fail: '❌', 'not-checked': '⏸️' }

export function checkStatus(lines: readonly CheckLine[]): 'success' | 'failed' {
  return lines.some((line) => line.state !== 'pass') ? 'failed' : 'success'
}

/** Plain text for the log: a column of names, then what was found or what to fix. */
export function checkLog(lines: readonly CheckLine[]): string {
  const width = Math.max(...lines.map((line) => line.name.length))
  return lines.map((line) => `${MARK[line.state]} ${line.name.padEnd(width)}  ${line.detail}`).join('\n')
}

export function checkSummary(lines: readonly CheckLine[]): string {
  const failed = lines.filter((line) => line.state === 'fail').length
  const heading =
    failed === 0 && lines.every((line) => line.state === 'pass')
      ? '## ✅ Genesys flow snapshot: first-run check passed'
      : `## ❌ Genesys flow snapshot: first-run check found ${failed} problem${failed === 1 ? '' : 's'}`
  const rows = lines.map((line) => `<tr><td>${MARK[line.state]}</td><th align="left">${cell(line.name)}</th><td>${cell(line.detail)}</td></tr>`)
  return [
    heading,
    '',
    'Nothing was written or committed. Fix the red lines, run the check again, then switch to `mode: snapshot`.',
    '',
    `<table><tr><th></th><th align="left">Check</th><th align="left">Result</th></tr>${rows.join('')}</table>`,
    '',
  ].join('\n')
}
