// Renders the job summary's Call routing table the way GitHub shows it, from a real run: the built Action
// snapshots an emulated org (with its planted routing defects) at a pinned moment, Christmas Eve afternoon in
// New York, so the holiday schedule answers the main line. Writes docs/call-routing-summary.{md,html,png}.
// Usage: node --import tsx scripts/render-call-routing.ts   (needs npm run build; the PNG needs chromium)
import { startEmulator } from '../emulator/index.js'
import { createRepoWithRemote } from './support/repo.js'
import { renderMarkdownPage } from './support/render-page.js'
import { runAction } from './support/runner.js'

const emulator = await startEmulator({ flows: 12, seed: 7 })
const repo = createRepoWithRemote('gfs-render-')
try {
  const inputs = { 'client-id': emulator.clientId, 'client-secret': emulator.clientSecret, 'api-url': emulator.apiUrl, 'flow-types': 'inboundcall', 'fail-on': 'never' }
  // GENESYS_FLOW_SNAPSHOT_NOW pins the run's clock (for tests and this picture only).
  const runner = { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env: { GENESYS_FLOW_SNAPSHOT_NOW: '2026-12-24T20:00:00Z' } }
  const run = await runAction(inputs, runner)
  if (run.exitCode !== 0) throw new Error(`The run failed:\n${run.stdout}`)
  await renderMarkdownPage(section(run.summary, '### Call routing'), {
    name: 'call-routing-summary',
    title: 'Genesys flow snapshot: Call routing in the job summary',
    header: 'Job summary · <strong>snapshot</strong> · genesys-flow-snapshot',
  })
} finally {
  await emulator.close()
  repo.cleanup()
}

function section(summary: string, heading: string): string {
  const start = summary.indexOf(heading)
  if (start < 0) throw new Error(`No "${heading}" in the summary.`)
  const next = summary.indexOf('\n### ', start + 1)
  return summary.slice(start, next < 0 ? undefined : next + 1)
}
