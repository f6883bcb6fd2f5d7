// How many flows one export job may hold. The API states no limit (docs/genesys-api.md §4.2: unconfirmed), so
// jobs start at MAX_FLOWS_PER_JOB; a registration the service refuses for its size halves the limit, and
// the size that worked is kept for the rest of the run, so one refusal costs one request, not one a job.
import type { FlowRef } from '../model.js'
import { GenesysApiError } from '../genesys/errors.js'

/** The most flows one export job takes here (the API states no limit; 50 keeps one failure small). */
export const MAX_FLOWS_PER_JOB = 50

export interface JobSize {
  /** Flows per job that the service has not refused (so far) this run. */
  limit: number
}

/** Even chunks of at most `limit` flows: 60 flows at 50 become two jobs of 30, not 50 and 10. */
export function chunkFlows(flows: readonly FlowRef[], limit: number): FlowRef[][] {
  const count = Math.ceil(flows.length / limit)
  const size = Math.ceil(flows.length / Math.max(count, 1))
  const chunks: FlowRef[][] = []
  for (let start = 0; start < flows.length; start += size) chunks.push(flows.slice(start, start + size))
  return chunks
}

// Words a refusal about the job's size uses ("too many flows", "exceeds the maximum of 25 flows", …).
const SIZE_WORDS = /too (many|large)|maximum|exceed|at most|limit/i

/** A registration refused for how many flows it holds: 413, or a 400 whose message speaks of a limit. */
export function isRefusedForSize(error: unknown): boolean {
  if (!(error instanceof GenesysApiError) || error.method !== 'POST') return false
  return error.status === 413 || (error.status === 400 && SIZE_WORDS.test(error.message))
}

/** Halves the limit below a refused job's size; returns true when it went down (so the job is worth retrying smaller). */
export function shrinkAfterRefusal(size: JobSize, refusedFlows: number): boolean {
  if (refusedFlows <= 1) return false
  const next = Math.max(1, Math.min(size.limit, Math.ceil(refusedFlows / 2)))
  if (next >= refusedFlows) return false
  size.limit = next
  return true
}
