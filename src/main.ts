import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import * as core from '@actions/core'
import type { GitResult, RequestStats, RunResult, ValidationResult } from './model.js'
import { readSettings } from './settings/read-settings.js'
import type { Settings } from './settings/types.js'
import { createGenesysClient, type GenesysClient } from './genesys/client.js'
import { publishCheck, runFirstRunCheck } from './first-run-check/run-check.js'
import { exportFlows } from './export/export.js'
import { validateFlows } from './flows/validate.js'
import { readManifest } from './snapshot/manifest.js'
import { resolveOutputDir } from './snapshot/safe-path.js'
import { planSnapshot } from './snapshot/plan.js'
import { applySnapshot } from './snapshot/write.js'
import { readFlowFiles } from './snapshot/read.js'
import { createGit } from './git/git.js'
import { commitSnapshot } from './git/commit.js'
import { publishReport, reportContextFromEnv, reportFailureMessage, type PublishSettings } from './report/publish.js'
import { failureMessage } from './report/failure.js'
import { errorMessage } from './errors.js'
import { excerpt } from './text/excerpt.js'
import { addSecret, redact } from './text/redact.js'
import { exportedFlowsInHand, outcomesOf, statusOf, type FlowsInHand } from './run-steps/flows-in-hand.js'
import { beginResourceCheckOf, VALIDATE_MODE_RESOURCES } from './run-steps/resource-check.js'
import { createEarlyReview, openBaseBranch, reviewPullRequest, reviewSnapshot } from './run-steps/change-review.js'
import { commitBody, pullRequestReview, runUrl } from './report/changes.js'
import { beginRoutingOf, routingInHand, routingNow, validateCommittedRouting, withRoutingFindings } from './run-steps/routing.js'

const NO_REQUESTS: RequestStats = { requests: 0, retries: 0, throttled: 0, bytes: 0 }
const NO_VALIDATION: ValidationResult = { findings: [], calls: [], references: { checked: 0, valid: 0 }, integrityRate: 1 }
const NOTHING_IN_HAND: FlowsInHand = {
  files: [],
  exported: [],
  failed: [],
  skipped: [],
  knownFlows: new Map(),
  stats: NO_REQUESTS,
}

/**
 * One run of the Action, as its table of contents: read the inputs, collect the flows (from Genesys Cloud,
 * or from the repository in mode validate), validate them, write and commit the snapshot, report.
 * Every failure ends in one message a person can act on; the report is written whatever happened.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<RunResult | undefined> {
  const startedAt = new Date()
  let settings: Settings
  try {
    settings = readSettings(env, maskSecret)
  } catch (error) {
    await reportBadInput(redact(errorMessage(error)), startedAt, env)
    return undefined
  }
  core.debug(describeSettings(settings))
  if (settings.mode === 'check') {
    await core.group('First-run check', () => firstRunCheck(settings, env))
    return undefined
  }

  let inHand = NOTHING_IN_HAND
  let validation = NO_VALIDATION
  let git: GitResult | null = null
  let fatalError: string | undefined
  let written = false
  try {
    inHand = settings.mode === 'validate'
      ? await core.group('Read the flow files in the repository', () => collectFromRepository(settings, env))
      : await core.group('Export flows from Genesys Cloud', () => collectFromGenesys(settings, env))
    validation = await core.group('Validate flows', async () => validate(inHand, settings))
    if (inHand.plan) {
      const plan = inHand.plan
      await core.group('Write the flow files', () => applySnapshot(settings.workspace, settings.outputDir, plan))
      written = true
    }
    if (settings.mode === 'snapshot') git = await core.group('Commit the snapshot', () => commit(settings, inHand, env))
  } catch (error) {
    fatalError = redact(errorMessage(error))
  }
  // The review, once done (it ran while the files were written and staged).
  const changes = await inHand.changes
  const result = runResult(settings.mode, startedAt, inHand, { validation, git, written, changes, fatalError })
  await core.group('Report', () => report(result, settings, env))
  return result
}

/** Writes the report, then fails the step when the run (by fail-on) or the report itself failed. */
async function report(result: RunResult, settings: PublishSettings, env: NodeJS.ProcessEnv): Promise<void> {
  const published = await publishReport(result, settings, reportContextFromEnv(env))
  const failure = failureMessage(result, settings.failOn)
  if (failure) core.setFailed(failure)
  const reportFailure = reportFailureMessage(published.problems)
  if (reportFailure) core.setFailed(redact(reportFailure))
}

/**
 * A run stopped by an input it cannot use still leaves what a later step or a reader looks for: the outputs
 * (`status: failed`), the summary saying why, and report.json, written where the runner's settings put them.
 */
async function reportBadInput(message: string, startedAt: Date, env: NodeJS.ProcessEnv): Promise<void> {
  const mode = env.INPUT_MODE?.trim()
  // mode: check writes no file, not even on a bad input: its table in the log is its whole report.
  if (mode === 'check') {
    core.setFailed(message)
    return
  }
  const ended = { validation: NO_VALIDATION, git: null, written: false, fatalError: message }
  const result = runResult(mode === 'export' || mode === 'validate' ? mode : 'snapshot', startedAt, NOTHING_IN_HAND, ended)
  const runnerTemp = resolve(env.RUNNER_TEMP?.trim() || tmpdir())
  await report(result, { runnerTemp, failOn: 'error', webhook: null }, env)
}

/**
 * What the report is written from, bad input or not: the flows in hand and how far the run got.
 * `written`: the flow files reached the disk; when they did not, no flow counts as exported.
 */
function runResult(
  mode: RunResult['mode'],
  startedAt: Date,
  inHand: FlowsInHand,
  { written, ...ended }: Pick<RunResult, 'validation' | 'git' | 'changes' | 'fatalError'> & { readonly written: boolean },
): RunResult {
  const service = inHand.exportService
  return {
    mode,
    status: statusOf(inHand, ended.fatalError),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    flows: outcomesOf(inHand, mode, written),
    ...ended,
    stats: inHand.stats,
    resources: inHand.resources,
    routing: inHand.routing,
    warnings: inHand.warnings,
    exportService: service && { summary: service.summary, messages: service.messages.map((message) => redact(message)) },
  }
}

async function collectFromGenesys(settings: Settings, env: NodeJS.ProcessEnv): Promise<FlowsInHand> {
  // The previous snapshot is read first: an output-dir that cannot be used stops the run before any request.
  await resolveOutputDir(settings.workspace, settings.outputDir, false)
  const previous = await readManifest(settings.outputPath)
  const client = genesysClient(settings)
  const resourceCheck = beginResourceCheckOf(client, settings)
  const routingStep = beginRoutingOf(client, settings, routingNow(env))
  const earlyReview = createEarlyReview(settings.outputPath, previous, settings.maxExportBytes)
  const exported = await exportFlows(client, settings.selection, {
    maxExportBytes: settings.maxExportBytes,
    concurrency: settings.genesys!.concurrency,
    log: core.info,
    onExported: earlyReview.add,
  })
  const flowPlan = planSnapshot({
    exported: exported.exported,
    previous,
    scope: exported.scope,
    failedIds: new Set(exported.failed.map((failed) => failed.ref.id)),
    prepared: await earlyReview.prepared(),
  })
  const routed = await routingStep.finish(previous, flowPlan, core)
  const plan = routed?.plan ?? flowPlan
  const resources = await resourceCheck.finish(exported.exported.map((flow) => flow.ref))
  // A skipped check or incomplete data is also a notice; a switched-off check is not.
  const notice = resources.outcome === 'off' ? '' : resources.note
  if (notice !== '') core.notice(notice, { title: 'genesys-flow-snapshot: resource check' })
  // Before the new files are written: the previous ones are what the review compares with.
  const changes = reviewSnapshot(settings.outputPath, previous, plan, exported.exported, core.warning, earlyReview, settings.maxExportBytes)
  // The stats are read again: the resource check's and the routing's requests count too.
  return {
    ...exportedFlowsInHand(exported, plan, settings.outputDir),
    stats: { ...client.stats },
    resources,
    ...routingInHand(changes, routed),
  }
}

function genesysClient(settings: Settings): GenesysClient {
  return createGenesysClient(settings.genesys!, { log: core.info, debug: core.debug, onToken: maskSecret })
}

/** mode: check: every check that can run, one table, nothing written. */
async function firstRunCheck(settings: Settings, env: NodeJS.ProcessEnv): Promise<void> {
  const lines = await runFirstRunCheck(settings, genesysClient(settings), env)
  const { failure } = await publishCheck(lines)
  if (failure) core.setFailed(failure)
}

async function collectFromRepository(settings: Settings, env: NodeJS.ProcessEnv): Promise<FlowsInHand> {
  const { flows, manifest, emptyFolder, linksNotFollowed } = await readFlowFiles(settings.workspace, settings.outputDir, { maxExportBytes: settings.maxExportBytes })
  core.info(`Read ${flows.length} flow files under ${settings.outputDir}.`)
  const base = await openBaseBranch(settings.workspace, settings.outputDir, env, core.warning)
  const changes = reviewPullRequest(base, settings.outputDir, flows, manifest, core.warning, settings.maxExportBytes)
  const routed = await validateCommittedRouting(settings, flows, manifest, routingNow(env), base, core.warning)
  return {
    ...NOTHING_IN_HAND,
    files: flows,
    resources: VALIDATE_MODE_RESOURCES,
    warnings: [emptyFolder, linksNotFollowed].filter((warning) => warning !== undefined),
    ...routingInHand(changes, routed),
  }
}

function validate(inHand: FlowsInHand, settings: Settings): ValidationResult {
  const validation = validateFlows({
    flows: inHand.files,
    knownFlows: inHand.knownFlows,
    maxExportBytes: settings.maxExportBytes,
    severities: settings.ruleSeverity,
    resourceProblems: inHand.resources?.problems,
  })
  return withRoutingFindings(validation, inHand.routingFindings)
}

async function commit(settings: Settings, inHand: FlowsInHand, env: NodeJS.ProcessEnv): Promise<GitResult> {
  const git = await createGit(settings.workspace)
  const summaryUrl = runUrl(reportContextFromEnv(env))
  const review = inHand.changes?.then((done) => ({ body: commitBody(done), pullRequest: (maxChars: number) => pullRequestReview(done, maxChars, summaryUrl) }))
  return commitSnapshot(git, { ...settings.git, outputDir: settings.outputDir, exported: inHand.exported.length, ...(review ? { review } : {}) })
}

function describeSettings(settings: Settings): string {
  const { genesys, selection } = settings
  return [
    `mode=${settings.mode}`,
    genesys ? `api=${genesys.apiUrl} login=${genesys.loginUrl} concurrency=${genesys.concurrency}` : 'no Genesys access',
    `flow-ids=${selection.flowIds.length} flow-types=${selection.flowTypes.join(',') || '-'} flow-names=${selection.flowNames.length}`,
    `include-dependencies=${selection.includeDependencies} output-dir=${excerpt(settings.outputDir, 200)} fail-on=${settings.failOn}`,
    `push=${settings.git.push} pull-request=${settings.git.pullRequest} sign-commits=${settings.git.signCommits} webhook=${settings.webhook ? 'yes' : 'no'} check-resources=${settings.checkResources} routing=${settings.routing}`,
  ].join('; ')
}

/** Masked in the log by the runner, and cut from the files the run writes (the runner masks only the log). */
function maskSecret(secret: string): void {
  core.setSecret(secret)
  addSecret(secret)
}
