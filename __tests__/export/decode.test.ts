import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { decodeDownload, decodeFlowFile, flowIdOfFile, UnreadableDownload } from '../../src/export/decode.js'
import { encodeArchitectFile } from '../../emulator/export-files.js'

const samplesDir = path.resolve(fileURLToPath(import.meta.url), '../../../../shared/reference/samples')
const hasSamples = existsSync(samplesDir)

/** What an Architect export file holds, encoded as the emulator (standing in for Genesys Cloud) encodes it. */
function encodeI3(document: unknown): Uint8Array {
  return strToU8(encodeArchitectFile(document))
}

describe('decodeFlowFile', () => {
  it.skipIf(!hasSamples)('gives back every real sample exactly as it was encoded', () => {
    const files = readdirSync(samplesDir).filter((name) => name.endsWith('.json'))
    expect(files.length).toBeGreaterThan(40)
    for (const name of files) {
      const document: unknown = JSON.parse(readFileSync(path.join(samplesDir, name), 'utf8'))
      expect(decodeFlowFile(encodeI3(document)), name).toEqual(document)
    }
  })
  if (!hasSamples) it.skip(`real samples not found at ${samplesDir} (a user's clone): skipped`, () => {})

  it('keeps characters that URL encoding escapes: spaces, plus, slash, unicode', () => {
    const document = { name: 'Main IVR / Sales + Support – Café ☎', type: 'inboundcall' }
    expect(decodeFlowFile(encodeI3(document))).toEqual(document)
  })

  it('refuses a file that is not base64, naming why', () => {
    expect(() => decodeFlowFile(strToU8('<html>not found</html>'))).toThrow('not base64')
  })

  it('refuses base64 whose content is not JSON', () => {
    expect(() => decodeFlowFile(strToU8(Buffer.from('name%3D1').toString('base64')))).toThrow('not JSON')
  })

  it('refuses JSON that is not an object', () => {
    expect(() => decodeFlowFile(encodeI3([1, 2]))).toThrow('not a JSON object')
  })

  it('refuses an empty file', () => {
    expect(() => decodeFlowFile(new Uint8Array())).toThrow('empty')
  })
})

describe('decodeDownload', () => {
  it('names the bare file of a one-flow job after that flow', () => {
    const bytes = encodeI3({ name: 'A' })
    const decoded = { document: { name: 'A' } }
    expect(decodeDownload(bytes, 'flow-1')).toEqual([{ name: 'flow-1', size: bytes.byteLength, decoded }])
  })

  it('lists the files of a zip without their folders, skipping folder entries', () => {
    const zip = zipSync({ 'export/': new Uint8Array(), 'export/id-1.i3InboundFlow': strToU8('QQ=='), 'id-2.i3BotFlow': strToU8('Qg==') })
    const files = decodeDownload(zip)
    expect(files.map((file) => file.name).sort()).toEqual(['id-1.i3InboundFlow', 'id-2.i3BotFlow'])
    expect(files.map((file) => file.size)).toEqual([4, 4])
  })

  it('refuses a download of several flows that is not a zip', () => {
    expect(() => decodeDownload(strToU8('QQ=='))).toThrow(UnreadableDownload)
    expect(() => decodeDownload(strToU8('QQ=='))).toThrow('not a zip')
  })

  const documents = { 'a.i3InboundFlow': { name: 'A', text: 'x'.repeat(20_000) }, 'ünïcode b.i3Flow': { name: 'B' } }
  const entries = Object.fromEntries(Object.entries(documents).map(([name, document]) => [name, encodeI3(document)]))
  const decodedDocuments = (files: ReturnType<typeof decodeDownload>) =>
    Object.fromEntries(files.map((file) => [file.name, 'document' in file.decoded ? file.decoded.document : file.decoded.error]))

  it.each([0, 6, 9])('reads a zip whose entries are stored or deflated at level %i', (level) => {
    expect(decodedDocuments(decodeDownload(zipSync(entries, { level: level as 0 | 6 | 9 })))).toEqual(documents)
  })

  it('reads a zip of raw JSON entries', () => {
    const zip = zipSync({ 'id-1.json': strToU8(JSON.stringify({ name: 'A' })) })
    expect(decodedDocuments(decodeDownload(zip))).toEqual({ 'id-1.json': { name: 'A' } })
  })

  it('reads a zip with a comment after the central directory', () => {
    const zip = zipSync(entries, { comment: 'exported by a test' } as Parameters<typeof zipSync>[1])
    expect(decodedDocuments(decodeDownload(zip))).toEqual(documents)
  })

  it('reads a zip inside a larger buffer (a view with an offset)', () => {
    const zip = zipSync(entries)
    const padded = new Uint8Array(zip.byteLength + 10)
    padded.set(zip, 7)
    expect(decodedDocuments(decodeDownload(padded.subarray(7, 7 + zip.byteLength)))).toEqual(documents)
  })

  it('reads a zip whose local headers defer the sizes to a data descriptor', () => {
    const chunks: Uint8Array[] = []
    const zip = new Zip((error, chunk) => {
      if (error) throw error
      chunks.push(chunk)
    })
    for (const [name, bytes] of Object.entries(entries)) {
      const file = new ZipDeflate(name)
      zip.add(file)
      file.push(bytes, true)
    }
    zip.end()
    const archive = Buffer.concat(chunks)
    expect(archive.readUInt16LE(6) & 0x8).toBe(0x8)
    expect(decodedDocuments(decodeDownload(archive))).toEqual(documents)
  })

  it('refuses a zip whose deflated data is damaged', () => {
    const damaged = zipSync({ 'a.i3InboundFlow': strToU8('QUJD'.repeat(5_000)) }, { level: 6 }).slice()
    damaged.fill(0xff, 40, 60)
    expect(() => decodeDownload(damaged)).toThrow(UnreadableDownload)
  })

  it('refuses bytes that start like a zip and hold nothing after', () => {
    expect(() => decodeDownload(strToU8('PK\u0003\u0004 but nothing after'))).toThrow(UnreadableDownload)
  })

  it('refuses a damaged zip', () => {
    const zip = zipSync({ 'id-1.i3InboundFlow': strToU8('QQ==') })
    expect(() => decodeDownload(zip.slice(0, zip.length - 10))).toThrow(UnreadableDownload)
    expect(() => decodeDownload(zip.slice(0, zip.length - 10))).toThrow('zip archive could not be read')
  })
})

describe('flowIdOfFile', () => {
  it('maps a file back to the flow id it was named after', () => {
    expect(flowIdOfFile('0f3c4c1e-1b7e-4d9a-9d3e-2a0c1f5b6e7d.i3InboundFlow')).toBe('0f3c4c1e-1b7e-4d9a-9d3e-2a0c1f5b6e7d')
  })
})
