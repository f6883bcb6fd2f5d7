// Where a flow's file lives under output-dir: `<type>/<slug>--<id>.json`.
// The id makes the path unique and stable; the slug only makes it readable, so it may lose
// information (accents, scripts other than Latin, punctuation) without harm.
import type { FlowRef } from '../model.js'

export const MANIFEST_FILE = 'manifest.json'
const SLUG_MAX_LENGTH = 60

// Genesys adds flow types over time: a newer one (a plain lower-case word, as every type is) gets its own folder
// rather than failing the flow. Ids are UUIDs. Anything else could smuggle path syntax in: refused, not cleaned.
const SAFE_TYPE = /^[a-z][a-z0-9]{0,49}$/
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/

/** `inboundcall/main-ivr--<id>.json`, relative to output-dir with `/` separators. */
export function flowFilePath(ref: FlowRef): string {
  if (!SAFE_TYPE.test(ref.type)) {
    throw new Error(`Flow '${ref.name}' (${ref.id}) has type '${ref.type}', which is not a Genesys flow type (a lower-case word); it cannot be given a file.`)
  }
  if (!SAFE_ID.test(ref.id)) {
    throw new Error(`Flow '${ref.name}' has id '${ref.id}', which is not a Genesys flow id (letters, digits and '-'); it cannot be given a file.`)
  }
  return `${ref.type}/${slugify(ref.name)}--${ref.id}.json`
}

/**
 * Lower-case name reduced to `[a-z0-9-]`: accents are folded ("Café" → "cafe"), every other run of
 * characters becomes one `-`, no leading or trailing `-`, at most 60 characters. A name with nothing left
 * (e.g. "日本語", "???") gets the slug `flow`: the file is still unique through its id.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
  return slug === '' ? 'flow' : slug
}

/** Reads `<slug>--<id>.json` back into its parts; null when the name has another shape. */
export function parseFlowFileName(fileName: string): { slug: string; id: string } | null {
  if (!fileName.endsWith('.json')) return null
  // A slug never ends with '-' and an id (a UUID) never holds '--', so the last '--' splits them.
  const stem = fileName.slice(0, -'.json'.length)
  const at = stem.lastIndexOf('--')
  if (at < 0) return null
  const id = stem.slice(at + 2)
  if (id === '' || !SAFE_ID.test(id)) return null
  return { slug: stem.slice(0, at), id }
}

/** Identity from a path `<type>/<slug>--<id>.json` alone: the id and name fall back to the file name. */
export function identityFromPath(rel: string): { id: string; name: string; type: string } {
  const segments = rel.split('/')
  const fileName = segments[segments.length - 1]!
  const parsed = parseFlowFileName(fileName)
  const stem = fileName.replace(/\.json$/, '')
  return { id: parsed?.id ?? stem, name: parsed?.slug ?? stem, type: segments.length > 1 ? segments[0]! : '' }
}
