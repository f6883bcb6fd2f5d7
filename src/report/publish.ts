// The one place the report touches the outside: outputs, annotations, the JSON report, the webhook,
// the audit log line and the job summary, in that order. Outputs go first so later steps can read
// them even if a write below fails; the webhook goes before the audit line so the line records the
// delivery (see audit.ts). Nothing here throws: each part that cannot be written becomes a problem
// (what failed, where, what to do) and the parts after it are still attempted, because a report that
// could not be written must not hide the run's own result. The caller fails the step on problems
// (reportFailureMessage) and on findings (failureMessage). An undelivered webhook is only a warning.
import { randomUUID } from 'node:crypto'
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import type { RunResult } from '../model.js'
import type { Settings } from '../settings/types.js'
import { buildAnnotations } from './annotations.js'
import { buildAuditRecord, buildWebhookBody, type AuditWebhook } from './audit.js'
import { buildOutputs } from './outputs.js'
import { buildReport } from './report-json.js'
import { buildSummary } from './summary.js'
import { deliverWebhook, type WebhookResult } from './webhook.js'
import { RAISE_OPEN_FILES, errorMessage, isOutOfFileDescriptors } from '../errors.js'

export function reportContextFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    sha: env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    // Named in the message when they cannot be written.
    outputFile: env.GITHUB_OUTPUT || undefined,
    summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
  }
}

export type ReportContext = ReturnType<typeof reportContextFromEnv>

export type PublishSettings = Pick<Settings, 'runnerTemp' | 'failOn' | 'webhook'>

/** `problems`: each part of the report that could not be written, in a sentence; `webhook`: null when none is set. */
export async function publishReport(
  result: RunResult,
  settings: PublishSettings,
  ctx: ReportContext,
) {
  const reportDir = path.join(settings.runnerTemp, 'genesys-flow-snapshot')
  const reportPath = path.join(reportDir, 'report.json')
  const auditLogPath = path.join(reportDir, 'audit.jsonl')
  const problems: string[] = []
  const attempt = async (what: string, fix: string, work: () => unknown): Promise<void> => {
    try {
      await work()
    } catch (error) {
      problems.push(`Could not write ${what}: ${errorMessage(error).replace(/\.$/, '')}. ${isOutOfFileDescriptors(error) ? RAISE_OPEN_FILES : fix}`)
    }
  }
  const runnerTempFix = `RUNNER_TEMP (${settings.runnerTemp}) must be a writable folder: the runner sets it; check that no step or env: overrides it.`

  // The first output that cannot be written stops the others: they go to the same file.
  await attempt(`the step outputs to GITHUB_OUTPUT (${ctx.outputFile ?? 'not set'})`, runnerFileFix('GITHUB_OUTPUT'), () => {
    for (const [name, value] of Object.entries(buildOutputs(result, { reportPath, auditLogPath }))) core.setOutput(name, value)
  })

  await attempt('the annotations to the log', 'Check the runner\'s log output.', () => {
    for (const warning of result.warnings ?? []) core.warning(warning, { title: 'genesys-flow-snapshot' })
    for (const { severity, message, ...properties } of buildAnnotations(result.validation.findings)) {
      core[severity](message, properties)
    }
  })

  await attempt(`the JSON report to ${reportPath}`, runnerTempFix, async () => {
    await mkdir(reportDir, { recursive: true })
    await writeFile(reportPath, JSON.stringify(buildReport(result), null, 2) + '\n', 'utf8')
  })

  let webhook: WebhookResult | null = null
  if (settings.webhook) {
    try {
      // The body carries the audit record as it is while sending (audit.ts).
      const deliveryId = randomUUID()
      const audit = buildAuditRecord(result, { ...ctx, webhook: { deliveryId, state: 'sending' } })
      const body = JSON.stringify(buildWebhookBody(result, audit))
      webhook = await deliverWebhook({ ...settings.webhook, body, deliveryId })
      if (!webhook.delivered) {
        core.warning(`Webhook not delivered (delivery ${webhook.deliveryId}): ${webhook.error ?? 'unknown reason'}. The snapshot itself is not affected.`)
      }
    } catch (error) {
      core.warning(`Webhook not delivered: ${errorMessage(error)}. The snapshot itself is not affected.`)
    }
  }
  await attempt(`the audit record to ${auditLogPath}`, runnerTempFix, async () => {
    const audit = buildAuditRecord(result, { ...ctx, webhook: auditWebhook(webhook) })
    await mkdir(reportDir, { recursive: true })
    await appendFile(auditLogPath, JSON.stringify(audit) + '\n', 'utf8')
  })

  if (ctx.summaryFile === undefined) {
    core.warning('No job summary was written: GITHUB_STEP_SUMMARY is not set (a GitHub runner always sets it).')
  } else {
    await attempt(`the job summary to GITHUB_STEP_SUMMARY (${ctx.summaryFile})`, runnerFileFix('GITHUB_STEP_SUMMARY'), () =>
      core.summary.addRaw(buildSummary(result, { ...ctx, failOn: settings.failOn, webhook }), true).write(),
    )
  }
  return { reportPath, auditLogPath, webhook, problems }
}

/** The one message that fails the step when parts of the report could not be written; undefined when all were. */
export function reportFailureMessage(problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined
  if (problems.length === 1) return problems[0]
  return `${problems.length} parts of the report could not be written. ${problems.map((problem, n) => `(${n + 1}) ${problem}`).join(' ')}`
}

function runnerFileFix(variable: string): string {
  return `${variable} must name a writable file: the runner sets it; check that no step or env: overrides it.`
}

function auditWebhook(delivery: WebhookResult | null): AuditWebhook | null {
  if (!delivery) return null
  const { delivered, ...result } = delivery
  return { ...result, state: delivered ? 'delivered' : 'failed' }
}
