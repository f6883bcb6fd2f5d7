// The layers of src/ (docs/architecture.md "Layers"): a file may import its own layer and the layers
// below it, never one above. The test reads every import of every source file, so a new import that
// runs up a layer fails here with the file, the import and the two layers named.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/support/runner.js'

/** Lowest first. Keep in step with the table in docs/architecture.md. */
const LAYERS = [
  'text',
  'model',
  'settings',
  'http',
  'flows',
  'routing',
  'snapshot',
  'changes',
  'genesys',
  'export',
  'git',
  'report',
  'first-run-check',
  'run-steps',
  'cli',
  'entry',
] as const
type Layer = (typeof LAYERS)[number]

/** Files directly in src/: the shared values sit at the bottom, the entry points at the top. */
const LOOSE_FILES: Readonly<Record<string, Layer>> = {
  'model.ts': 'model',
  'routing-model.ts': 'model',
  'flow-review.ts': 'model',
  'errors.ts': 'model',
  'cli.ts': 'entry',
  'index.ts': 'entry',
  'lib.ts': 'entry',
  'main.ts': 'entry',
}

const SRC = join(REPO_ROOT, 'src')

function layerOf(file: string): Layer | undefined {
  const parts = relative(SRC, file).split(/[\\/]/)
  if (parts.length === 1) return LOOSE_FILES[parts[0]!]
  return (LAYERS as readonly string[]).includes(parts[0]!) ? (parts[0] as Layer) : undefined
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every module a file names: `import … from`, `export … from`, `import('…')`, `new URL('…', import.meta.url)`. */
function importsOf(text: string): string[] {
  const found: string[] = []
  const patterns = [/\bfrom\s+'([^']+)'/g, /\bimport\s*\(\s*'([^']+)'\s*\)/g, /\bimport\s+'([^']+)'/g, /new URL\(\s*'([^']+)'\s*,\s*import\.meta\.url/g]
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!)
  return found
}

interface Edge {
  readonly file: string
  readonly target: string
}

function relativeImports(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ file, target: resolve(dirname(file), specifier).replace(/\.js$/, '.ts') })),
  )
}

const show = (path: string): string => relative(REPO_ROOT, path).replaceAll('\\', '/')

describe('layers of src/', () => {
  it('places every source file in a layer of the table', () => {
    const unplaced = sourceFiles(SRC).filter((file) => layerOf(file) === undefined).map(show)
    expect(unplaced, 'a new folder or loose file in src/ needs its place in LAYERS (and in docs/architecture.md)').toEqual([])
  })

  it('has no import from a layer to one above it', () => {
    const upward = relativeImports()
      .filter(({ target }) => target.startsWith(SRC))
      .flatMap(({ file, target }) => {
        const from = layerOf(file)
        const to = layerOf(target)
        if (from === undefined || to === undefined) return []
        return LAYERS.indexOf(to) > LAYERS.indexOf(from) ? [`${show(file)} (${from}) imports ${show(target)} (${to}), a higher layer`] : []
      })
    expect(upward).toEqual([])
  })

  it('never reaches outside src/ (the emulator, scripts, tests and benchmarks are not part of the Action)', () => {
    const outside = relativeImports()
      .filter(({ target }) => !target.startsWith(SRC + '/') && !target.startsWith(SRC + '\\'))
      .map(({ file, target }) => `${show(file)} imports ${show(target)}`)
    expect(outside).toEqual([])
  })
})

describe('layer reading', () => {
  it('reads a flows file as the flows layer and a loose entry file as the entry layer', () => {
    expect(layerOf(join(SRC, 'flows', 'rules', 'cycles.ts'))).toBe('flows')
    expect(layerOf(join(SRC, 'main.ts'))).toBe('entry')
  })

  it('finds static, re-exported and dynamic imports, and worker URLs', () => {
    const text = [
      "import { a } from './a.js'",
      "export { b } from '../b.js'",
      "const c = await import('./c.js')",
      "new Worker(new URL('./d.js', import.meta.url))",
      "import './e.js'",
    ].join('\n')
    expect(importsOf(text).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js', './e.js'])
  })
})
