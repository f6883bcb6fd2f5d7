// The one way the Action reads a file from the workspace (the manifest, flow files). In mode validate the
// workspace is a pull request's content, written by whoever opened it: a "file" can be a symlink to
// /etc/passwd or /proc/self/environ (whose text would then reach the log and report), a FIFO or a link to
// /proc/self/fd/1 (a read that never ends), /dev/zero (a read that never stops growing), or a regular file of
// gigabytes. So a file is read only when it is a regular file, reached without following a link, and at most
// `maxBytes` long; every other case says why it was refused and never what the file holds.
import { isUtf8 } from 'node:buffer'
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs'
import { RAISE_OPEN_FILES, errorMessage, isOutOfFileDescriptors } from '../errors.js'

export type SafeRead =
  | { readonly ok: true; readonly bytes: Buffer }
  /** `size` is known when the file is a regular file over the cap (it was not read). */
  | { readonly ok: false; readonly missing: boolean; readonly reason: string; readonly size?: number }

// O_NOFOLLOW: the last path segment is never followed even if it became a link after lstat. O_NONBLOCK:
// opening a FIFO with no writer returns at once instead of waiting for one (fstat then refuses it).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** Reads `absolute` if it is a regular file (no link, FIFO, device or socket) of at most `maxBytes` bytes. */
export function readWorkspaceFile(absolute: string, maxBytes: number): SafeRead {
  let linkStat: Stats
  try {
    linkStat = lstatSync(absolute)
  } catch (error) {
    return refusedFor(error)
  }
  const kind = notRegular(linkStat)
  if (kind !== undefined) return { ok: false, missing: false, reason: `it is ${kind}, not a regular file, so it was not read` }
  if (linkStat.size > maxBytes) return tooLarge(linkStat.size, maxBytes)
  let fd: number
  try {
    fd = openSync(absolute, OPEN_FLAGS)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { ok: false, missing: false, reason: 'it is a symbolic link, not a regular file, so it was not read' }
    return refusedFor(error)
  }
  try {
    // The handle's own stat: what is read is what was checked, even if the path changed since lstat.
    const stat = fstatSync(fd)
    const openedKind = notRegular(stat)
    if (openedKind !== undefined || stat.ino !== linkStat.ino || stat.dev !== linkStat.dev) {
      return { ok: false, missing: false, reason: `it changed into ${openedKind ?? 'another file'} while it was read, so it was not read` }
    }
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes)
    // One byte more than the cap: a file that grows while it is read is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > maxBytes) return tooLarge(length, maxBytes)
    return { ok: true, bytes: buffer.subarray(0, length) }
  } catch (error) {
    return refusedFor(error)
  } finally {
    closeSync(fd)
  }
}

/** The decoded text of a file's bytes: a UTF-8 BOM is dropped, UTF-16 and invalid UTF-8 are named as such. */
export function decodeText(bytes: Buffer): { ok: true; text: string } | { ok: false; problem: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: `it is encoded as UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian); save it as UTF-8` }
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const body = bytes.subarray(start)
  // A UTF-16 file without a byte order mark: every other byte of ASCII text is zero.
  if (body.length >= 2 && (body[0] === 0 || body[1] === 0)) return { ok: false, problem: 'it looks encoded as UTF-16 (NUL bytes between the characters); save it as UTF-8' }
  // The native check and decode: a strict TextDecoder takes four times as long on a 100 MB file.
  if (isUtf8(body)) return { ok: true, text: body.toString('utf8') }
  const at = start + firstInvalidUtf8(body)
  return { ok: false, problem: `it is not valid UTF-8 (an invalid byte at offset ${at.toLocaleString('en-US')}); save it as UTF-8` }
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Halves the search for the longest valid prefix: a few native checks instead of one per byte.
  let low = 0
  let high = bytes.length
  while (high - low > 1) {
    let middle = Math.floor((low + high) / 2)
    // Cut between characters, not inside one (a valid prefix then stays valid as it grows).
    for (let back = 0; back < 3 && middle > low + 1 && (bytes[middle]! & 0xc0) === 0x80; back++) middle -= 1
    if (isUtf8(bytes.subarray(0, middle))) low = middle
    else high = middle
  }
  return low
}

function notRegular(stat: Stats): string | undefined {
  if (stat.isSymbolicLink()) return 'a symbolic link'
  if (stat.isFIFO()) return 'a named pipe (FIFO)'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSocket()) return 'a socket'
  if (stat.isDirectory()) return 'a folder'
  return stat.isFile() ? undefined : 'not a regular file'
}

function tooLarge(size: number, maxBytes: number): SafeRead {
  return { ok: false, missing: false, size, reason: `it is ${size.toLocaleString('en-US')} bytes, over the ${maxBytes.toLocaleString('en-US')} this Action reads, so it was not read` }
}

function refusedFor(error: unknown): SafeRead {
  // Not a problem of this file: the run cannot read any file, and says how to fix that.
  if (isOutOfFileDescriptors(error)) throw new Error(`${errorMessage(error)}. ${RAISE_OPEN_FILES}`)
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return { ok: false, missing: true, reason: 'it does not exist' }
  if (code === 'ENAMETOOLONG') return { ok: false, missing: false, reason: 'its path is too long for the file system' }
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, missing: false, reason: 'the runner may not read it (permissions)' }
  // errorMessage names the system call and path, never the file's content.
  return { ok: false, missing: false, reason: `it could not be read (${errorMessage(error)})` }
}
