// The one way a workspace file is read: only a regular file, reached without a link, within a size cap; and its
// text decoded with a byte order mark accepted and UTF-16 or invalid UTF-8 named.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeText, readWorkspaceFile } from '../../src/snapshot/safe-read.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gfs-safe-read-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readWorkspaceFile', () => {
  it('reads a regular file within the cap', () => {
    writeFileSync(join(dir, 'a.json'), '{"a":1}')
    const read = readWorkspaceFile(join(dir, 'a.json'), 100)
    expect(read.ok && read.bytes.toString()).toBe('{"a":1}')
  })

  it('refuses a symlink, even to a regular file, and reports nothing of its target', () => {
    writeFileSync(join(dir, 'secret.txt'), 'SECRET-CONTENT')
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'link.json'))
    const read = readWorkspaceFile(join(dir, 'link.json'), 100)
    expect(read).toEqual({ ok: false, missing: false, reason: 'it is a symbolic link, not a regular file, so it was not read' })
  })

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')])
    const read = readWorkspaceFile(join(dir, 'pipe.json'), 100)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.reason).toMatch(/named pipe \(FIFO\)/)
  })

  it('refuses a device', () => {
    const read = readWorkspaceFile('/dev/zero', 100)
    expect(!read.ok && read.reason).toMatch(/a device, not a regular file/)
  })

  it('gives the size of a file over the cap without reading it', () => {
    execFileSync('truncate', ['-s', '5G', join(dir, 'huge.json')])
    const read = readWorkspaceFile(join(dir, 'huge.json'), 1000)
    expect(read).toMatchObject({ ok: false, size: 5 * 1024 ** 3 })
  })

  it('says a missing file is missing', () => {
    expect(readWorkspaceFile(join(dir, 'none.json'), 100)).toMatchObject({ ok: false, missing: true })
  })

  it('says a path is too long instead of blaming permissions', () => {
    const read = readWorkspaceFile(join(dir, ...Array.from({ length: 20 }, () => 'd'.repeat(250))), 100)
    expect(!read.ok && read.reason).toBe('its path is too long for the file system')
  })
})

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeText(Buffer.from('\ufeff{"a":"é"}', 'utf8'))).toEqual({ ok: true, text: '{"a":"é"}' })
  })

  it('names UTF-16 with a byte order mark, and without one', () => {
    const text = '{"name":"x"}'
    const withMark = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(!withMark.ok && withMark.problem).toMatch(/UTF-16 \(little-endian\)/)
    const withoutMark = decodeText(Buffer.from(text, 'utf16le'))
    expect(!withoutMark.ok && withoutMark.problem).toMatch(/UTF-16/)
  })

  it('names invalid UTF-8 with the offset of the first bad byte', () => {
    const bytes = Buffer.from('{"name":"abcdef"}', 'utf8')
    bytes[10] = 0xc3
    bytes[11] = 0x28
    const decoded = decodeText(bytes)
    expect(!decoded.ok && decoded.problem).toMatch(/not valid UTF-8 \(an invalid byte at offset 10\)/)
  })
})
