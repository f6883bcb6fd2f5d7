// dist/ redistributes other people's packages: their licenses must travel with it, in dist/licenses.txt.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/support/runner.js'

describe('dist/licenses.txt', () => {
  it('holds the license of every package the source map of the Action bundle names', () => {
    const map = JSON.parse(readFileSync(join(REPO_ROOT, 'dist/index.js.map'), 'utf8')) as { sources: string[] }
    const bundled = new Set<string>()
    for (const source of map.sources) {
      const folder = /^(?:\.\.\/\.\/)?(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1]
      if (folder === undefined) continue
      const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, folder, 'package.json'), 'utf8')) as Record<string, string>
      bundled.add(`${name} ${version}`)
    }
    const headings = new Set(readFileSync(join(REPO_ROOT, 'dist/licenses.txt'), 'utf8').split('\n'))
    expect(bundled.size).toBeGreaterThan(30)
    expect([...bundled].filter((heading) => !headings.has(heading))).toEqual([])
  })
})
