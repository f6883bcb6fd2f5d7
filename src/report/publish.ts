// The one place the report touches the outside: outputs, annotations, the JSON report, the webhook,
// the audit log line and the job summary, in that order. Outputs go first so later steps can read
// them even if a write below fails; the webhook goes before the audit line so the line records the
// delivery (see audit.ts). Nothing here throws for a reporting problem: it becomes a warning, because
// a report that could not be written must not hide the run's own result. The caller decides the
// step's fate with failureMessage().
import { randomUUID } from 'node:crypto'
import { appendFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import type { RunResult, Severity } from '../model.js'
import type { Settings } from '../settings/types.js'
import { buildAnnotations } from './annotations.js'
import { buildAuditRecord, buildWebhookBody, type AuditWebhook } from './audit.js'
import { buildOutputs } from './outputs.js'
import { buildReport } from './report-json.js'
import { buildSummary } from './summary.js'
import { deliverWebhook, type WebhookRequest, type WebhookResult } from './webhook.js'
import { errorMessage } from '../errors.js'

export interface ReportContext {
  /** `owner/name`. */
  readonly repository: string
  readonly serverUrl: string
  /** The checked-out commit. */
  readonly sha: string
  readonly runId: string
}

/** The context a runner provides, read from its environment variables. */
export function reportContextFromEnv(env: NodeJS.ProcessEnv = process.env): ReportContext {
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    sha: env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
  }
}

export interface PublishIo {
  annotate(severity: Severity, message: string, properties: core.AnnotationProperties): void
  warning(message: string): void
  setOutput(name: string, value: string): void
  writeSummary(markdown: string): Promise<void>
  ensureDir(dir: string): Promise<void>
  writeFile(file: string, text: string): Promise<void>
  appendFile(file: string, text: string): Promise<void>
  deliverWebhook(request: WebhookRequest): Promise<WebhookResult>
  newDeliveryId(): string
}

export const realIo: PublishIo = {
  annotate: (severity, message, properties) => core[severity](message, properties),
  warning: (message) => core.warning(message),
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write()
  },
  ensureDir: async (dir) => {
    await mkdir(dir, { recursive: true })
  },
  writeFile: (file, text) => writeFile(file, text, 'utf8'),
  appendFile: (file, text) => appendFile(file, text, 'utf8'),
  deliverWebhook: (request) => deliverWebhook(request),
  newDeliveryId: () => randomUUID(),
}

export interface PublishResult {
  readonly reportPath: string
  readonly auditLogPath: string
  /** Null when no webhook is configured. */
  readonly webhook: WebhookResult | null
}

export type PublishSettings = Pick<Settings, 'runnerTemp' | 'outputDir' | 'failOn' | 'webhook'>

export function reportPaths(runnerTemp: string): { reportPath: string; auditLogPath: string } {
  const dir = path.join(runnerTemp, 'genesys-flow-snapshot')
  return { reportPath: path.join(dir, 'report.json'), auditLogPath: path.join(dir, 'audit.jsonl') }
}

export async function publishReport(
  result: RunResult,
  settings: PublishSettings,
  ctx: ReportContext,
  io: PublishIo = realIo,
): Promise<PublishResult> {
  const { reportPath, auditLogPath } = reportPaths(settings.runnerTemp)
  for (const [name, value] of Object.entries(buildOutputs(result, { reportPath, auditLogPath }))) io.setOutput(name, value)

  for (const annotation of buildAnnotations(result.validation.findings).shown) {
    const { severity, message, ...properties } = annotation
    io.annotate(severity, message, properties)
  }

  await attempt(io, 'write the JSON report to ' + reportPath, async () => {
    await io.ensureDir(path.dirname(reportPath))
    await io.writeFile(reportPath, JSON.stringify(buildReport(result), null, 2) + '\n')
  })

  const webhook = settings.webhook ? await sendWebhook(result, settings.webhook, ctx, io) : null
  const audit = buildAuditRecord(result, { repository: ctx.repository, runId: ctx.runId, webhook: auditWebhook(webhook) })
  await attempt(io, 'append the audit record to ' + auditLogPath, async () => {
    await io.ensureDir(path.dirname(auditLogPath))
    await io.appendFile(auditLogPath, JSON.stringify(audit) + '\n')
  })

  const summary = buildSummary(result, {
    repository: ctx.repository,
    serverUrl: ctx.serverUrl,
    sha: ctx.sha,
    outputDir: settings.outputDir,
    failOn: settings.failOn,
    webhook,
  })
  await attempt(io, 'write the job summary (is GITHUB_STEP_SUMMARY set?)', () => io.writeSummary(summary))
  return { reportPath, auditLogPath, webhook }
}

async function sendWebhook(
  result: RunResult,
  webhook: NonNullable<Settings['webhook']>,
  ctx: ReportContext,
  io: PublishIo,
): Promise<WebhookResult> {
  const deliveryId = io.newDeliveryId()
  const audit = buildAuditRecord(result, {
    repository: ctx.repository,
    runId: ctx.runId,
    webhook: { deliveryId, state: 'sending' },
  })
  const body = JSON.stringify(buildWebhookBody(result, audit))
  const delivery = await io.deliverWebhook({ url: webhook.url, secret: webhook.secret, body, deliveryId })
  if (!delivery.delivered) {
    io.warning(`Webhook not delivered (delivery ${delivery.deliveryId}): ${delivery.error ?? 'unknown reason'}. The snapshot itself is not affected.`)
  }
  return delivery
}

function auditWebhook(delivery: WebhookResult | null): AuditWebhook | null {
  if (!delivery) return null
  return {
    deliveryId: delivery.deliveryId,
    state: delivery.delivered ? 'delivered' : 'failed',
    attempts: delivery.attempts,
    ...(delivery.status !== undefined ? { status: delivery.status } : {}),
    ...(delivery.error ? { error: delivery.error } : {}),
  }
}

async function attempt(io: PublishIo, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    io.warning(`Could not ${what}: ${errorMessage(error)}`)
  }
}
