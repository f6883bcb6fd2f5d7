// How many flows one export job may hold. The API states no limit (docs/genesys-api.md §4.2: unconfirmed), so
// jobs start at MAX_FLOWS_PER_JOB; a registration the service refuses for its size halves the limit, and
// the size that worked is kept for the rest of the run, so one refusal costs one request, not one a job.
import type { FlowRef } from '../model.js'
import { GenesysApiError } from '../genesys/errors.js'

/** The most flows one export job takes here (the API states no limit; 50 keeps one failure small). */
export const MAX_FLOWS_PER_JOB = 50

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

/** Half a refused job's size (or the limit, when lower); undefined when that is no smaller than the refused job. */
export function limitAfterRefusal(limit: number, refusedFlows: number): number | undefined {
  const next = Math.max(1, Math.min(limit, Math.ceil(refusedFlows / 2)))
  return next < refusedFlows ? next : undefined
}
