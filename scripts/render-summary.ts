// Renders the job summary of a representative run the way GitHub shows it, into docs/:
//   summary-example.md    the Markdown the Action writes to GITHUB_STEP_SUMMARY
//   summary-example.html  that Markdown rendered (GFM, Mermaid drawn to inline SVG when Chromium is here)
//   summary-example.png   a screenshot, when Chromium is here
// Usage: node --import tsx scripts/render-summary.ts [--chromium <path>]
import { buildSummary } from '../src/report/summary.js'
import { exampleContext, exampleRun } from './summary-example-run.js'
import { renderMarkdownPage } from './support/render-page.js'

await renderMarkdownPage(buildSummary(exampleRun, exampleContext), {
  name: 'summary-example',
  title: 'Genesys flow snapshot: job summary example',
  header: 'Job summary · <strong>snapshot</strong> · genesys-flow-snapshot',
})
