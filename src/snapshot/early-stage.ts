// Stages flow files while the export still runs (the plan is not known yet), so that writing 2,000 files
// does not all wait for the end. applySnapshot takes a file staged here only when its plan writes the very
// same content to the same path, and removes the rest; a run that stops before it calls discardAll.
// Staging early is only a head start: a file that cannot be staged here is left for applySnapshot, which
// stages it again and reports a failure with the file and the fix.
import { resolveOutputDir } from './safe-path.js'
import { discardEarly, removeStaged, stageFile, type Staged, type StagedEarly } from './write.js'

export type EarlyStaging = ReturnType<typeof createEarlyStaging>

export function createEarlyStaging(workspace: string, outputDir: string) {
  const staged = new Map<string, { content: string; staged: Staged | null }>()
  const checkedFolders = new Set<string>()
  let root: Promise<string | null> | undefined
  const rootOnce = (): Promise<string | null> => (root ??= resolveOutputDir(workspace, outputDir, true).catch(() => null))

  return {
    /** Stages one file; resolves when done, never rejects. */
    async stage(path: string, content: string): Promise<void> {
      const base = await rootOnce()
      if (base === null) return
      let started: Staged | undefined
      try {
        const entry = await stageFile(base, path, content, (temp) => (started = temp), checkedFolders)
        // The same path staged twice (a flow exported twice): the later one wins, the earlier goes.
        const earlier = staged.get(path)?.staged
        if (earlier) await removeStaged([earlier])
        staged.set(path, { content, staged: entry })
      } catch {
        // Left for applySnapshot, which stages it again (and reports what is wrong); no half file stays.
        if (started) await removeStaged([started])
      }
    },
    /** What was staged; read after every stage() has resolved. */
    staged: staged as StagedEarly,
    /** Removes every staged file (the run stopped before applySnapshot). */
    discardAll: () => discardEarly(staged, () => true),
  }
}
