// The flow change model: what changed in a flow between two snapshots, in Architect's words.
//
// Pure: configuration JSON in (docs/flow-format.md §1, §5.1), plain values out. No fs, git or
// network. The `diff` command (src/cli/diff.ts) and the reports build on it.
// How a review reads (oneLineSummary, reviewMarkdown, reviewText: src/report/review-text.ts) and the
// item diagrams (itemChangeDiagram: src/report/change-diagram.ts) are the report's; they are described here
// with the model they present. The types are in src/flow-review.ts.
//
// API (stable; the reports merge it):
//
//   reviewFlowChange({ before, after, afterText?, flowId, name, versionFrom?, versionTo? }): FlowReview
//     before / after: the parsed configuration JSON of the previous and new version; either may be
//     undefined (a flow added or removed: status 'added' / 'removed', one 'flow' change naming it);
//     anything that is not a JSON object counts as undefined.
//     afterText: the new file's text, for `FlowChange.line`; when left out, lines are those of the
//     canonical serialisation (keys sorted, 2-space indent), which is what the Action commits.
//     Status 'layout-only' when the documents differ only in noise: trackingId, nextTrackingNumber,
//     uiMetaData / metaData (positions), key order, flowMetaData, the `commonModules[].model` snapshot
//     copies (and the `customDefinitions` they bring), `manifest` contexts.
//     `changes` are in reading order: by line, top to bottom of the new file; changes with no line
//     there (removed items and choices, resources no longer used, flows no longer called) last.
//
//   oneLineSummary(review): string
//     `Main IVR 12.0 → 13.0: 2 actions added, Decision "Open today?" rewired, queue "Sales" → "Support"`
//
//   reviewMarkdown(reviews, { maxChars, maxFlowsListed?, lineLink? }): string
//     Flows that changed, most changes first, then added, then removed; each a bold name with its
//     version step and a list of its changes (12 at most, then "…and N more changes", with lines);
//     flows past the budget are counted ("…and N more flows changed"); layout-only flows in one line.
//     Names are Markdown-escaped (`md`). Never longer than maxChars. `lineLink(review, line)` gives the
//     address of a line of the flow's new file, and `(line 40)` becomes a link to it.
//
//   reviewText(reviews): string
//     The same for a terminal: `Name 12.0 → 13.0`, then `  line 120  Added Play Audio …`.
//
//   itemChangeDiagram({ before, after, itemId, changes?, maxNodes? }): string
//     Mermaid `flowchart TD` (no fence) of one task/state/menu (`FlowChange.itemId`): added actions
//     green, changed orange, removed dashed grey, re-pointed edges thick orange (linkStyle); a menu
//     draws its choices. '' when the item is in neither version. Parses with Mermaid 11.
//
//   flowOutline(document): string
//     The flow as an outline in Architect's words (one setting or edge a line, no ids, values whole),
//     for `describe` and git's textconv.
//
// Every change has a `kind` (see `ChangeKind`), one sentence `text` naming things by name (an
// action as `Decision "Open today?"`, or `Play Audio #15` — Architect's own number — when it still
// has its default name), `line` in the new file where it has one (a removed action points at its
// task), and `itemName` / `itemId` / `actionId` where it is inside an item.
export { CHANGE_KINDS, type ChangeKind, type FlowChange, type FlowReview, type FlowStatus } from '../flow-review.js'
export { reviewFlowChange, type ReviewInput } from './review.js'
export { flowOutline } from './outline.js'
