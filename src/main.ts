import * as core from '@actions/core'
import type { GitResult, RequestStats, RunChanges, RunResult, ValidationResult } from './model.js'
import { readSettings } from './settings/read-settings.js'
import type { Settings } from './settings/types.js'
import { createGenesysClient, type GenesysClient } from './genesys/client.js'
import { runFirstRunCheck } from './check/run-check.js'
import { publishCheck } from './check/publish-check.js'
import { exportFlows } from './export/export.js'
import { validateAlone, validateFlows } from './flows/validate.js'
import { readManifest } from './snapshot/manifest.js'
import { resolveOutputDir } from './snapshot/safe-path.js'
import { planSnapshot } from './snapshot/plan.js'
import { applySnapshot } from './snapshot/write.js'
import { readFlowFiles } from './snapshot/read.js'
import { createGit } from './git/git.js'
import { commitSnapshot } from './git/commit.js'
import { publishReport, reportContextFromEnv, reportFailureMessage } from './report/publish.js'
import { failureMessage } from './report/failure.js'
import { errorMessage } from './errors.js'
import { addSecret, redact } from './redact.js'
import { collectExported, flowFileOf, outcomesOf, statusOf, type Collected } from './run/collect.js'
import { beginResourceCheckOf, resourceNoticeOf, VALIDATE_MODE_RESOURCES } from './run/resources.js'
import { createEarlyReview, reviewPullRequest, reviewSnapshot } from './run/review.js'
import { commitBody, pullRequestReview, runUrl } from './report/changes.js'
import { createFlowPipeline } from './run/pipeline.js'
import { createEarlyStaging } from './snapshot/early-stage.js'

const NO_REQUESTS: RequestStats = { requests: 0, retries: 0, throttled: 0, bytes: 0 }

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
    core.setFailed(errorMessage(error))
    return undefined
  }
  core.debug(describeSettings(settings))
  if (settings.mode === 'check') {
    await core.group('First-run check', () => firstRunCheck(settings, env))
    return undefined
  }

  let collected: Collected = { files: [], exported: [], failed: [], skipped: [], knownFlows: new Map(), stats: NO_REQUESTS }
  let validation: ValidationResult = { findings: [], calls: [], references: { checked: 0, valid: 0 }, integrityRate: 1 }
  let git: GitResult | null = null
  let fatalError: string | undefined
  let written = false
  try {
    collected = settings.mode === 'validate'
      ? await core.group('Read the flow files in the repository', () => collectFromRepository(settings, env))
      : await core.group('Export flows from Genesys Cloud', () => collectFromGenesys(settings))
    validation = await core.group('Validate flows', async () => validate(collected, settings))
    if (collected.plan) {
      const plan = collected.plan
      await core.group('Write the flow files', () => applySnapshot(settings.workspace, settings.outputDir, plan, collected.staging?.staged))
      written = true
    }
    if (settings.mode === 'snapshot') {
      const { exported, changes } = collected
      git = await core.group('Commit the snapshot', () => commit(settings, exported.length, changes, env))
    }
  } catch (error) {
    fatalError = redact(errorMessage(error))
  }
  if (!written) await collected.staging?.discardAll()

  const result: RunResult = {
    mode: settings.mode,
    status: statusOf(collected, fatalError),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    flows: outcomesOf(collected, settings, written),
    validation,
    stats: collected.stats,
    git,
    ...(collected.resources === undefined ? {} : { resources: collected.resources }),
    ...(await changesOf(collected)),
    ...(fatalError === undefined ? {} : { fatalError }),
    ...(collected.exportService === undefined ? {} : { exportService: { summary: collected.exportService.summary, messages: collected.exportService.messages.map(redact) } }),
  }
  const report = await core.group('Report', () => publishReport(result, settings, reportContextFromEnv(env)))
  const failure = failureMessage(result, settings.failOn)
  if (failure) core.setFailed(failure)
  const reportFailure = reportFailureMessage(report.problems)
  if (reportFailure) core.setFailed(redact(reportFailure))
  return result
}

async function collectFromGenesys(settings: Settings): Promise<Collected> {
  // The previous snapshot is read first: an output-dir that cannot be used stops the run before any request.
  await resolveOutputDir(settings.workspace, settings.outputDir, false)
  const previous = await readManifest(settings.outputPath)
  const client = genesysClient(settings)
  // As each job's download arrives, while later jobs still run, its flows' files are prepared and staged,
  // checked by the rules that read one flow alone, and reviewed against the previous snapshot.
  const staging = createEarlyStaging(settings.workspace, settings.outputDir)
  const earlyReview = createEarlyReview(settings.outputPath, previous)
  const pipeline = createFlowPipeline({
    stage: staging.stage,
    validate: (flow, file) => validateAlone(flowFileOf(flow, settings.outputDir, file.path, file.content), settings.maxExportBytes),
    review: earlyReview.add,
  })
  const resourceCheck = beginResourceCheckOf(client, settings)
  try {
    const exported = await exportFlows(client, settings.selection, {
      maxExportBytes: settings.maxExportBytes,
      concurrency: settings.genesys!.concurrency,
      log: core.info,
      onExported: pipeline.add,
    })
    const plan = planSnapshot({
      exported: exported.exported,
      previous,
      scope: exported.scope,
      failedIds: new Set(exported.failed.map((failed) => failed.ref.id)),
      prepared: await pipeline.drained(),
    })
    const resources = await resourceCheck.finish(exported.exported.map((flow) => flow.ref))
    const notice = resourceNoticeOf(resources)
    if (notice !== '') core.notice(notice, { title: 'genesys-flow-snapshot: resource check' })
    // Before the new files are written: the previous ones are what the review compares with.
    const { changes } = await reviewSnapshot(settings.outputPath, previous, plan, exported.exported, core.warning, earlyReview)
    // The stats are read again: the resource check's requests count too.
    return { ...collectExported(exported, plan, settings.outputDir), stats: { ...client.stats }, resources, changes, staging, alone: pipeline.alone }
  } catch (error) {
    await pipeline.drained().catch(() => undefined)
    await staging.discardAll()
    throw error
  }
}

function genesysClient(settings: Settings): GenesysClient {
  return createGenesysClient(settings.genesys!, { log: core.info, debug: core.debug, onToken: maskSecret })
}

/** mode: check: every check that can run, one table, nothing written. */
async function firstRunCheck(settings: Settings, env: NodeJS.ProcessEnv): Promise<void> {
  const lines = await runFirstRunCheck(settings, genesysClient(settings), env)
  const { failure } = await publishCheck(lines, core.info)
  if (failure) core.setFailed(failure)
}

async function collectFromRepository(settings: Settings, env: NodeJS.ProcessEnv): Promise<Collected> {
  const { flows } = await readFlowFiles(settings.workspace, settings.outputDir)
  core.info(`Read ${flows.length} flow files under ${settings.outputDir}.`)
  const changes = reviewPullRequest(settings.workspace, settings.outputDir, flows, env, core.warning)
  return {
    files: flows,
    exported: [],
    failed: [],
    skipped: [],
    knownFlows: new Map(),
    stats: NO_REQUESTS,
    resources: VALIDATE_MODE_RESOURCES,
    changes,
  }
}

function validate(collected: Collected, settings: Settings): ValidationResult {
  return validateFlows({
    flows: collected.files,
    knownFlows: collected.knownFlows,
    maxExportBytes: settings.maxExportBytes,
    severities: settings.ruleSeverity,
    resourceProblems: collected.resources?.problems,
    ...(collected.alone ? { alone: collected.alone } : {}),
  })
}

async function commit(settings: Settings, exportedCount: number, changes: Promise<RunChanges | undefined> | undefined, env: NodeJS.ProcessEnv): Promise<GitResult> {
  const git = await createGit(settings.workspace)
  const summaryUrl = runUrl(reportContextFromEnv(env))
  const review = changes?.then((done) => ({ body: commitBody(done), pullRequest: (maxChars: number) => pullRequestReview(done, maxChars, summaryUrl) }))
  return commitSnapshot(git, { ...settings.git, outputDir: settings.outputDir, exported: exportedCount, ...(review ? { review } : {}) })
}

/** The review, once done (it ran while the files were written and staged). */
async function changesOf(collected: Collected): Promise<{ changes?: RunChanges }> {
  const changes = await collected.changes
  return changes === undefined ? {} : { changes }
}

function describeSettings(settings: Settings): string {
  const { genesys, selection } = settings
  return [
    `mode=${settings.mode}`,
    genesys ? `api=${genesys.apiUrl} login=${genesys.loginUrl} concurrency=${genesys.concurrency}` : 'no Genesys access',
    `flow-ids=${selection.flowIds.length} flow-types=${selection.flowTypes.join(',') || '-'} flow-names=${selection.flowNames.length}`,
    `include-dependencies=${selection.includeDependencies} output-dir=${settings.outputDir} fail-on=${settings.failOn}`,
    `push=${settings.git.push} pull-request=${settings.git.pullRequest} sign-commits=${settings.git.signCommits} webhook=${settings.webhook ? 'yes' : 'no'} check-resources=${settings.checkResources}`,
  ].join('; ')
}

/** Masked in the log by the runner, and cut from the files the run writes (the runner masks only the log). */
function maskSecret(secret: string): void {
  core.setSecret(secret)
  addSecret(secret)
}
