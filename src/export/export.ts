// The export engine: selection → export jobs of at most 50 flows, overlapped → decoded documents,
// closed over the flows they call. Every selected flow ends exported or named as failed.
import { FLOW_TYPES, type ExportedFlow, type ExportResult, type FailedFlow, type FlowRef } from '../model.js'
import type { Concurrency, SelectionSettings } from '../settings/types.js'
import { flowCallTargets } from '../flows/calls.js'
import type { GenesysClient } from '../genesys/client.js'
import { GenesysApiError } from '../genesys/errors.js'
import { errorMessage } from '../errors.js'
import { lookupFlows } from '../genesys/flows-api.js'
import { runExportJob, type JobContext } from './jobs.js'
import { JobError, OverloadTally } from './failures.js'
import { backoffMs, REAL_CLOCK, type Clock } from '../http/retry.js'
import { createPollTiming } from './poll-timing.js'
import { createProgress } from './progress.js'
import { exportableNow, resolveSelection, skipReasonAfterFailure, type ResolvedSelection } from './selection.js'
import { chunkFlows, isRefusedForSize, limitAfterRefusal, MAX_FLOWS_PER_JOB } from './job-size.js'
import { createJobSlots, describeJobSlots, type AdaptiveSlots } from './adaptive-slots.js'

export interface ExportOptions {
  /** Size limit of one flow's export; a job of n flows may download n times this. */
  readonly maxExportBytes: number
  /** Export jobs in flight at once, or `adaptive` (see adaptive-slots.ts). */
  readonly concurrency: Concurrency
  readonly log?: (line: string) => void
  /** Told each job's flows as soon as they are decoded, while other jobs still run (for pipelined work). */
  readonly onExported?: (flows: readonly ExportedFlow[]) => void
  /** Injected for tests; real time otherwise. */
  readonly clock?: Clock
}

export async function exportFlows(
  client: GenesysClient,
  selection: SelectionSettings,
  options: ExportOptions,
): Promise<ExportResult> {
  const log = options.log ?? (() => {})
  const resolved = await resolveSelection(client, selection, log)
  const clock = options.clock ?? REAL_CLOCK
  let done: RoundResult = { ...NOTHING, failed: [...resolved.failed] }
  const progress = createProgress(log, client.stats, clock.now, resolved.selected.length)
  const ctx: BatchContext = {
    client,
    clock,
    maxExportBytes: options.maxExportBytes,
    timing: createPollTiming(clock),
    jobSlots: createJobSlots(options.concurrency, client),
    splitBudget: splitBudgetFor(resolved.selected.length),
    transientBudget: transientBudgetFor(resolved.selected.length),
    jobSize: MAX_FLOWS_PER_JOB,
    overload: new OverloadTally(),
    log,
    onExported: options.onExported ?? (() => {}),
  }
  log(`Exporting ${resolved.selected.length} flows in jobs of up to ${MAX_FLOWS_PER_JOB}, ${describeJobSlots(options.concurrency)}.`)

  // Flows already in the run (selected, failed or asked for): a dependency is exported once.
  const known = new Set<string>([...resolved.selected.map((ref) => ref.id), ...resolved.failed.map((flow) => flow.ref.id)])
  const asked: FlowRef[] = []
  let round: FlowRef[] = resolved.selected
  while (round.length > 0) {
    asked.push(...round)
    const { exportable, unexportable } = exportableNow(round)
    progress.done(0, 0, unexportable.length)
    // Even jobs of at most the job size; the job slots keep `concurrency` of them running.
    const results = await Promise.all(
      chunkFlows(exportable, ctx.jobSize).map(async (batch) => {
        const result = await exportBatch(ctx, batch, true)
        ctx.onExported(result.exported)
        progress.done(result.exported.length, result.failed.length, result.skipped.length)
        return result
      }),
    )
    done = joined([done, { ...NOTHING, skipped: unexportable }, ...results])
    if (!selection.includeDependencies) break
    round = await calledFlows(ctx, results.flatMap((result) => result.exported), known, resolved)
    progress.add(round.length)
  }
  progress.finish()
  const { exported, skipped } = done
  for (const flow of skipped) log(`Skipped '${flow.ref.name}' (${flow.ref.id}): ${flow.reason}.`)
  if (ctx.jobSize < MAX_FLOWS_PER_JOB) log(`Export jobs held at most ${ctx.jobSize} flows this run: Genesys Cloud refused larger ones.`)
  const overload = ctx.overload.line(ctx.jobSlots.settled)
  if (overload !== undefined) log(overload)
  else if (options.concurrency === 'adaptive' && asked.length > 0) {
    log(`Export-job concurrency settled at ${ctx.jobSlots.level} (adaptive; the most at once was ${ctx.jobSlots.peak}).`)
  }
  return {
    exported,
    failed: [...done.failed, ...unaccounted(asked, exported, [...done.failed, ...skipped])],
    skipped,
    scope: resolved.scope,
    stats: { ...client.stats },
    ...(overload !== undefined ? { service: { summary: overload, messages: ctx.overload.messages } } : {}),
  }
}

/**
 * The flows these documents call that the run has not met yet, with their Flow entities: from the
 * listings when they hold them, else by lookup (one request per 100 ids a round). The exported
 * documents name every flow they call by id (`flowId`, `*FlowId`: docs/flow-format.md §5.2), so
 * dependency tracking would only cost requests and tell nothing more. A called id the org does not
 * have is left to validation, which reports it as missing-flow.
 */
async function calledFlows(
  { client, log }: BatchContext,
  documents: readonly ExportedFlow[],
  known: Set<string>,
  resolved: ResolvedSelection,
): Promise<FlowRef[]> {
  const called = documents.flatMap((flow) => flowCallTargets(flow.document).map((target) => target.flowId))
  const wanted = [...new Set(called)].filter((id) => !known.has(id))
  for (const id of wanted) known.add(id)
  if (wanted.length === 0) return []
  const found = new Map<string, FlowRef>()
  for (const id of wanted) if (resolved.listed.has(id)) found.set(id, resolved.listed.get(id)!)
  const unlisted = wanted.filter((id) => !found.has(id))
  // With every type listed, an id the listings did not return is not in the org (or deleted).
  const everyTypeListed = FLOW_TYPES.every((type) => resolved.scope.listedTypes.includes(type))
  if (unlisted.length > 0 && !everyTypeListed) {
    for (const [id, ref] of await lookupFlows(client, unlisted)) found.set(id, ref)
  }
  const absent = wanted.length - found.size
  log(
    `Found ${wanted.length} called flows not selected: exporting the ${found.size} that exist` +
      (absent > 0 ? ` (${absent} not in the org; validation reports them).` : '.'),
  )
  return [...found.values()]
}

interface BatchContext extends JobContext {
  readonly jobSlots: AdaptiveSlots
  /** Jobs that splitting failed batches may still register this run. */
  splitBudget: number
  /** Jobs that registering batches again after transient failures may still add this run. */
  transientBudget: number
  /** Flows per job that the service has not refused (so far) this run. */
  jobSize: number
  readonly overload: OverloadTally
  readonly log: (line: string) => void
  readonly onExported: (flows: readonly ExportedFlow[]) => void
}

/**
 * Halving finds one bad flow among 50 in 2·log2(50) ≈ 12 extra jobs. The budget covers a few bad flows
 * (three, plus one for every ten jobs), not an org where every job fails: there, halving would cost
 * about two jobs a flow and the same failure for each, so the flows are named as failed instead.
 */
function splitBudgetFor(flows: number): number {
  return 12 * (3 + Math.ceil(flows / MAX_FLOWS_PER_JOB / 10))
}

/**
 * Registering again is how a run rides out an overloaded service: two more jobs for every job planned, plus a
 * few, and one more for every job that succeeds, covers a service that fails half its jobs; a service that
 * fails every job exhausts it and the flows are named as failed instead of being tried forever.
 */
function transientBudgetFor(flows: number): number {
  return 8 + 2 * Math.ceil(flows / MAX_FLOWS_PER_JOB)
}

type RoundResult = Pick<ExportResult, 'exported' | 'failed' | 'skipped'>

const NOTHING: RoundResult = { exported: [], failed: [], skipped: [] }

function joined(results: readonly RoundResult[]): RoundResult {
  return {
    exported: results.flatMap((result) => result.exported),
    failed: results.flatMap((result) => result.failed),
    skipped: results.flatMap((result) => result.skipped),
  }
}

/**
 * Times a batch is registered again after a transient failure before it is treated as refused (split, or its
 * flow named as failed). Terraform's provider tries such a job five times in all (docs/genesys-api.md §4.2a).
 */
const TRANSIENT_RETRIES = 4

/**
 * One batch, never lost. A transient failure registers the same batch again, unsplit, after a pause that grows
 * with each attempt; a refused batch (or one that keeps failing) is split in halves, so one bad flow cannot sink
 * 49 good ones; a lost job (its poll answered 4xx) is registered again but never split. Flows missing from a
 * download get one more job.
 */
async function exportBatch(ctx: BatchContext, flows: readonly FlowRef[], retryMissing: boolean, attempt = 0): Promise<RoundResult> {
  // A batch planned before the service refused a job of its size waits in line as smaller jobs.
  if (flows.length > ctx.jobSize) {
    return joined(await Promise.all(chunkFlows(flows, ctx.jobSize).map((batch) => exportBatch(ctx, batch, retryMissing))))
  }
  try {
    const result = await runExportJob(ctx, flows)
    // A service that still exports earns the run more patience with its transient failures.
    ctx.transientBudget++
    if (result.missing.length > 0 && retryMissing) {
      return joined([{ ...result, skipped: [] }, await exportBatch(ctx, result.missing, false)])
    }
    const missing = result.missing.map((ref) => ({ ref, reason: 'The export job finished without a file for this flow.' }))
    return { exported: result.exported, failed: [...result.failed, ...missing], skipped: [] }
  } catch (error) {
    // Errors that no other job would escape: bad credentials or a permission the client lacks.
    if (error instanceof GenesysApiError && (error.status === 401 || error.status === 403)) throw error
    const smaller = isRefusedForSize(error) ? limitAfterRefusal(ctx.jobSize, flows.length) : undefined
    if (smaller !== undefined) {
      ctx.jobSize = smaller
      ctx.log(`Genesys Cloud refused an export job of ${flows.length} flows for its size: trying jobs of ${smaller}.`)
      return exportBatch(ctx, flows, retryMissing)
    }
    // A 4xx on registering names something wrong with a flow in it (deleted since the listing, …).
    const refused = error instanceof GenesysApiError && error.status >= 400 && error.status < 500 && error.status !== 429
    const kind = error instanceof JobError ? error.kind : refused ? 'refused' : 'final'
    if (error instanceof JobError) ctx.overload.record(error)
    // A held flow (locked, secure) fails for its hold, not by chance: it is not tried again.
    const skipReason = flows.length === 1 ? skipReasonAfterFailure(flows[0]!) : undefined
    if ((kind === 'transient' || kind === 'lost') && attempt < TRANSIENT_RETRIES && skipReason === undefined && ctx.transientBudget >= 1) {
      ctx.transientBudget -= 1
      if (kind === 'transient') ctx.overload.reRegistered++
      await ctx.clock.sleep(transientPauseMs(ctx, attempt))
      return exportBatch(ctx, flows, retryMissing, attempt + 1)
    }
    // A lost job says nothing about its flows: halves would be lost the same way.
    if ((kind === 'refused' || kind === 'transient') && flows.length > 1 && ctx.splitBudget >= 2) {
      ctx.splitBudget -= 2
      const half = Math.ceil(flows.length / 2)
      // Halves of a batch that kept failing transiently are not retried again: one of their flows is the likely cause.
      const next = kind === 'transient' ? TRANSIENT_RETRIES : 0
      return joined(
        await Promise.all([
          exportBatch(ctx, flows.slice(0, half), retryMissing, next),
          exportBatch(ctx, flows.slice(half), retryMissing, next),
        ]),
      )
    }
    const reason = errorMessage(error)
    const serviceMessage = error instanceof JobError ? error.serviceMessage : undefined
    const detail = serviceMessage !== undefined ? { serviceMessage } : {}
    if (skipReason !== undefined) return { ...NOTHING, skipped: [{ ref: flows[0]!, reason: `${skipReason} (${reason})`, ...detail }] }
    return { ...NOTHING, failed: flows.map((ref) => ({ ref, reason, ...detail })) }
  }
}

/**
 * The pause before registering a batch again: a random share of a sixteenth of one job's time (up to a third of a
 * second for a job of 5.5 s), doubling with each attempt. Short on purpose: the fewer jobs in flight already keep
 * the batch waiting for a free slot, so the pause only spreads batches that failed together; a long one leaves a
 * slot the service could use empty, and at the end of a run the whole run waits for it.
 */
function transientPauseMs(ctx: BatchContext, attempt: number): number {
  return backoffMs(attempt, Math.random, ctx.timing.typicalJobMs() / 16, 60_000)
}

/** Defence in depth: a flow asked for that is neither exported nor failed is named, never dropped. */
function unaccounted(selected: readonly FlowRef[], exported: readonly ExportedFlow[], failed: readonly FailedFlow[]): FailedFlow[] {
  const seen = new Set([...exported, ...failed].map((flow) => flow.ref.id))
  return selected
    .filter((ref) => !seen.has(ref.id))
    .map((ref) => ({ ref, reason: 'The export ended without a result for this flow (an internal error): run again.' }))
}
