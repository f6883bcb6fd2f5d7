// mode validate over a repository of more flow files than the process may hold open at once: the
// built Action under `ulimit -n 64` reads all 600 and passes. Reading every file at once ran out of
// descriptors (EMFILE) and then failed again while writing GITHUB_OUTPUT, with a stack trace.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, visibleOutput, type ActionRun } from '../../scripts/support/runner.js'
import { writeFlowRepository, type WrittenFlowRepository } from '../../scripts/support/flow-repo.js'

const OPEN_FILES = 64
const FLOWS = 600

let root: string
let written: WrittenFlowRepository
let run: ActionRun

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gfs-many-'))
  const workspace = join(root, 'workspace')
  mkdirSync(join(root, 'temp'))
  written = writeFlowRepository(workspace, 'genesys-flows', { flows: FLOWS, blocksPerFlow: 3, brokenEvery: 0 })
  run = await runAction({ mode: 'validate' }, { workspace, runnerTemp: join(root, 'temp'), maxOpenFiles: OPEN_FILES })
}, 60_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe(`mode validate with ${FLOWS} flow files and ulimit -n ${OPEN_FILES}`, () => {
  it('validates every file and passes', () => {
    expect(run.exitCode, visibleOutput(run)).toBe(0)
    expect(run.stdout).toContain(`Read ${FLOWS} flow files under genesys-flows.`)
    expect(run.outputs['flows-exported']).toBe(String(FLOWS))
    expect(run.outputs.findings).toBe('0')
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
  })

  it('checks every reference of every file', () => {
    expect(run.summary).toContain(`(${written.references} of ${written.references} references resolve)`)
  })
})
