// Markdown rendered the way GitHub shows it (GFM, Mermaid drawn to inline SVG), written to docs/ as
// `<name>.md`, `<name>.html` and, when headless Chromium is here, `<name>.png`. Used by render-summary.ts
// (the job summary example) and render-what-changed.ts (the What changed summary and pull request body).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { marked } from 'marked'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DOCS = path.join(root, 'docs')
const PAGE_WIDTH = 1012 // GitHub's summary column is about this wide

export interface PageOptions {
  /** File name in docs/ without extension. */
  readonly name: string
  /** The page's <title>. */
  readonly title: string
  /** The grey line above the box, e.g. `Job summary · <strong>snapshot</strong> · genesys-flow-snapshot`. */
  readonly header: string
}

/** Writes docs/<name>.md, .html and (with Chromium) .png; says what it wrote. */
export async function renderMarkdownPage(markdown: string, options: PageOptions): Promise<void> {
  await writeFile(path.join(DOCS, `${options.name}.md`), markdown)
  const body = mermaidFencesToDivs(await marked.parse(markdown, { gfm: true }))
  const chromium = findChromium()
  if (!chromium) {
    // No browser here: let the reader's browser draw the graph, as GitHub does.
    await writeFile(path.join(DOCS, `${options.name}.html`), page(body, mermaidFromCdn(), options))
    console.log('Chromium not found (pass --chromium <path>): wrote the Markdown and an HTML page that draws Mermaid from a CDN.')
    return
  }
  const work = await mkdtemp(path.join(tmpdir(), 'render-page-'))
  try {
    const live = path.join(work, 'live.html')
    await writeFile(live, page(body, mermaidFromNodeModules(), options))
    const window = `--window-size=${PAGE_WIDTH + 48},1200` // same width in both passes, so the measured height holds
    const dom = await chrome(chromium, [window, '--virtual-time-budget=20000', '--dump-dom', pathToFileURL(live).href])
    const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 2400)
    const rendered = dom.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/ data-height="\d+"/, '')
    const html = path.join(DOCS, `${options.name}.html`)
    await writeFile(html, rendered.startsWith('<!DOCTYPE') ? rendered : `<!DOCTYPE html>\n${rendered}`)
    const png = path.join(DOCS, `${options.name}.png`)
    await chrome(chromium, [`--window-size=${PAGE_WIDTH + 48},${height + 16}`, `--screenshot=${png}`, '--hide-scrollbars', pathToFileURL(html).href])
    console.log(`Wrote docs/${options.name}.{md,html,png} (${height}px high) with ${chromium}.`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

function mermaidFencesToDivs(html: string): string {
  return html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>')
}

function findChromium(): string | null {
  const flag = process.argv.indexOf('--chromium')
  const candidates = [flag >= 0 ? process.argv[flag + 1] : undefined, process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null
}

async function chrome(binary: string, args: string[]): Promise<string> {
  const common = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--allow-file-access-from-files', '--force-device-scale-factor=1']
  const { stdout } = await run(binary, [...common, ...args], { maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

function mermaidFromNodeModules(): string {
  const bundle = pathToFileURL(path.join(root, 'node_modules/mermaid/dist/mermaid.min.js')).href
  return `<script src="${bundle}"></script>
<script>
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict' })
  mermaid.run().finally(() => { document.body.setAttribute('data-height', String(Math.ceil(document.querySelector('article').getBoundingClientRect().bottom) + 24)) })
</script>`
}

function mermaidFromCdn(): string {
  return `<script type="module">
  import mermaid from 'https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs'
  mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' })
</script>`
}

function page(content: string, scripts: string, options: PageOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options.title}</title>
<style>${pageCss()}</style>
</head>
<body>
<div class="run-header">${options.header}</div>
<article class="summary">
${content}
</article>
${scripts}
</body>
</html>
`
}

/** A plain stand-in for GitHub's summary styling (system fonts, light theme), written for this page. */
function pageCss(): string {
  return `
body { margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
.run-header { max-width: ${PAGE_WIDTH - 48}px; margin: 0 auto 8px; color: #59636e; font-size: 12px; }
.summary { max-width: ${PAGE_WIDTH - 48}px; margin: 0 auto; padding: 16px 24px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; margin: .5em 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; vertical-align: top; }
tr:nth-child(2n) { background: #f6f8fa; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
a { color: #0969da; text-decoration: none; }
blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
pre.mermaid { background: none; text-align: center; }
em { color: #59636e; }`
}
