// The end-to-end tests run dist/index.js, as a runner does. When a source file is newer than the bundle,
// rebuild it first, so `npm test` never passes on a stale bundle (CI separately checks dist/ is committed).
// They run it on GitHub's Node too: fetch that binary for this machine once, before any test asks for it.
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fetchActionNode } from '../scripts/support/action-nodes.js'
import { ACTION_ENTRY, REPO_ROOT } from '../scripts/support/runner.js'

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

export default function setup(): void {
  const notFetched = fetchActionNode()
  // The tests on that Node fail with the way to get it; the others still run.
  if (notFetched !== null) console.error(notFetched)
  let bundled = 0
  try {
    bundled = statSync(ACTION_ENTRY).mtimeMs
  } catch {
    // No bundle yet: build it.
  }
  const sources = Math.max(newestMtime(join(REPO_ROOT, 'src')), statSync(join(REPO_ROOT, 'package-lock.json')).mtimeMs)
  if (sources > bundled) {
    console.log('dist/index.js is older than src/: running npm run build before the end-to-end tests.')
    execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' })
  }
}
