// Flows the export cannot or need not take, named with the reason instead of failing the run. What the
// service does with a locked or a secure flow is unconfirmed (docs/genesys-api.md marks neither), so those are
// exported like any other and only named as skipped when their own job is refused.
import type { FailedFlow, FlowRef } from '../model.js'

export const NEVER_PUBLISHED = 'never published: nothing to snapshot (publish it in Architect to include it)'

/** Splits off the flows with nothing to export: those never published (only saved or checked in). */
export function exportableNow(flows: readonly FlowRef[]): { exportable: FlowRef[]; unexportable: FailedFlow[] } {
  const exportable: FlowRef[] = []
  const unexportable: FailedFlow[] = []
  for (const ref of flows) {
    if (ref.hold?.unpublished) unexportable.push({ ref, reason: NEVER_PUBLISHED })
    else exportable.push(ref)
  }
  return { exportable, unexportable }
}

/** Why a flow whose own job failed is skipped rather than failed, when its Flow entity explains it. */
export function skipReasonAfterFailure(ref: FlowRef): string | undefined {
  if (ref.hold?.lockedBy) return `locked in Architect by ${ref.hold.lockedBy}: its export was refused; it is snapshotted once it is unlocked`
  if (ref.hold?.secure) return 'a secure flow: Genesys Cloud refused its export'
  return undefined
}
