// Work on each exported flow that needs no other flow (canonical text, hash, size, staging its file, the
// validation rules that read one flow alone, and what changed in it) done as soon as its job's download is
// decoded, while later jobs are still running in Genesys, instead of all at the end. A flow that cannot be
// prepared is left for planSnapshot, which names it as unwritable; one whose rules or review fail here is
// validated or reviewed again at the end.
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { ExportedFlow } from '../model.js'
import type { OneFlowValidation } from '../flows/validate.js'
import { prepareFile, type PreparedFile } from '../snapshot/plan.js'

export interface PipelineSteps {
  /** Writes a prepared file ahead of the plan (early-stage.ts); it must not reject. */
  readonly stage?: (path: string, content: string) => Promise<void>
  readonly validate?: (flow: ExportedFlow, file: PreparedFile) => OneFlowValidation
  /** What changed in one flow since the previous snapshot (review.ts createEarlyReview); must not throw. */
  readonly review?: (flow: ExportedFlow, file: PreparedFile) => void
}

/** Files being staged at once: enough to keep the file system's threads busy, few enough to bound memory. */
const STAGING_AT_ONCE = 8

export function createFlowPipeline(steps: PipelineSteps = {}) {
  const { stage, validate, review } = steps
  const prepared = new Map<ExportedFlow, PreparedFile>()
  const oneFlowValidations = new Map<unknown, OneFlowValidation>()
  const queue: ExportedFlow[] = []
  const staging = new Set<Promise<void>>()
  let running: Promise<void> | undefined

  const startStaging = async (file: PreparedFile): Promise<void> => {
    if (stage === undefined) return
    while (staging.size >= STAGING_AT_ONCE) await Promise.race(staging)
    const done: Promise<void> = stage(file.path, file.content).finally(() => staging.delete(done))
    staging.add(done)
  }

  // One flow a turn of the event loop: polls and downloads of the jobs still running are not held up
  // behind a whole job's worth of serialising.
  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const flow = queue.shift()!
      let file: PreparedFile | undefined
      try {
        file = prepareFile(flow)
        prepared.set(flow, file)
      } catch {
        // planSnapshot prepares it again and names the flow with the reason.
      }
      if (file !== undefined) {
        await startStaging(file)
        try {
          if (validate !== undefined) oneFlowValidations.set(flow.document, validate(flow, file))
        } catch {
          // validateFlows checks it again, and fails there in its proper place.
        }
        review?.(flow, file)
      }
      await nextTurn()
    }
  }
  // Cleared only once the drain has really ended (an empty queue ends it in the same turn it starts).
  const start = (): unknown => (running = drain().finally(() => (running = undefined)))

  return {
    /** What `validate` found in each flow by itself, by document (for validateFlows); complete once drained. */
    oneFlowValidations,
    add(flows: readonly ExportedFlow[]): void {
      if (flows.length === 0) return
      queue.push(...flows)
      if (running === undefined) start()
    },
    /** Resolves once every queued flow is prepared (and staged), with the files by flow. */
    async drained(): Promise<ReadonlyMap<ExportedFlow, PreparedFile>> {
      for (;;) {
        if (running !== undefined) await running
        else if (queue.length > 0) start()
        else break
      }
      await Promise.all(staging)
      return prepared
    },
  }
}
