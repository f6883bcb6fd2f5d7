// Where a flow's file lives under output-dir: `<type>/<slug>--<id>.json`.
// The id makes the path unique and stable; the slug only makes it readable, so it may lose
// information (accents, scripts other than Latin, punctuation) without harm.
import type { FlowRef } from '../model.js'

export const MANIFEST_FILE = 'manifest.json'
export const SLUG_MAX_LENGTH = 60
/**
 * The slug of a name with no letter or digit in a-z/0-9 after folding (e.g. "日本語", "???"):
 * the file is then `flow--<id>.json`, still unique through its id.
 */
export const FALLBACK_SLUG = 'flow'

// Genesys adds flow types over time: a newer one (a plain lower-case word, as every type is) gets its
// own folder rather than failing the flow; anything else could smuggle path syntax in.
const SAFE_TYPE = /^[a-z][a-z0-9]{0,49}$/
// Genesys ids are UUIDs; anything else could smuggle path syntax in, so it is refused, not cleaned.
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
 * characters becomes one `-`, no leading or trailing `-`, at most 60 characters.
 */
export function slugify(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
  return slug === '' ? FALLBACK_SLUG : slug
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
