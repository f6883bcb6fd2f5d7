// Restore's encoding: a committed flow file back into an Architect file, proven against the product's own
// decoder (src/export/decode.ts) on the real samples.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { strToU8 } from 'fflate'
import { decodeFlowFile } from '../../src/export/decode.js'
import { canonicalJson } from '../../src/snapshot/canonical.js'
import { ARCHITECT_FILE_EXTENSIONS, architectFileName, encodeFlowFile } from '../../src/snapshot/architect-file.js'
import { checkRelativePath } from '../../src/snapshot/safe-path.js'
import { FLOW_TYPES } from '../../src/model.js'
import { encodeArchitectFile } from '../../emulator/export-files.js'
import { EXPORT_EXTENSIONS } from '../../emulator/flow-types.js'

const samplesDir = path.resolve(fileURLToPath(import.meta.url), '../../../../shared/reference/samples')
const hasSamples = existsSync(samplesDir)

describe('encodeFlowFile', () => {
  // Each sample is a real export decoded with its keys in their original order, so the emulator's encoding
  // of it stands for the export's bytes (re-encoding real exports this way reproduces them byte for byte).
  it.skipIf(!hasSamples)('round-trips every real sample: export → committed canonical file → pack → decode gives the same document', () => {
    const files = readdirSync(samplesDir).filter((name) => name.endsWith('.json'))
    expect(files.length).toBeGreaterThan(40)
    for (const name of files) {
      const exported = strToU8(encodeArchitectFile(JSON.parse(readFileSync(path.join(samplesDir, name), 'utf8'))))
      const decoded = decodeFlowFile(exported)
      const committed = canonicalJson(decoded)
      const packed = encodeFlowFile(JSON.parse(committed) as Record<string, unknown>)
      const restored = decodeFlowFile(strToU8(packed))
      expect(restored, name).toEqual(decoded)
      expect(canonicalJson(restored), name).toBe(committed)
    }
  })
  if (!hasSamples) it.skip(`real samples not found at ${samplesDir} (a user's clone): skipped`, () => {})

  it('keeps the characters URL encoding escapes: spaces, plus, percent, quotes, unicode', () => {
    const document = { name: 'Main IVR / Sales + 100% "Support" – Café ☎ 😀', type: 'inboundcall' }
    expect(decodeFlowFile(strToU8(encodeFlowFile(document)))).toEqual(document)
  })

  it('writes base64 text only, as an export is', () => {
    expect(encodeFlowFile({ name: 'ünïcode + spaces', nested: { list: [1, 'two', null] } })).toMatch(/^[A-Za-z0-9+/]+=*$/)
  })
})

describe('architectFileName', () => {
  it('names the file after the flow, with the extension Architect gives its type', () => {
    expect(architectFileName('Main IVR', 'inboundcall')).toBe('Main IVR.i3InboundFlow')
    expect(architectFileName('Shared Auth', 'commonmodule')).toBe('Shared Auth.i3CommonModuleFlow')
    expect(architectFileName('SMS', 'inboundshortmessage')).toBe('SMS.i3InboundMessage')
  })

  it('has an .i3 extension for every flow type the Action exports', () => {
    for (const type of FLOW_TYPES) expect(architectFileName('x', type)).toMatch(/^x\.i3[A-Z][A-Za-z]+$/)
    expect(Object.keys(ARCHITECT_FILE_EXTENSIONS).sort()).toEqual([...FLOW_TYPES].sort())
  })

  // The two tables are kept apart (the product never imports the emulator); this keeps them from drifting.
  it('gives every type the extension the emulator\'s exports carry', () => {
    expect(ARCHITECT_FILE_EXTENSIONS).toEqual(EXPORT_EXTENSIONS)
  })

  it('refuses a type with no known extension, naming the known ones', () => {
    expect(() => architectFileName('x', 'constructor')).toThrow(/flow type 'constructor' has no known Architect file extension \(known types: bot, /)
  })

  it.each([
    ['a parent path', '../../etc/passwd'],
    ['an absolute path', '/etc/cron.d/job'],
    ['a Windows path', 'C:\\Windows\\System32'],
    ['a NUL and control characters', 'a\u0000b\u001fc\nd'],
    ['only dots', '..'],
    ['nothing', ''],
    ['a Windows device name', 'CON'],
    ['a Windows device name with an extension', 'aux.txt'],
    ['1,000 characters', 'é'.repeat(1000)],
    ['leading dot and trailing spaces', '.hidden  '],
  ])('makes a flow name holding %s one safe file name', (_what, name) => {
    const fileName = architectFileName(name, 'inboundcall')
    expect(() => checkRelativePath(fileName, 'file')).not.toThrow()
    expect(fileName).not.toMatch(/[/\\]/)
    expect(fileName.endsWith('.i3InboundFlow')).toBe(true)
    expect(Buffer.byteLength(fileName)).toBeLessThanOrEqual(255)
    expect(fileName.startsWith('.')).toBe(false)
  })

  it('cuts a long name on a character boundary and keeps the suffix and extension', () => {
    const fileName = architectFileName('😀'.repeat(100), 'inboundcall', '_2')
    expect(fileName).toMatch(/^(😀)+_2\.i3InboundFlow$/)
    expect(Buffer.byteLength(fileName)).toBeLessThanOrEqual(255)
  })
})
