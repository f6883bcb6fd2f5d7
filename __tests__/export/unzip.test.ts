import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { unzipEntries } from '../../src/export/unzip.js'

const files = {
  'a.i3InboundFlow': strToU8('QUJD'.repeat(5_000)),
  'folder/b.i3WorkFlow': strToU8('eyJhIjoxfQ=='),
  'empty.i3BotFlow': new Uint8Array(0),
  'ünïcode name.i3Flow': strToU8('x'),
}

/** Entries as hex text: Node hands out Buffers, fflate Uint8Arrays; the bytes are what count. */
function hex(entries: Record<string, Uint8Array>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, Buffer.from(bytes).toString('hex')]))
}

describe('unzipEntries', () => {
  it.each([0, 6, 9])('reads what fflate zips at level %i as fflate reads it', (level) => {
    const zip = zipSync(files, { level: level as 0 | 6 | 9 })
    expect(hex(unzipEntries(zip))).toEqual(hex(unzipSync(zip)))
  })

  it('reads an archive with a comment after the central directory', () => {
    const zip = zipSync(files, { comment: 'exported by a test' } as Parameters<typeof zipSync>[1])
    expect(hex(unzipEntries(zip))).toEqual(hex(unzipSync(zip)))
  })

  it('reads an archive inside a larger buffer (a view with an offset)', () => {
    const zip = zipSync(files)
    const padded = new Uint8Array(zip.byteLength + 10)
    padded.set(zip, 7)
    expect(hex(unzipEntries(padded.subarray(7, 7 + zip.byteLength)))).toEqual(hex(unzipSync(zip)))
  })

  it('throws on an archive whose deflated data is damaged', () => {
    const zip = zipSync({ 'a.i3InboundFlow': strToU8('QUJD'.repeat(5_000)) }, { level: 6 })
    const damaged = zip.slice()
    damaged.fill(0xff, 40, 60)
    expect(() => unzipEntries(damaged)).toThrow()
  })

  it('throws on bytes that are not a zip archive', () => {
    expect(() => unzipEntries(strToU8('PK\u0003\u0004 but nothing after'))).toThrow()
  })
})
