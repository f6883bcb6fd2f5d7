export { CHANGE_KINDS, type ChangeKind, type FlowChange, type FlowReview, type FlowStatus } from './types.js';
export { reviewFlowChange, type ReviewInput } from './review.js';
export { md, oneLineSummary, orderReviews, reviewMarkdown, reviewText, versionStep, type MarkdownBudget } from './render.js';
export { itemChangeDiagram, type ItemDiagramInput } from './diagram.js';
export { flowOutline } from './outline.js';
