// Findings → annotations. GitHub displays only the first 10 errors, 10 warnings and 10 notices of a
// step; the rest still reach the log. So the most important ones go first, and the summary says how
// many GitHub will not display.
import type { Finding, Severity } from '../model.js'
import { sortFindings } from './counts.js'

/** GitHub's per-step display limit for each annotation kind (runner `_maxIssueCount`). */
export const ANNOTATIONS_SHOWN_PER_KIND = 10

export interface Annotation {
  readonly severity: Severity
  readonly message: string
  /** Names the rule, and the flow so two titles on one file can be told apart. */
  readonly title: string
  /** Repository-relative path; absent for a finding without a file (an export that never became one). */
  readonly file?: string
  /** 1-based; absent when the finding has no usable line. */
  readonly startLine?: number
}

export interface AnnotationOptions {
  /**
   * Maps a finding's `file` to a path relative to the repository root. Findings already carry
   * repository-relative paths, so the default leaves them alone; pass a mapping when the
   * workspace is not the repository root.
   */
  readonly repoRelative?: (file: string) => string
}

export interface AnnotationPlan {
  /** Every annotation, most important first. All are emitted; GitHub shows the first 10 of each kind. */
  readonly shown: Annotation[]
  /** How many of each kind GitHub will not display (they stay in the log). */
  readonly omitted: Record<Severity, number>
}

export function buildAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): AnnotationPlan {
  const toRepo = options.repoRelative ?? ((file: string) => file)
  const shown = sortFindings(findings).map((finding) => toAnnotation(finding, toRepo))
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const seen: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const annotation of shown) {
    seen[annotation.severity] += 1
    if (seen[annotation.severity] > ANNOTATIONS_SHOWN_PER_KIND) omitted[annotation.severity] += 1
  }
  return { shown, omitted }
}

function toAnnotation(finding: Finding, toRepo: (file: string) => string): Annotation {
  const title = finding.flowName ? `${finding.rule}: ${finding.flowName}` : finding.rule
  const message = finding.nodeId ? `${finding.message} (node ${finding.nodeId})` : finding.message
  const file = finding.file ? toRepo(finding.file) : ''
  return {
    severity: finding.severity,
    message,
    title,
    ...(file ? { file } : {}),
    ...(file && Number.isInteger(finding.line) && finding.line >= 1 ? { startLine: finding.line } : {}),
  }
}
