// Decoding on worker threads, with the worker script the build puts beside the Action's bundle
// (dist/decode-worker/index.js, committed and checked to match a fresh build).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { encodeArchitectFile } from '../../emulator/export-files.js'
import { generateOrg } from '../../emulator/org/generate.js'
import { createDecodePool, type DownloadDecoder } from '../../src/export/decode-pool.js'
import { decodeDownload, UnreadableDownload } from '../../src/export/decode.js'
import { canonicalFile } from '../../src/snapshot/canonical-file.js'
import { canonicalJson } from '../../src/snapshot/canonical.js'

const builtWorker = path.resolve(fileURLToPath(import.meta.url), '../../../dist/decode-worker/index.js')
const samplesDir = path.resolve(fileURLToPath(import.meta.url), '../../../../shared/reference/samples')
const hasSamples = existsSync(samplesDir)
const scratch = mkdtempSync(path.join(tmpdir(), 'gfs-decode-pool-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const documents = generateOrg({ flows: 12, seed: 5 }).flows.map((flow) => flow.document)
/** A download as an export job of several flows gives it: a zip of `<id>.i3…` files. */
const download = zipSync(Object.fromEntries(documents.map((document, index) => [`flow-${index}.i3InboundFlow`, strToU8(encodeArchitectFile(document))])))

async function withPool<T>(pool: DownloadDecoder, use: (pool: DownloadDecoder) => Promise<T>): Promise<T> {
  try {
    return await use(pool)
  } finally {
    await pool.close()
  }
}

describe('decoding downloads on worker threads', () => {
  it('gives the same documents as decoding here, with each file canonical text written on the worker', async () => {
    await withPool(createDecodePool({ script: builtWorker, workers: 2 }), async (pool) => {
      const files = await pool.decode(download)
      const here = decodeDownload(download)
      expect(files.map((file) => [file.name, file.size])).toEqual(here.map((file) => [file.name, file.size]))
      for (const [index, file] of files.entries()) {
        if (!('document' in file.decoded)) throw new Error(`${file.name}: ${file.decoded.error}`)
        expect(file.decoded.document).toEqual(documents[index])
        expect(file.decoded.canonical).toEqual(canonicalFile(documents[index]))
      }
      expect(pool.usage).toMatchObject({ onWorkers: 1, here: 0, workers: 2 })
    })
  })

  it.skipIf(!hasSamples)('writes the same canonical bytes on the worker as on this thread for every real sample', async () => {
    const samples = readdirSync(samplesDir).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(path.join(samplesDir, name), 'utf8')) as unknown)
    expect(samples.length).toBeGreaterThan(40)
    const archive = zipSync(Object.fromEntries(samples.map((sample, index) => [`sample-${index}.i3InboundFlow`, strToU8(encodeArchitectFile(sample))])))
    await withPool(createDecodePool({ script: builtWorker, workers: 1 }), async (pool) => {
      const files = await pool.decode(archive)
      for (const [index, sample] of samples.entries()) {
        const decoded = files.find((file) => file.name === `sample-${index}.i3InboundFlow`)!.decoded
        if (!('canonical' in decoded) || decoded.canonical === undefined) throw new Error(`sample ${index} was not written on the worker`)
        expect(decoded.canonical.text).toBe(canonicalJson(sample))
        expect(decoded.document).toEqual(sample)
      }
    })
  })
  if (!hasSamples) it.skip(`real samples not found at ${samplesDir} (a user's clone): skipped`, () => {})

  it('answers many downloads at once, each with its own files', async () => {
    await withPool(createDecodePool({ script: builtWorker, workers: 2 }), async (pool) => {
      const singles = documents.map((document) => strToU8(encodeArchitectFile(document)))
      const decoded = await Promise.all(singles.map((bytes, index) => pool.decode(bytes, `flow-${index}`)))
      expect(decoded.map((files) => files.map((file) => file.name))).toEqual(documents.map((_, index) => [`flow-${index}`]))
      expect(decoded.map((files) => ('document' in files[0]!.decoded ? files[0]!.decoded.document : undefined))).toEqual(documents)
      expect(pool.usage.onWorkers).toBe(documents.length)
    })
  })

  it('names a file it cannot decode and keeps the others', async () => {
    const mixed = zipSync({ 'good.i3InboundFlow': strToU8(encodeArchitectFile(documents[0])), 'bad.i3InboundFlow': strToU8('<html>gateway error</html>') })
    await withPool(createDecodePool({ script: builtWorker, workers: 1 }), async (pool) => {
      const files = await pool.decode(mixed)
      expect(files.find((file) => file.name === 'bad.i3InboundFlow')!.decoded).toEqual({ error: 'the file is not base64 text' })
      expect(files.find((file) => file.name === 'good.i3InboundFlow')!.decoded).toMatchObject({ document: documents[0] })
    })
  })

  it('rejects an unreadable archive as UnreadableDownload, so the job fetches it again', async () => {
    await withPool(createDecodePool({ script: builtWorker, workers: 1 }), async (pool) => {
      await expect(pool.decode(download.slice(0, download.length - 30))).rejects.toBeInstanceOf(UnreadableDownload)
    })
  })

  it('decodes here when its worker stops, losing no download', async () => {
    const dying = path.join(scratch, 'dying-worker.mjs')
    writeFileSync(dying, "import { parentPort } from 'node:worker_threads'\nparentPort.once('message', () => process.exit(3))\n")
    await withPool(createDecodePool({ script: dying, workers: 1 }), async (pool) => {
      const files = await pool.decode(download)
      expect(files.map((file) => ('document' in file.decoded ? file.decoded.document : file.decoded.error))).toEqual(documents)
      expect(pool.usage).toMatchObject({ onWorkers: 0, here: 1 })
      // The stopped worker is gone: later downloads are decoded here straight away.
      await pool.decode(download)
      expect(pool.usage.here).toBe(2)
    })
  })

  it('starts no worker for a run of one download, and no more than the downloads less one', async () => {
    await withPool(createDecodePool({ script: builtWorker, downloads: 1 }), async (pool) => {
      expect(pool.usage.workers).toBe(0)
      expect(await pool.decode(download)).toEqual(decodeDownload(download))
    })
    await withPool(createDecodePool({ script: builtWorker, downloads: 2 }), async (pool) => {
      expect(pool.usage.workers).toBe(1)
    })
  })

  it('decodes here where no worker script is given (the sources run without a build)', async () => {
    await withPool(createDecodePool({ script: null }), async (pool) => {
      const files = await pool.decode(download)
      expect(files).toEqual(decodeDownload(download))
      expect(pool.usage).toEqual({ onWorkers: 0, here: 1, workers: 0 })
    })
  })
})
