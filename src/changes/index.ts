// The flow change model: what changed in a flow between two snapshots, in Architect's words. Pure:
// configuration JSON in (docs/flow-format.md §1, §5.1), plain values out; no fs, git or network. The
// types are in src/flow-review.ts; how a review reads and its item diagrams are the report's (src/report/).
export { type ChangeKind, type FlowChange, type FlowReview } from '../flow-review.js'
export { reviewFlowChange } from './review.js'
export { flowOutline } from './outline.js'
