#!/usr/bin/env node
// The command-line entry (package.json "bin"): nothing but the call, like src/index.ts for the Action.
import { runCli } from './cli/main.js'

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
})
