// The Node the end-to-end tests run dist/index.js on besides the machine's: the one action.yml declares,
// installed from the pinned devDependency, never downloaded at run time. Missing, it fails the suite.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO_ROOT } from '../../scripts/support/runner.js'
import { ACTION_NODE_PACKAGE, actionNodes, actionRuntimeNode } from '../../scripts/support/action-nodes.js'

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } }

describe('the Node GitHub runs the Action on', () => {
  it(`is installed by npm ci (devDependency ${ACTION_NODE_PACKAGE}) in the major action.yml declares`, () => {
    const major = /^node(\d+)$/.exec(action.runs.using)?.[1]
    expect(major, `runs.using: ${action.runs.using}`).toBeDefined()
    expect(actionRuntimeNode().version).toMatch(new RegExp(`^v${major}\\.`))
  })

  it('is a binary that runs here and reports the version the tests name', () => {
    const { path, version } = actionRuntimeNode()
    expect(execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()).toBe(version)
  })

  it('is one of the Nodes the end-to-end tests run the Action on, after the tests\' own', () => {
    const nodes = actionNodes()
    expect(nodes[0]).toEqual({ version: process.version, path: process.execPath })
    expect(nodes.map((node) => node.version)).toContain(actionRuntimeNode().version)
  })

  // The package declares a `node` bin; linked, it would put npm test and npm run build on that Node too.
  it('does not replace the machine\'s Node in npm scripts (postinstall removes its node_modules/.bin/node)', () => {
    expect(existsSync(join(REPO_ROOT, 'node_modules', '.bin', 'node'))).toBe(false)
  })
})
