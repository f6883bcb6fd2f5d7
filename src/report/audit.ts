// The audit record of one run (contract: "Audit log and webhook") and the webhook body that carries it.
//
// Order: the webhook body carries the audit record, and the audit record carries the webhook result.
// So the record is built first with `webhook.state: 'sending'` and the delivery id; that is what the
// receiver gets. After the delivery, the same record with the final delivery result is appended to the
// audit log. The log therefore always says whether the receiver got it, and the receiver can match its
// copy to the log line by `deliveryId`.
import type { Rule, RunResult } from '../model.js'
import { countByRule, latencyMs } from './counts.js'
import { reportedRunChanges, type ReportedChange } from './changes.js'
import type { ReportedRoutingChange } from './routing.js'

export type AuditWebhook =
  | { readonly deliveryId: string; readonly state: 'sending' }
  | {
      readonly deliveryId: string
      readonly state: 'delivered' | 'failed'
      readonly attempts: number
      /** Last HTTP status received, when any. */
      readonly status?: number
      readonly error?: string
    }

export interface AuditRecord {
  readonly timestamp: string
  readonly repository: string
  readonly runId: string
  /** Flows this run handled: exported, validated or failed. */
  readonly flowCount: number
  readonly failedCount: number
  readonly latencyMs: number
  readonly integrityRate: number
  readonly status: RunResult['status']
  readonly findingCounts: Record<Rule, number>
  /** Empty when no commit was made. */
  readonly commitSha: string
  /** Null when no webhook is configured. */
  readonly webhook: AuditWebhook | null
  readonly requests: number
  readonly retries: number
  readonly throttled: number
}

export interface AuditContext {
  readonly repository: string
  readonly runId: string
  readonly webhook: AuditWebhook | null
}

export function buildAuditRecord(result: RunResult, ctx: AuditContext): AuditRecord {
  return {
    timestamp: result.finishedAt,
    repository: ctx.repository,
    runId: ctx.runId,
    flowCount: result.flows.length,
    failedCount: result.flows.filter((flow) => flow.status === 'failed').length,
    latencyMs: latencyMs(result.startedAt, result.finishedAt),
    integrityRate: result.validation.integrityRate,
    status: result.status,
    findingCounts: countByRule(result.validation.findings),
    commitSha: result.git?.commitSha ?? '',
    webhook: ctx.webhook,
    requests: result.stats.requests,
    retries: result.stats.retries,
    throttled: result.stats.throttled,
  }
}

export const WEBHOOK_EVENT = 'flow_export_completed'

export interface WebhookBody {
  readonly event: typeof WEBHOOK_EVENT
  readonly audit: AuditRecord
  readonly repository: string
  readonly commitSha: string
  readonly changedFiles: string[]
  /** Per flow that differs: id, name, versions, counts by kind and the first changes; then each routing object that changed. */
  readonly changes: (ReportedChange | ReportedRoutingChange)[]
}

export function buildWebhookBody(result: RunResult, audit: AuditRecord): WebhookBody {
  return {
    event: WEBHOOK_EVENT,
    audit,
    repository: audit.repository,
    commitSha: result.git?.commitSha ?? '',
    changedFiles: [...(result.git?.filesChanged ?? [])],
    changes: reportedRunChanges(result.changes),
  }
}
