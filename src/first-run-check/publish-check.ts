// Where the first-run check's table goes: the log, the job summary, the `status` output, and a failed
// step naming what to fix when a line is red or could not be checked.
import { realIo, type PublishIo } from '../report/publish.js'
import { errorMessage } from '../errors.js'
import { checkLog, checkStatus, checkSummary } from './table.js'
import type { CheckLine } from './types.js'

export interface CheckPublished {
  readonly status: 'success' | 'failed'
  /** The step's failure message; undefined when every check passed. */
  readonly failure?: string
}

export async function publishCheck(lines: readonly CheckLine[], log: (text: string) => void, io: PublishIo = realIo): Promise<CheckPublished> {
  log(checkLog(lines))
  const status = checkStatus(lines)
  io.setOutput('status', status)
  try {
    await io.writeSummary(checkSummary(lines))
  } catch (error) {
    io.warning(`Could not write the job summary (is GITHUB_STEP_SUMMARY set?): ${errorMessage(error)}`)
  }
  if (status === 'success') return { status }
  const red = lines.filter((line) => line.state === 'fail').map((line) => line.name)
  return { status, failure: `The first-run check found ${red.length} problem${red.length === 1 ? '' : 's'}: ${red.join('; ')}. The table above says what to fix for each.` }
}
