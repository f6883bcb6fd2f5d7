// Renders "What changed" the way GitHub shows it, from a real run: the built Action snapshots an emulated
// org, new versions of three flows are published in the emulator (one edited in four ways, one renamed, one
// only rearranged), and a second run delivers the snapshot as a pull request (to the local GitHub stand-in
// of the tests). Writes into docs/:
//   what-changed-summary.{md,html,png}       the job summary's headline and What changed section
//   what-changed-pull-request.{md,html,png}  the pull request body
// Usage: node --import tsx scripts/render-what-changed.ts [--chromium <path>]   (needs npm run build)
import { startEmulator } from '../emulator/index.js'
import { startFakeGitHub } from '../__tests__/git/fake-github.js'
import { createRepoWithRemote } from './support/repo.js'
import { renderMarkdownPage } from './support/render-page.js'
import { runAction } from './support/runner.js'

const emulator = await startEmulator({ flows: 12, seed: 21, plant: false })
const repo = createRepoWithRemote('gfs-render-')
const github = await startFakeGitHub(repo.remote)
try {
  const inputs = { 'client-id': emulator.clientId, 'client-secret': emulator.clientSecret, 'api-url': emulator.apiUrl, 'flow-types': 'inboundcall', 'fail-on': 'never' }
  const runner = { workspace: repo.workspace, runnerTemp: repo.runnerTemp, env: { GITHUB_REPOSITORY: 'owner/repo', GITHUB_API_URL: github.url } }
  await runAction(inputs, runner)
  const [edited, renamed, moved] = emulator.org.flows.filter((flow) => flow.type === 'inboundcall')
  emulator.publishFlowVersion(edited!.id, [
    { kind: 'add-action', name: 'Holiday notice', sentence: 'We are closed on public holidays.' },
    { kind: 'rewire-decision' },
    { kind: 'swap-queue' },
    { kind: 'change-prompt', action: 'Welcome', sentence: 'Welcome to Contoso, how can we help?' },
  ])
  emulator.publishFlowVersion(renamed!.id, { kind: 'rename', name: 'Front Desk Line' })
  emulator.publishFlowVersion(moved!.id, { kind: 'layout-only' })
  const second = await runAction({ ...inputs, 'pull-request': 'true', 'github-token': 'docs' }, runner)
  if (second.exitCode !== 0 || github.pulls.length !== 1) throw new Error(`The second run did not open a pull request:\n${second.stdout}`)

  await renderMarkdownPage(headlineAndWhatChanged(second.summary), {
    name: 'what-changed-summary',
    title: 'Genesys flow snapshot: What changed in the job summary',
    header: 'Job summary · <strong>snapshot</strong> · genesys-flow-snapshot',
  })
  const pull = github.pulls[0]!
  await renderMarkdownPage(`## ${pull.title}\n\n${pull.body}\n`, {
    name: 'what-changed-pull-request',
    title: 'Genesys flow snapshot: the pull request body',
    header: `Pull request #${pull.number} · <strong>${pull.head}</strong> → ${pull.base}`,
  })
} finally {
  await emulator.close()
  await github.close()
  repo.cleanup()
}

/** The summary's headline, then its What changed section (the totals, findings and call graph are in summary-example). */
function headlineAndWhatChanged(summary: string): string {
  const headline = summary.slice(0, summary.indexOf('### '))
  const start = summary.indexOf('### What changed')
  const next = summary.indexOf('\n### ', start + 1)
  return `${headline}${summary.slice(start, next < 0 ? undefined : next + 1)}`
}
