/** What a change is about. Readers group and count by it (`counts`), so every kind has one meaning. */
export type ChangeKind = 'flow' | 'item-added' | 'item-removed' | 'item-renamed' | 'item-changed' | 'start-changed' | 'action-added' | 'action-removed' | 'action-renamed' | 'action-moved' | 'action-changed' | 'rewired' | 'choice' | 'flow-call' | 'resource';
export interface FlowChange {
    readonly kind: ChangeKind;
    /** One sentence in Architect's words; names, not ids (an id only where the thing has no name). */
    readonly text: string;
    /** 1-based line in the NEW file where the change can be seen; absent when the thing is gone (or the flow removed). */
    readonly line?: number;
    /** The task, menu or state the change is in (its name, or its id when it has none). */
    readonly itemName?: string;
    /** The action the change is about (its id: stable across renames, to pin diagrams and links). */
    readonly actionId?: string;
    /** The id of the task, menu or state the change is in; `itemChangeDiagram` draws items by it. */
    readonly itemId?: string;
}
export type FlowStatus = 'added' | 'removed' | 'changed' | 'layout-only' | 'unchanged';
export interface FlowReview {
    readonly flowId: string;
    /** The flow's name now (before, for a removed flow). */
    readonly name: string;
    readonly previousName?: string;
    /** '' when unknown (e.g. an added flow has no previous version). */
    readonly versionFrom: string;
    readonly versionTo: string;
    /** `layout-only`: the documents differ only in noise (tracking numbers, positions, key order, module copies). */
    readonly status: FlowStatus;
    /** By line in the new file (reading order); changes with no line there (removed things) last. */
    readonly changes: FlowChange[];
    readonly counts: Partial<Record<ChangeKind, number>>;
}
