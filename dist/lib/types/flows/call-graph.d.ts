export interface CallGraph {
    readonly nodeCount: number;
    /** Edges of node v are `targets[offsets[v] .. offsets[v + 1])`; `edgeTags` holds the caller's tag of each. */
    readonly offsets: Int32Array;
    readonly targets: Int32Array;
    readonly edgeTags: Int32Array;
}
/** Builds the graph from `[from, to, tag]` triples; the tag lets a finding go back to its call site. */
export declare function buildCallGraph(nodeCount: number, from: readonly number[], to: readonly number[], tags: readonly number[]): CallGraph;
/** Components of two or more nodes (self-loops are left to the caller: they are a different finding). */
export declare function cyclicComponents(graph: CallGraph): number[][];
/**
 * A shortest cycle through `start` inside its component, as the edge positions taken in order
 * (breadth-first, so a huge component still costs one pass over its edges).
 */
export declare function cycleThrough(graph: CallGraph, start: number, member: (v: number) => boolean): number[];
/** The node an edge position leaves from (binary search over offsets). */
export declare function sourceOf(graph: CallGraph, edge: number): number;
