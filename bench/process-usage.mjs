// Loaded into the Action's own process by bench:validate (NODE_OPTIONS=--import): writes the process's
// peak resident set size (KiB) and CPU time (ms, user + system) to stderr as it exits, figures its
// parent cannot read.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const usage = process.resourceUsage()
  writeSync(2, `bench-process-usage ${usage.maxRSS} ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`)
})
