// A flow's committed file from its document: the canonical text and what the manifest records of it.
import { createHash } from 'node:crypto'
import type { CanonicalFile } from '../model.js'
import { canonicalJson } from './canonical.js'

export function canonicalFile(document: unknown): CanonicalFile {
  const text = canonicalJson(document)
  const bytes = Buffer.from(text, 'utf8')
  return { text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
}
