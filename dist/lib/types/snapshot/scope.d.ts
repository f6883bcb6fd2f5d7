import type { ManifestEntry, SelectionScope } from '../model.js';
/** True when the flow was selected this run, was not listed, and did not merely fail to export. */
export declare function isGoneFromSelection(entry: ManifestEntry, scope: SelectionScope, failedIds: ReadonlySet<string>, matchesNames: (name: string) => boolean): boolean;
