// npm run demo: the whole job against the bundled Genesys Cloud emulator, as a nightly workflow would run it.
// It starts the emulator, makes a throw-away repository with a bare remote, runs `node dist/index.js` exactly
// as a runner does, shows what a user would see, then runs it again to show that nothing changed; then a
// person publishes a new version of a flow and switches an emergency group on, and a third run says what changed,
// in words. Each run also shows where each of the org's numbers goes (the job summary's Call routing table).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { startEmulator } from '../emulator/index.js'
import { createRepoWithRemote } from './support/repo.js'
import { ACTION_ENTRY, REPO_ROOT, runAction, type ActionRun } from './support/runner.js'

const bold = (s: string) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[22m` : s)

async function main(): Promise<number> {
  if (!existsSync(ACTION_ENTRY)) {
    console.log('dist/index.js is missing; building it first (npm run build).')
    execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
  }
  const emulator = await startEmulator({ flows: 12, seed: 7 })
  const repo = createRepoWithRemote('gfs-demo-')
  console.log(bold('Genesys Cloud emulator'), `${emulator.apiUrl} (org of ${emulator.org.flows.length} flows)`)
  console.log(bold('Repository'), `${repo.workspace} (remote ${repo.remote})\n`)
  try {
    const inputs = {
      'client-id': emulator.clientId,
      'client-secret': emulator.clientSecret,
      'api-url': emulator.apiUrl,
      'flow-types': 'inboundcall',
      'include-dependencies': 'true',
      'output-dir': 'genesys-flows',
    }
    const runner = { workspace: repo.workspace, runnerTemp: repo.runnerTemp }

    console.log(bold('── Run 1: nightly snapshot ──'))
    const before = remoteHead(repo.remote)
    const first = await runAction(inputs, runner)
    show(first)
    const afterFirst = remoteHead(repo.remote)
    showCallRouting(first)
    console.log(bold('\nThe commit on the remote:'))
    console.log(execFileSync('git', ['--git-dir', repo.remote, 'log', '-1', '--stat', '--format=%h %s%n%an <%ae>', 'main'], { encoding: 'utf8' }))

    console.log(bold('── Run 2: the same org again ──'))
    const second = await runAction(inputs, runner)
    show(second)
    const afterSecond = remoteHead(repo.remote)

    console.log(bold('\n── Run 3: after a new version of a flow was published in Architect ──'))
    const flow = emulator.org.flows.find((candidate) => candidate.type === 'inboundcall' && !candidate.deleted)!
    const published = emulator.publishFlowVersion(flow.id, [
      { kind: 'add-action', name: 'Holiday notice', sentence: 'We are closed on public holidays.' },
      { kind: 'rewire-decision' },
      { kind: 'swap-queue' },
      { kind: 'change-prompt', sentence: 'Welcome to Contoso. Calls may be recorded.' },
    ])
    console.log(`  published "${flow.name}" ${published.previousVersion} → ${published.version}:`)
    for (const edit of published.edits) console.log(`    ${edit.detail}`)
    const storm = emulator.org.routing.emergencyGroups[0]
    if (storm) {
      emulator.editRouting({ kind: 'emergency', groupId: storm.id, enabled: true })
      console.log(`  and switched the emergency group "${storm.name}" on`)
    }
    const third = await runAction(inputs, runner)
    const afterThird = remoteHead(repo.remote)
    console.log(bold('\nThe commit message:'))
    console.log(execFileSync('git', ['--git-dir', repo.remote, 'log', '-1', '--format=%B', 'main'], { encoding: 'utf8' }).trim().replace(/^/gm, '  '))
    console.log(bold('\nWhat changed (from the job summary):'))
    console.log(whatChanged(third.summary).replace(/^/gm, '  '))
    showCallRouting(third)

    const pushedOnce = afterFirst !== before && first.outputs['commit-sha'] === afterFirst
    const quietSecond = afterSecond === afterFirst && second.outputs.changed === 'false' && second.outputs['commit-sha'] === ''
    const reviewedThird = afterThird !== afterSecond && third.outputs['flows-changed'] === '1'
    console.log(bold('\nResult'))
    console.log(`  run 1 pushed one commit: ${pushedOnce ? 'yes' : 'NO'} (${afterFirst.slice(0, 7)})`)
    console.log(`  run 2 pushed nothing:    ${quietSecond ? 'yes' : 'NO'} (${second.outputs.changed === 'false' ? 'no flow changed' : 'changed'})`)
    console.log(`  run 3 said what changed: ${reviewedThird ? 'yes' : 'NO'} (flows-changed ${third.outputs['flows-changed'] ?? '?'}, commit ${afterThird.slice(0, 7)})`)
    console.log(
      `  the step ${first.exitCode === 0 ? 'passed' : 'failed'}: ${first.outputs.errors ?? '?'} error and ${first.outputs.warnings ?? '?'} warning findings` +
        ' (the emulator plants broken references, a missing flow, a call cycle, flows using a deleted queue and data action, a call route to a flow not in the org and a schedule group naming a missing schedule on purpose; fail-on: error fails the step on them)',
    )
    const exportedEverything = [first, second, third].every((run) => run.outputs.status === 'success')
    if (!exportedEverything) console.log(`  status: ${first.outputs.status} / ${second.outputs.status} / ${third.outputs.status}: some flows were not exported`)
    return pushedOnce && quietSecond && reviewedThird && exportedEverything ? 0 : 1
  } finally {
    await emulator.close()
    repo.cleanup()
  }
}

const ROUTING_RULES = ['route-flow-missing', 'missing-schedule', 'schedule-ended', 'route-never-open', 'emergency-active']

/** Where each number goes (the summary's Call routing table, read from report.json) and the routing findings. */
function showCallRouting(run: ActionRun): void {
  const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
    routing: { number: string; route: string; now: { flow: string | null; reason: string }; openFlow: string | null; closedFlow: string | null; holidayFlow: string | null; timeZone: string | null }[]
    findings: { rule: string; severity: string; file: string; line: number; message: string }[]
  }
  console.log(bold('\n  Call routing (where each number goes now):'))
  for (const row of report.routing) {
    const flows = `open ${row.openFlow ?? '—'} · closed ${row.closedFlow ?? '—'} · holiday ${row.holidayFlow ?? '—'}`
    console.log(`    ${row.number.padEnd(14)} ${row.route.padEnd(13)} → ${(row.now.flow ?? '—').padEnd(24)} (${row.now.reason}${row.timeZone ? `, ${row.timeZone}` : ''})  ${flows}`)
  }
  const findings = report.findings.filter((finding) => ROUTING_RULES.includes(finding.rule))
  console.log(bold(`  Call routing findings (${findings.length}):`))
  for (const finding of findings) console.log(`    ${finding.severity.padEnd(7)} ${finding.file}:${finding.line}  [${finding.rule}] ${finding.message}`)
}

function remoteHead(remote: string): string {
  return execFileSync('git', ['--git-dir', remote, 'rev-parse', 'main'], { encoding: 'utf8' }).trim()
}

/** The job summary's *What changed* section, up to the next section. */
function whatChanged(summary: string): string {
  const start = summary.indexOf('### What changed')
  if (start < 0) return '(no What changed section)'
  const next = summary.indexOf('\n### ', start + 1)
  return summary.slice(start, next < 0 ? undefined : next).trim()
}

function show(run: ActionRun): void {
  const log = run.stdout
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('::'))
    .map((line) => `  │ ${line}`)
  console.log(log.join('\n'))
  console.log(bold(`  Annotations (${run.annotations.length}):`))
  for (const a of run.annotations.slice(0, 12)) {
    const where = a.properties.file ? `${a.properties.file}:${a.properties.line ?? 1}` : ''
    console.log(`    ${a.level.padEnd(7)} ${where}  [${a.properties.title ?? ''}] ${a.message.split('\n')[0]}`)
  }
  if (run.annotations.length > 12) console.log(`    … and ${run.annotations.length - 12} more`)
  console.log(bold('  Outputs:'))
  for (const [name, value] of Object.entries(run.outputs)) console.log(`    ${name.padEnd(20)} ${value}`)
  console.log(`  exit code ${run.exitCode}${run.stderr.trim() ? `; stderr: ${run.stderr.trim()}` : ''}`)
}

process.exitCode = await main()
