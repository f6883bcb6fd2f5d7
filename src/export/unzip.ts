// Reads a zip archive with Node's own zlib (native code, several times quicker than inflating in
// JavaScript on the megabytes of a 50-flow export). It reads the central directory, which holds every
// entry's sizes even when the local headers defer them to a data descriptor. Anything it does not
// handle itself (Zip64, encryption, a method other than stored or deflate) goes to fflate, which has been
// the reader so far, so no archive that fflate read is refused now.
import { inflateRawSync } from 'node:zlib'
import { unzipSync } from 'fflate'

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const STORED = 0
const DEFLATE = 8
/** End-of-central-directory record without comment; the comment may add up to 65,535 bytes. */
const EOCD_SIZE = 22

/** path → bytes of every entry, as fflate's unzipSync gives them; throws on an unreadable archive. */
export function unzipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  return readNatively(bytes) ?? unzipSync(bytes)
}

/** The entries, or undefined when the archive needs what only fflate handles. */
function readNatively(bytes: Uint8Array): Record<string, Uint8Array> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndOfCentralDirectory(view)
  if (end === undefined) return undefined
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  if (count === 0xffff || at === 0xffffffff) return undefined // Zip64
  const entries: Record<string, Uint8Array> = {}
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY) throw new Error('the central directory is damaged')
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localAt = view.getUint32(at + 42, true)
    if ((flags & 1) !== 0 || (method !== STORED && method !== DEFLATE)) return undefined
    if (compressedSize === 0xffffffff || size === 0xffffffff || localAt === 0xffffffff) return undefined
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1')
    entries[name] = entryData(bytes, view, localAt, method, compressedSize, size, name)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff)
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at
  }
  return undefined
}

function entryData(bytes: Uint8Array, view: DataView, localAt: number, method: number, compressedSize: number, size: number, name: string): Uint8Array {
  if (localAt + 30 > bytes.byteLength || view.getUint32(localAt, true) !== LOCAL_HEADER) throw new Error(`the entry ${name} has no local header`)
  const start = localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true)
  if (start + compressedSize > bytes.byteLength) throw new Error(`the entry ${name} is cut short`)
  const data = bytes.subarray(start, start + compressedSize)
  if (method === STORED) return data
  const inflated = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) })
  if (inflated.byteLength !== size) throw new Error(`the entry ${name} inflates to ${inflated.byteLength} bytes, not the ${size} its header says`)
  return inflated
}
