// The real Mermaid parser (mermaid 11, the last major that runs on Node 20) under jsdom, which it
// needs for its sanitizer. Loaded once per test file.
import { JSDOM } from 'jsdom'

type Mermaid = typeof import('mermaid').default

let loaded: Promise<Mermaid> | undefined

export function realMermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>')
    Object.assign(globalThis, { window: dom.window, document: dom.window.document })
    const { default: mermaid } = await import('mermaid')
    mermaid.initialize({ startOnLoad: false })
    return mermaid
  })()
  return loaded
}

/** The diagram type Mermaid recognised; throws with the parser's message when the text does not parse. */
export async function parseMermaid(text: string): Promise<string> {
  const mermaid = await realMermaid()
  const result = await mermaid.parse(text)
  if (!result) throw new Error('mermaid.parse returned false')
  return result.diagramType
}

/** The contents of every ```mermaid fence in a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1]!)
}
