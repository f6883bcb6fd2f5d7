import { describe, expect, it } from 'vitest'
import type { Manifest, ManifestEntry } from '../../src/model.js'
import { mergeManifests } from '../../src/snapshot/merge.js'
import { uuid } from './flows.js'

const entry = (n: number, name: string, sha = 'a'): ManifestEntry => ({
  id: uuid(n),
  name,
  type: 'inboundcall',
  version: '1.0',
  path: `inboundcall/${name}--${uuid(n)}.json`,
  sha256: sha,
  bytes: 1,
})
const manifest = (...flows: ManifestEntry[]): Manifest => ({ formatVersion: 1, flows })

describe('mergeManifests', () => {
  it('keeps the other run\'s flows and adds this run\'s', () => {
    const base = manifest(entry(1, 'one'))
    const merged = mergeManifests(base, manifest(entry(1, 'one'), entry(3, 'three')), manifest(entry(1, 'one'), entry(2, 'two')))
    expect(merged.manifest.flows.map((e) => e.name)).toEqual(['one', 'two', 'three'])
    expect(merged.stalePaths).toEqual([])
  })

  it('lets this run win where both changed a flow, and frees the path the other run gave it', () => {
    const base = manifest(entry(1, 'one'))
    const merged = mergeManifests(base, manifest(entry(1, 'uno', 'b')), manifest(entry(1, 'eins', 'c')))
    expect(merged.manifest.flows).toEqual([entry(1, 'uno', 'b')])
    expect(merged.stalePaths).toEqual([`inboundcall/eins--${uuid(1)}.json`])
  })

  it('applies this run\'s deletions and keeps the other run\'s', () => {
    const base = manifest(entry(1, 'one'), entry(2, 'two'))
    const merged = mergeManifests(base, manifest(entry(2, 'two')), manifest(entry(1, 'one')))
    expect(merged.manifest.flows).toEqual([])
  })

  it('starts from nothing when neither side had a manifest before', () => {
    const merged = mergeManifests(null, manifest(entry(2, 'b')), manifest(entry(1, 'a')))
    expect(merged.manifest.flows.map((e) => e.name)).toEqual(['a', 'b'])
  })
})
