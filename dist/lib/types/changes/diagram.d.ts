import type { FlowChange } from './types.js';
export interface ItemDiagramInput {
    readonly before: unknown;
    readonly after: unknown;
    /** The task, menu or state to draw (`FlowChange.itemId`). */
    readonly itemId: string;
    /** The flow's changes, when the caller has them (else they are worked out). */
    readonly changes?: readonly FlowChange[];
    /** Most actions drawn; a larger item is drawn as its changed actions and their neighbours (default 60). */
    readonly maxNodes?: number;
}
/** The Mermaid source (no Markdown fence); '' when the item is in neither version. */
export declare function itemChangeDiagram(input: ItemDiagramInput): string;
