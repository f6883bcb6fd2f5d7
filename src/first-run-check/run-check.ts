// mode: check, a first run that writes nothing: can this client reach the flows, export one, read
// dependency tracking, and can this job commit and push? Every check runs that can; one table, in the log
// and in the job summary, says which pass and, for each that does not, what to fix.
import * as core from '@actions/core'
import type { Settings } from '../settings/types.js'
import type { GenesysClient } from '../genesys/client.js'
import { cell } from '../report/html.js'
import { errorMessage } from '../errors.js'
import { plural } from '../text/plural.js'
import { checkGenesys } from './genesys-checks.js'
import { checkGitSide } from './git-checks.js'
import type { CheckLine, CheckState } from './types.js'

export async function runFirstRunCheck(settings: Settings, client: GenesysClient, env: NodeJS.ProcessEnv): Promise<CheckLine[]> {
  const [genesys, git] = await Promise.all([checkGenesys(client, settings), checkGitSide(settings, env)])
  return [...genesys, ...git]
}

/**
 * The table to the log and the job summary, and the `status` output; `failure`, the failed step's message
 * naming what to fix, is set when a line is red or could not be checked.
 */
export async function publishCheck(lines: readonly CheckLine[]): Promise<{ status: 'success' | 'failed'; failure?: string }> {
  const width = Math.max(...lines.map((line) => line.name.length))
  core.info(lines.map((line) => `${MARK[line.state]} ${line.name.padEnd(width)}  ${line.detail}`).join('\n'))
  const status = lines.some((line) => line.state !== 'pass') ? 'failed' : 'success'
  core.setOutput('status', status)
  await core.summary.addRaw(checkSummary(lines), true).write().catch((error: unknown) => {
    core.warning(`Could not write the job summary (is GITHUB_STEP_SUMMARY set?): ${errorMessage(error)}`)
  })
  if (status === 'success') return { status }
  const red = lines.filter((line) => line.state === 'fail').map((line) => line.name)
  const found = `The first-run check found ${plural(red.length, 'problem')}: ${red.join('; ')}.`
  return { status, failure: `${found} The table above says what to fix for each.` }
}

const MARK: Readonly<Record<CheckState, string>> = { pass: '✅', fail: '❌', 'not-checked': '⏸️' }

function checkSummary(lines: readonly CheckLine[]): string {
  const failed = lines.filter((line) => line.state === 'fail').length
  const heading =
    failed === 0 && lines.every((line) => line.state === 'pass')
      ? '## ✅ Genesys flow snapshot: first-run check passed'
      : `## ❌ Genesys flow snapshot: first-run check found ${plural(failed, 'problem')}`
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
