// `node --import tsx scripts/third-party-licenses.ts STATS.json…` (run by `npm run build`): writes
// dist/licenses.txt, the license of every package bundled into dist/, found in the webpack stats ncc wrote
// for each bundle (`--stats-out`). ncc's own `--license` listed 2 of the 40 packages in the Action's bundle:
// itself and node-fetch, the one package with a module in a chunk of its own (101.index.js).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareText } from '../src/text/compare.js'

interface StatsModule {
  readonly name?: string
  readonly modules?: readonly StatsModule[]
}

/** The folder of the innermost package a module belongs to, e.g. `node_modules/@actions/core`. */
const PACKAGE_FOLDER = /^(?:\.\/)?(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//

const folders = new Set<string>()
const collect = (modules: readonly StatsModule[] | undefined): void => {
  for (const module of modules ?? []) {
    const folder = PACKAGE_FOLDER.exec(module.name ?? '')?.[1]
    if (folder !== undefined) folders.add(folder)
    collect(module.modules) // a concatenated module lists the modules it holds
  }
}
for (const statsFile of process.argv.slice(2)) collect((JSON.parse(readFileSync(statsFile, 'utf8')) as StatsModule).modules)
if (folders.size === 0) throw new Error('No bundled package found in the stats given: pass the files ncc wrote with --stats-out.')

const entries = [...folders].map((folder) => {
  const { name, version, license = 'UNKNOWN' } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, string>
  const licenseFile = readdirSync(folder).sort().find((file) => /^(?:licen[cs]e|copying)/i.test(file))
  const text = licenseFile === undefined ? `(The package ships no license file; its package.json says ${license}.)` : readFileSync(join(folder, licenseFile), 'utf8').trim()
  return { heading: `${name} ${version}`, license, text }
})
entries.sort((a, b) => compareText(a.heading, b.heading))
const unique = entries.filter((entry, index) => index === 0 || entry.heading !== entries[index - 1]!.heading)
writeFileSync('dist/licenses.txt', unique.map((entry) => `${entry.heading}\n${entry.license}\n${entry.text}\n`).join('\n'))
console.log(`dist/licenses.txt: ${unique.length} bundled packages`)
