// `node --import tsx bench/canonical.ts`: the fast canonical writer against the iterative one on every real
// sample (../shared/reference/samples), each repeated until about a second has passed. Prints figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { canonicalJson, canonicalJsonIterative } from '../src/snapshot/canonical.js'

const samples = resolve(import.meta.dirname, '../../shared/reference/samples')
if (!existsSync(samples)) {
  console.log(`No samples at ${samples}: nothing to measure.`)
  process.exit(0)
}
const documents = readdirSync(samples)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(samples, file), 'utf8')) as unknown)
const bytes = documents.reduce<number>((sum, document) => sum + Buffer.byteLength(canonicalJson(document)), 0)

function msPerPass(write: (value: unknown) => string): number {
  for (let warm = 0; warm < 5; warm++) for (const document of documents) write(document)
  let passes = 0
  const started = performance.now()
  while (performance.now() - started < 1_000) {
    for (const document of documents) write(document)
    passes++
  }
  return (performance.now() - started) / passes
}

const iterative = msPerPass(canonicalJsonIterative)
const fast = msPerPass(canonicalJson)
console.log(`${documents.length} samples, ${(bytes / 1024).toFixed(0)} KiB of canonical text a pass`)
console.log(`iterative writer: ${iterative.toFixed(2)} ms a pass`)
console.log(`fast writer:      ${fast.toFixed(2)} ms a pass (${(iterative / fast).toFixed(1)}× faster)`)
// The ceiling for any writer built on the native serialiser: JSON.stringify alone, on documents whose keys
// are already sorted (so no copy is made), writing the same 2-space text.
const presorted = documents.map((document) => JSON.parse(canonicalJson(document)) as unknown)
let at = 0
const nativeOnly = msPerPass(() => JSON.stringify(presorted[at++ % presorted.length], null, 2))
console.log(`JSON.stringify alone on presorted documents: ${nativeOnly.toFixed(2)} ms a pass (${(iterative / nativeOnly).toFixed(1)}× the iterative writer: the most a writer built on it can gain)`)
console.log(`Node ${process.version}`)
