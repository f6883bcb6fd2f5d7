// The JSON report of the contract ("Report (not committed)"), plus a few additive fields (mode,
// fatalError, git) that a reader of the file would otherwise have to find in the log.
import type { GitResult, RunResult } from '../model.js'
import { sortFindings } from './counts.js'
import { reportedRunChanges } from './changes.js'
import { reportedRouting } from './routing.js'

export function buildReport(result: RunResult) {
  const { requests, retries, throttled, bytes } = result.stats
  return {
    status: result.status,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    // `serviceMessage` for support: the service's own words, kept out of the log and the summary (they name the org).
    flows: result.flows.map((flow) => ({ ...flow })),
    // `path` is the cycle for `flow-cycle`, empty for every other rule, so the shape never varies.
    findings: sortFindings(result.validation.findings).map((finding) => ({
      ...finding,
      path: finding.path ? [...finding.path] : [],
    })),
    // When the export service failed jobs transiently: the plain sentence, and the service's own messages for support.
    ...(result.exportService === undefined ? {} : { exportService: result.exportService }),
    integrityRate: result.validation.integrityRate,
    stats: { requests, retries, throttled, bytes },
    mode: result.mode,
    fatalError: result.fatalError ?? null,
    // Problems of the run that belong to no flow file (an output-dir with no flow file).
    warnings: [...(result.warnings ?? [])],
    git: result.git ? reportedGit(result.git) : null,
    // Every flow that differs from the previous snapshot (mode validate: the base branch), most changed first.
    changes: reportedRunChanges(result.changes),
    // Per number of the org's call routes: where it goes now (empty when routing is off).
    routing: reportedRouting(result.routing),
  }
}

/** The commit as report.json shows it: without its notes. */
function reportedGit({ notes, ...git }: GitResult) {
  return { ...git, filesChanged: [...git.filesChanged], pullRequest: git.pullRequest ? { ...git.pullRequest } : null }
}
