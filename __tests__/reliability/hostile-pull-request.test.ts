// The hostile catalogue of issue 21: what a pull request can commit (or an earlier step can leave in the
// workspace) to hang, crash or fool mode validate, each run through the built Action as a pull request on
// main. Every case asserts its outcome (a finding or a clear error), that the run ended, that nothing outside
// the repository was read, and that what it wrote stayed bounded.
import { execFileSync } from 'node:child_process'
import { rmSync, symlinkSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  OUTPUT_DIR,
  OUTSIDE_MARKER,
  createPullRequestWorld,
  everythingShown,
  flowFile,
  longestLogLine,
  pullRequestCopy,
  removeCopy,
  validatePullRequest,
  type CaseRun,
  type PullRequestWorld,
  type Report,
} from './hostile-pr.js'

let world: PullRequestWorld
const copies: string[] = []

beforeAll(() => {
  world = createPullRequestWorld()
})
afterAll(() => {
  for (const root of copies) removeCopy(root)
  world?.cleanup()
})

async function hostile(change: (workspace: string) => void, options: { commit?: boolean; inputs?: Record<string, string>; timeoutMs?: number } = {}): Promise<CaseRun> {
  const copy = pullRequestCopy(world, change, options.commit ?? true)
  copies.push(copy.root)
  return validatePullRequest(copy.workspace, copy.runnerTemp, options.inputs, options.timeoutMs)
}

const MANIFEST = join(OUTPUT_DIR, 'manifest.json')

/** The run ended by itself, wrote its report, showed nothing from outside and kept every line short. */
function expectContained(result: CaseRun): void {
  expect(result.run.stderr, 'the run was killed or crashed').toBe('')
  expect(result.run.exitCode === 0 || result.run.exitCode === 1).toBe(true)
  expect(result.report, 'report.json was written').not.toBeNull()
  expect(result.run.summary.length).toBeGreaterThan(0)
  expect(result.run.outputs.status).toBe(result.report!.status)
  const shown = everythingShown(result)
  expect(shown).not.toContain(OUTSIDE_MARKER)
  expect(shown).not.toMatch(/root:x:0:0|PATH=\/|GITHUB_WORKSPACE=/)
  expect(longestLogLine(result)).toBeLessThan(4_000)
  expect(result.reportBytes).toBeLessThan(1_000_000)
  expect(Buffer.byteLength(result.run.summary)).toBeLessThan(1_000_000)
}

function findingsOn(result: CaseRun, file: string, rule: string): Report['findings'] {
  return result.report!.findings.filter((finding) => finding.file === file && finding.rule === rule)
}

describe('a committed manifest.json that is no regular file', () => {
  const targets: [string, (world: PullRequestWorld) => string][] = [
    ['/proc/self/fd/1 (the run\'s own stdout)', () => '/proc/self/fd/1'],
    ['a file outside the repository', (w) => w.outsideFile],
    ['/etc/passwd', () => '/etc/passwd'],
    ['/proc/self/environ', () => '/proc/self/environ'],
    ['/dev/zero', () => '/dev/zero'],
  ]
  it.each(targets)('a symlink to %s stops the run with a clear error, without reading it', async (_name, target) => {
    const result = await hostile((workspace) => {
      unlinkSync(join(workspace, MANIFEST))
      symlinkSync(target(world), join(workspace, MANIFEST))
    })
    expectContained(result)
    expect(result.run.exitCode).toBe(1)
    expect(result.run.outputs.status).toBe('failed')
    expect(result.report!.fatalError).toMatch(/Refusing to read .*manifest\.json: it is a symbolic link, not a regular file/)
    expect(result.run.summary).toContain('symbolic link')
  })

  it('a named pipe (FIFO) left in the workspace stops the run with a clear error instead of waiting for a writer', async () => {
    const result = await hostile((workspace) => {
      unlinkSync(join(workspace, MANIFEST))
      execFileSync('mkfifo', [join(workspace, MANIFEST)])
    }, { commit: false })
    expectContained(result)
    expect(result.run.exitCode).toBe(1)
    expect(result.report!.fatalError).toMatch(/manifest\.json: it is a named pipe \(FIFO\), not a regular file/)
  })
})

describe('a flow file that is no regular file', () => {
  it('a symlink to a file outside is an invalid-flow finding on its path, and What changed does not call the flow removed', async () => {
    const flow = world.flows[0]!
    const result = await hostile((workspace) => {
      unlinkSync(flowFile(workspace, flow))
      symlinkSync(world.outsideFile, flowFile(workspace, flow))
    })
    expectContained(result)
    const invalid = findingsOn(result, `${OUTPUT_DIR}/${flow.path}`, 'invalid-flow')
    expect(invalid).toHaveLength(1)
    expect(invalid[0]!.message).toContain('symbolic link')
    const review = result.report!.changes.find((change) => change.id === flow.id)
    expect(review?.status).not.toBe('removed')
    expect(review?.changes[0]?.text).toMatch(/^Not reviewed: .* could not be read/)
    expect(result.run.summary).not.toMatch(/Removed flow/)
  })

  it('a symlink to /dev/zero is an invalid-flow finding, and the run ends without reading it', async () => {
    const flow = world.flows[1]!
    const result = await hostile((workspace) => {
      unlinkSync(flowFile(workspace, flow))
      symlinkSync('/dev/zero', flowFile(workspace, flow))
    })
    expectContained(result)
    expect(findingsOn(result, `${OUTPUT_DIR}/${flow.path}`, 'invalid-flow')).toHaveLength(1)
  })

  it('a FIFO in place of a flow file is an invalid-flow finding, and the run does not wait on it', async () => {
    const flow = world.flows[2]!
    const result = await hostile((workspace) => {
      unlinkSync(flowFile(workspace, flow))
      execFileSync('mkfifo', [flowFile(workspace, flow)])
    }, { commit: false })
    expectContained(result)
    const invalid = findingsOn(result, `${OUTPUT_DIR}/${flow.path}`, 'invalid-flow')
    expect(invalid).toHaveLength(1)
    expect(invalid[0]!.message).toContain('named pipe (FIFO)')
  })
})

describe('a folder of flow files replaced by a symlink', () => {
  it('is not followed, and a warning names it instead of the flows dropping out without a word', async () => {
    const flow = world.flows[1]!
    const result = await hostile((workspace) => {
      const folder = join(workspace, OUTPUT_DIR, flow.type)
      rmSync(folder, { recursive: true })
      symlinkSync(join(world.outsideFile, '..'), folder)
    })
    expectContained(result)
    expect(result.report!.warnings).toEqual([`output-dir holds 1 symbolic link that was not followed, so nothing behind it was checked: ${OUTPUT_DIR}/${flow.type}. Commit the folders and flow files themselves.`])
    expect(result.run.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message)).toContain(result.report!.warnings![0])
  })
})

describe('files larger than any export', () => {
  it('a committed file over 4 x max-export-bytes is a size-limit finding, not read, and no invalid-flow', async () => {
    const flow = world.flows[0]!
    const result = await hostile((workspace) => writeFileSync(flowFile(workspace, flow), `{"name": "${'x'.repeat(5_000)}"}`), { inputs: { 'max-export-bytes': '1000' } })
    expectContained(result)
    const file = `${OUTPUT_DIR}/${flow.path}`
    const sizeLimit = findingsOn(result, file, 'size-limit')
    expect(sizeLimit).toHaveLength(1)
    expect(sizeLimit[0]!.message).toMatch(/more than 4 times max-export-bytes .* so it was not read/)
    expect(findingsOn(result, file, 'invalid-flow')).toEqual([])
  })

  it('a 3 GiB file (sparse) in the workspace is a size-limit finding, found in seconds without reading it', async () => {
    const flow = world.flows[0]!
    const started = Date.now()
    const result = await hostile((workspace) => execFileSync('truncate', ['-s', '3G', flowFile(workspace, flow)]), { commit: false })
    expectContained(result)
    expect(findingsOn(result, `${OUTPUT_DIR}/${flow.path}`, 'size-limit')).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('files that add up past the heap end the run with an error naming the largest, the report written', async () => {
    const result = await hostile((workspace) => {
      for (let index = 0; index < 40; index++) execFileSync('truncate', ['-s', '190M', join(workspace, OUTPUT_DIR, `bulk-${String(index).padStart(2, '0')}.json`)])
    }, { commit: false })
    expectContained(result)
    expect(result.run.exitCode).toBe(1)
    expect(result.run.outputs.status).toBe('failed')
    expect(result.report!.fatalError).toMatch(/add up to .* more than this runner's memory can check at once .*The largest: genesys-flows\/bulk-\d\d\.json \(190\.0 MiB\)/)
    expect(result.run.summary).toContain('The largest')
  })
})

describe('encodings', () => {
  it('accepts a UTF-8 byte order mark on manifest.json and on a flow file', async () => {
    const flow = world.flows[0]!
    const result = await hostile((workspace) => {
      for (const path of [join(workspace, MANIFEST), flowFile(workspace, flow)]) writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]))
    })
    expectContained(result)
    expect(result.run.outputs.status).toBe('success')
    expect(result.report!.findings.filter((finding) => finding.rule === 'invalid-flow')).toEqual([])
  })

  it('names a UTF-16 flow file as an encoding problem of that file', async () => {
    const flow = world.flows[0]!
    const result = await hostile((workspace) => {
      const text = readFileSync(flowFile(workspace, flow), 'utf8')
      writeFileSync(flowFile(workspace, flow), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    })
    expectContained(result)
    const invalid = findingsOn(result, `${OUTPUT_DIR}/${flow.path}`, 'invalid-flow')
    expect(invalid).toHaveLength(1)
    expect(invalid[0]!.message).toMatch(/encoded as UTF-16 .*save it as UTF-8/)
  })

  it('names invalid UTF-8 in a flow file as an encoding problem of that file, with the offset', async () => {
    const flow = world.flows[0]!
    const result = await hostile((workspace) => {
      const bytes = readFileSync(flowFile(workspace, flow))
      bytes[100] = 0xff
      writeFileSync(flowFile(workspace, flow), bytes)
    })
    expectContained(result)
    const invalid = findingsOn(result, `${OUTPUT_DIR}/${flow.path}`, 'invalid-flow')
    expect(invalid).toHaveLength(1)
    expect(invalid[0]!.message).toMatch(/not valid UTF-8 \(an invalid byte at offset 100\)/)
  })
})

describe('the folder and the inputs', () => {
  it('warns, naming the folder, when output-dir does not exist; fail-on: warning makes that a failure', async () => {
    const passing = await hostile(() => undefined, { inputs: { 'output-dir': 'no-such-folder', 'fail-on': 'error' } })
    expectContained(passing)
    expect(passing.run.exitCode).toBe(0)
    const warning = passing.run.annotations.find((annotation) => annotation.level === 'warning')
    expect(warning?.message).toMatch(/output-dir 'no-such-folder' does not exist/)
    expect(passing.report!.warnings).toEqual([warning!.message])
    const failing = await hostile(() => undefined, { inputs: { 'output-dir': 'no-such-folder', 'fail-on': 'warning' } })
    expect(failing.run.exitCode).toBe(1)
    expect(failing.run.annotations.find((annotation) => annotation.level === 'error')?.message).toMatch(/no-such-folder' does not exist.*fail-on: warning/)
  })

  it('warns when output-dir holds no flow file', async () => {
    const result = await hostile((workspace) => {
      rmSync(join(workspace, OUTPUT_DIR), { recursive: true })
      writeFileSync(join(workspace, 'genesys-flows'), '')
      rmSync(join(workspace, 'genesys-flows'))
      execFileSync('mkdir', ['-p', join(workspace, 'genesys-flows', 'empty')])
    }, { commit: false })
    expectContained(result)
    expect(result.report!.warnings?.[0]).toMatch(/output-dir 'genesys-flows' holds no flow file/)
  })

  it('a bad input still writes status: failed, a summary saying why, and report.json', async () => {
    const result = await hostile(() => undefined, { inputs: { 'fail-on': 'sometimes' } })
    expectContained(result)
    expect(result.run.exitCode).toBe(1)
    expect(result.run.outputs.status).toBe('failed')
    expect(result.run.summary).toMatch(/stopped early:.*fail-on.*sometimes/)
    expect(result.report!.fatalError).toContain("Input 'fail-on'")
  })

  it('a path too long for the file system says so', async () => {
    const deep = Array.from({ length: 20 }, () => 'd'.repeat(250)).join('/')
    const result = await hostile(() => undefined, { inputs: { 'output-dir': deep } })
    expectContained(result)
    expect(result.run.annotations.map((annotation) => annotation.message).join('\n')).toMatch(/too long/)
    expect(everythingShown(result)).not.toMatch(/permissions/)
  })
})

/** The inbound flow (second sample) with its Transfer to ACD action renamed: the real change beside a hostile one. */
function renameTransfer(workspace: string, name: string): void {
  const flow = world.flows[1]!
  const text = readFileSync(flowFile(workspace, flow), 'utf8')
  const action = '"id": "b6fe1a5c-a56c-47aa-be15-9a75da886bcc",\n            "name": "Transfer to ACD",'
  expect(text).toContain(action)
  writeFileSync(flowFile(workspace, flow), text.replace(action, action.replace('"Transfer to ACD"', JSON.stringify(name))))
}

/** Adds a top-level field to the first flow's file, as text (JSON.stringify itself cannot write deep nesting). */
function addField(workspace: string, fieldText: string): void {
  const flow = world.flows[0]!
  const text = readFileSync(flowFile(workspace, flow), 'utf8')
  writeFileSync(flowFile(workspace, flow), text.replace(/^\{/, `{\n  "hostile": ${fieldText},`))
}

function reviewOf(result: CaseRun, index: number): NonNullable<Report['changes'][number]> | undefined {
  return result.report!.changes.find((change) => change.id === world.flows[index]!.id)
}

describe('one flow shaped to stop the review of the others', () => {
  it.each([1_500, 3_000, 20_000])('a value nested %i deep in one flow leaves the real change in another flow reviewed', async (depth) => {
    const result = await hostile((workspace) => {
      addField(workspace, '{"a":'.repeat(depth) + '"bottom"' + '}'.repeat(depth))
      renameTransfer(workspace, 'Transfer to Sales')
    })
    expectContained(result)
    const changed = reviewOf(result, 1)
    expect(changed?.status).toBe('changed')
    expect(changed?.changes.map((change) => change.text).join('\n')).toContain('"Transfer to Sales"')
    // The deep flow is reviewed too: its new value is one change, named at the depth the walk stops.
    expect(reviewOf(result, 0)?.changes.map((change) => change.text)).toEqual(['Flow hostile (a value nested over 200 levels deep) → (changed)'])
  })

  it('200,000 keys in one object of one flow leave the real change in another flow reviewed', async () => {
    const result = await hostile((workspace) => {
      addField(workspace, `{${Array.from({ length: 200_000 }, (_, index) => `"k${index}": ${index}`).join(',')}}`)
      renameTransfer(workspace, 'Transfer to Sales')
    })
    expectContained(result)
    expect(reviewOf(result, 1)?.changes.map((change) => change.text).join('\n')).toContain('"Transfer to Sales"')
    expect(reviewOf(result, 0)?.status).toBe('changed')
  })
})

describe('values too long to show', () => {
  it('a 4 MB action name reaches annotations, the summary and report.json only as a bounded excerpt with its length', async () => {
    const name = `Transfer ${'\u001b[31m'}${'n'.repeat(4_000_000)}`
    const result = await hostile((workspace) => renameTransfer(workspace, name))
    expectContained(result)
    const missingFlow = result.report!.findings.find((finding) => finding.rule === 'missing-flow')
    expect(missingFlow?.message).toMatch(/Action "Transfer \\u001b\[31mnnnn+… \(4,000,014 characters\)"/)
    expect(result.run.stdout).not.toContain('\u001b')
    expect(result.run.summary).toContain('4,000,014 characters')
  })

  it('a 104 MB string in a flow file neither aborts the run nor reaches any output whole', async () => {
    const result = await hostile((workspace) => renameTransfer(workspace, 'x'.repeat(104_000_000)), { timeoutMs: 110_000 })
    expectContained(result)
    expect(result.report!.findings.some((finding) => finding.rule === 'size-limit' && finding.file === `${OUTPUT_DIR}/${world.flows[1]!.path}`)).toBe(true)
    expect(reviewOf(result, 1)?.status).toBe('changed')
  }, 120_000)
})
