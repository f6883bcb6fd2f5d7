// Work on each exported flow that needs no other flow (canonical text, hash, size) done as soon as its
// job's download is decoded, while later jobs are still running in Genesys, instead of all at the end.
// A flow that cannot be prepared is left for planSnapshot, which names it as unwritable.
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { ExportedFlow } from '../model.js'
import { prepareFile, type PreparedFile } from '../snapshot/plan.js'

export interface FlowPipeline {
  /** Queues flows to prepare; returns at once. */
  readonly add: (flows: readonly ExportedFlow[]) => void
  /** Resolves once every queued flow is prepared, with the files by flow. */
  readonly drained: () => Promise<ReadonlyMap<ExportedFlow, PreparedFile>>
}

export function createFlowPipeline(): FlowPipeline {
  const prepared = new Map<ExportedFlow, PreparedFile>()
  const queue: ExportedFlow[] = []
  let running: Promise<void> | undefined

  // One flow a turn of the event loop: polls and downloads of the jobs still running are not held up
  // behind a whole job's worth of serialising.
  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const flow = queue.shift()!
      try {
        prepared.set(flow, prepareFile(flow))
      } catch {
        // planSnapshot prepares it again and names the flow with the reason.
      }
      await nextTurn()
    }
    running = undefined
  }

  return {
    add(flows) {
      queue.push(...flows)
      running ??= drain()
    },
    async drained() {
      while (running !== undefined) await running
      return prepared
    },
  }
}
