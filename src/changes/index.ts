// The flow change model: what changed in a flow between two snapshots, in Architect's words.
//
// Pure: configuration JSON in (docs/flow-format.md §1, §5.1), plain values out. No fs, git or
// network. The `diff` and `describe` commands and the reports build on it. The types are in
// src/flow-review.ts; how a review reads (src/report/review-text.ts) and the item diagrams
// (src/report/change-diagram.ts) are the report's.
//
// Every change has a `kind` (see `ChangeKind`), one sentence `text` naming things by name (an
// action as `Decision "Open today?"`, or `Play Audio #15` — Architect's own number — when it still
// has its default name), `line` in the new file where it has one (a removed action points at its
// task), and `itemName` / `itemId` / `actionId` where it is inside an item.
export { type ChangeKind, type FlowChange, type FlowReview, type FlowStatus } from '../flow-review.js'
export { reviewFlowChange, type ReviewInput } from './review.js'
export { flowOutline } from './outline.js'
