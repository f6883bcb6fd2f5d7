// The audit record of one run (contract: "Audit log and webhook") and the webhook body that carries it.
//
// Order: the webhook body carries the audit record, and the audit record carries the webhook result.
// So the record is built first with `webhook.state: 'sending'` and the delivery id; that is what the
// receiver gets. After the delivery, the same record with the final delivery result is appended to the
// audit log. The log therefore always says whether the receiver got it, and the receiver can match its
// copy to the log line by `deliveryId`.
import type { RunResult } from '../model.js'
import { countByRule, latencyMs } from './counts.js'
import { reportedRunChanges } from './changes.js'
import type { WebhookResult } from './webhook.js'

/** What the record says of the webhook: `sending` in the body itself, then the delivery's result in the log. */
export type AuditWebhook =
  | { readonly deliveryId: string; readonly state: 'sending' }
  | (Omit<WebhookResult, 'delivered'> & { readonly state: 'delivered' | 'failed' })

export type AuditRecord = ReturnType<typeof buildAuditRecord>

/** `ctx.webhook`: null when none is configured. */
export function buildAuditRecord(result: RunResult, ctx: { repository: string; runId: string; webhook: AuditWebhook | null }) {
  return {
    timestamp: result.finishedAt,
    repository: ctx.repository,
    runId: ctx.runId,
    // Flows this run handled: exported, validated or failed.
    flowCount: result.flows.length,
    failedCount: result.flows.filter((flow) => flow.status === 'failed').length,
    latencyMs: latencyMs(result.startedAt, result.finishedAt),
    integrityRate: result.validation.integrityRate,
    status: result.status,
    findingCounts: countByRule(result.validation.findings),
    commitSha: result.git?.commitSha ?? '', // empty when no commit was made
    webhook: ctx.webhook,
    requests: result.stats.requests,
    retries: result.stats.retries,
    throttled: result.stats.throttled,
  }
}

export const WEBHOOK_EVENT = 'flow_export_completed'

/** `changes`: per flow that differs, its id, name, versions, counts by kind and first changes; then routing's. */
export function buildWebhookBody(result: RunResult, audit: AuditRecord) {
  return {
    event: WEBHOOK_EVENT,
    audit,
    repository: audit.repository,
    commitSha: result.git?.commitSha ?? '',
    changedFiles: [...(result.git?.filesChanged ?? [])],
    changes: reportedRunChanges(result.changes),
  }
}
