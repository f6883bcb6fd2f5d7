// Loaded into the Action's own process by bench:validate (NODE_OPTIONS=--import): writes the process's
// peak resident set size to stderr as it exits, a figure its parent cannot read.
import { writeSync } from 'node:fs'

process.on('exit', () => writeSync(2, `bench-peak-rss-kib ${process.resourceUsage().maxRSS}\n`))
