// The flow change model: what changed in a flow between two snapshots, in Architect's words.
//
// Pure: configuration JSON in (docs/flow-format.md §1, §5.1), plain values out. No fs, git or
// network. The `diff` and `describe` commands and the reports build on it. The types are in
// src/flow-review.ts; how a review reads (src/report/review-text.ts) and the item diagrams
// (src/report/change-diagram.ts) are the report's.
export { type ChangeKind, type FlowChange, type FlowReview, type FlowStatus } from '../flow-review.js'
export { reviewFlowChange, type ReviewInput } from './review.js'
export { flowOutline } from './outline.js'
