import type { Finding, Severity } from '../model.js';
/** GitHub's per-step display limit for each annotation kind (runner `_maxIssueCount`). */
export declare const ANNOTATIONS_SHOWN_PER_KIND = 10;
export interface Annotation {
    readonly severity: Severity;
    readonly message: string;
    /** Names the rule, and the flow so two titles on one file can be told apart. */
    readonly title: string;
    /** Repository-relative path; absent for a finding without a file (an export that never became one). */
    readonly file?: string;
    /** 1-based; absent when the finding has no usable line. */
    readonly startLine?: number;
}
export interface AnnotationOptions {
    /**
     * Maps a finding's `file` to a path relative to the repository root. Findings already carry
     * repository-relative paths, so the default leaves them alone; pass a mapping when the
     * workspace is not the repository root.
     */
    readonly repoRelative?: (file: string) => string;
}
export interface AnnotationPlan {
    /** Every annotation, most important first. All are emitted; GitHub shows the first 10 of each kind. */
    readonly shown: Annotation[];
    /** How many of each kind GitHub will not display (they stay in the log). */
    readonly omitted: Record<Severity, number>;
}
export declare function buildAnnotations(findings: readonly Finding[], options?: AnnotationOptions): AnnotationPlan;
