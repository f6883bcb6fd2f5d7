import type { FlowCall, Finding } from '../model.js';
export interface GraphFlow {
    readonly id: string;
    readonly name: string;
    readonly type: string;
}
export interface GraphOptions {
    /** Most flows drawn; above it the graph is cut (default 60). */
    readonly maxNodes?: number;
    /** Most call edges drawn (default 200, well under Mermaid's limits). */
    readonly maxEdges?: number;
}
export type GraphCut = 'none' | 'findings-and-neighbours' | 'truncated';
export interface CallGraph {
    /** The flowchart source, without the Markdown fence; empty when there are no calls to draw. */
    readonly mermaid: string;
    readonly totalFlows: number;
    readonly shownFlows: number;
    readonly totalCalls: number;
    readonly shownCalls: number;
    readonly cut: GraphCut;
}
export declare function mermaidGraph(calls: readonly FlowCall[], flows: readonly GraphFlow[], findings: readonly Finding[], options?: GraphOptions): string;
export declare function buildCallGraph(calls: readonly FlowCall[], flows: readonly GraphFlow[], findings: readonly Finding[], options?: GraphOptions): CallGraph;
/**
 * Text safe inside a quoted Mermaid label: quotes, `#`, angle brackets, ampersands, backticks and
 * brackets become Mermaid entity codes (`#34;`), which Mermaid turns back into the characters when
 * it draws; line breaks and other control characters become spaces.
 */
export declare function mermaidLabel(text: string): string;
