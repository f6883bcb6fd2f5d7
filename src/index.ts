// The Action's entry: nothing but the call, so tests can import run() without starting a run.
import * as core from '@actions/core'
import { run } from './main.js'
import { errorMessage } from './errors.js'

// run() ends every failure it knows of in a message; this is the net for one it does not, so that
// even then the step shows a sentence and not a stack trace.
await run().catch((error: unknown) => {
  core.setFailed(`The Action stopped on an unexpected error: ${errorMessage(error)}. Run it again with ACTIONS_STEP_DEBUG=true and report the log.`)
})
