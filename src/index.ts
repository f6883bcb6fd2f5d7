// The Action's entry: nothing but the call, so tests can import run() without starting a run.
import { run } from './main.js'

await run()
