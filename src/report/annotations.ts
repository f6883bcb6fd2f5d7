// Findings → annotations. GitHub displays only the first 10 errors, 10 warnings and 10 notices of a
// step; the rest still reach the log. So the most important ones go first, and the summary says how
// many GitHub will not display.
import type { Finding } from '../model.js'
import { sortFindings } from './counts.js'

/** GitHub's per-step display limit for each annotation kind (runner `_maxIssueCount`). */
export const ANNOTATIONS_SHOWN_PER_KIND = 10

/** Every annotation, most important first: all are emitted, and GitHub shows the first 10 of each kind. */
export function buildAnnotations(findings: readonly Finding[]) {
  return sortFindings(findings).map((finding) => ({
    severity: finding.severity,
    message: finding.nodeId ? `${finding.message} (node ${finding.nodeId})` : finding.message,
    // The flow too, so two titles on one file can be told apart.
    title: finding.flowName ? `${finding.rule}: ${finding.flowName}` : finding.rule,
    // Repository-relative, absent for a finding without one (an export that never became a file).
    ...(finding.file ? { file: finding.file } : {}),
    ...(finding.file && Number.isInteger(finding.line) && finding.line >= 1 ? { startLine: finding.line } : {}),
  }))
}
