// The real samples (decoded Architect exports, shared/reference/samples) are the yardstick: good flows
// must stay silent. Their flow calls point into the organisations they came from, so those calls are
// missing-flow and nothing else. The samples are not part of the repository: without them, this skips.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { FlowFile } from '../../src/model.js'
import { flowCallTargets } from '../../src/flows/calls.js'
import { validateFlows } from '../../src/flows/validate.js'
import { uuid } from './builders.js'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const samplesFolder = path.resolve(repositoryRoot, '../shared/reference/samples')
const present = fs.existsSync(samplesFolder)
if (!present) console.warn(`Skipping the real-sample tests: ${samplesFolder} is absent (it is not shipped with the repository).`)

function readSamples(): FlowFile[] {
  return fs
    .readdirSync(samplesFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(samplesFolder, name), 'utf8')
      const document = JSON.parse(text) as { name: string; type: string }
      return { id: uuid(`sample:${name}`), name: document.name, type: document.type, file: name, text, document, bytes: Buffer.byteLength(text) }
    })
}

describe.skipIf(!present)('the real samples', () => {
  const flows = present ? readSamples() : []
  const result = present ? validateFlows({ flows, knownFlows: new Map(), maxExportBytes: 52_428_800 }) : undefined

  it('are read in full (42 decoded exports; the samples README says 43 but lists 42)', () => {
    expect(flows.length).toBeGreaterThanOrEqual(42)
    expect(result!.references.checked).toBeGreaterThan(600)
  })

  it('raise no finding but missing-flow for their calls into other orgs and notices for what they really contain', () => {
    expect(result!.findings.filter((finding) => finding.rule !== 'missing-flow' && finding.severity !== 'notice')).toEqual([])
  })

  // One export keeps an unused "Main Menu" after its start was set to a task: Architect allows it, so it
  // is a notice (unused-item), and its actions are not unreachable-node warnings.
  it('give exactly one notice: the unused "Main Menu" the call-park retrieval export keeps', () => {
    const notices = result!.findings.filter((finding) => finding.severity === 'notice')
    expect(notices.map(({ rule, file, flowName }) => ({ rule, file, flowName }))).toEqual([
      { rule: 'unused-item', file: 'genesys-cloud-call-park__orbit-parked-call-retrieval.json', flowName: 'Orbit - Parked Call Retrieval' },
    ])
    const file = flows.find((flow) => flow.file === notices[0]!.file)!
    expect(file.text.split('\n')[notices[0]!.line - 1]).toContain(`"id": "${notices[0]!.nodeId}"`)
    expect(notices[0]!.message).toContain('Menu "Main Menu"')
  })

  it('report each call to a flow outside the samples as missing-flow, on the line of its id, and never as a type mismatch', () => {
    const expected = flows.flatMap((flow) => flowCallTargets(flow.document).map((call) => ({ file: flow.file, flowId: call.flowId })))
    expect(expected.length).toBeGreaterThan(0)
    const missing = result!.findings.filter((finding) => finding.rule === 'missing-flow')
    expect(missing.map((finding) => finding.file).sort()).toEqual(expected.map((call) => call.file).sort())
    for (const finding of missing) {
      const line = flows.find((flow) => flow.file === finding.file)!.text.split('\n')[finding.line - 1]
      expect(line).toMatch(/"(flowId|\w+FlowId)": "[0-9a-f-]{36}"/)
    }
    expect(result!.findings.some((finding) => finding.rule === 'flow-type-mismatch')).toBe(false)
  })

  it('count every call in `calls`, none resolved', () => {
    expect(result!.calls.length).toBe(result!.findings.filter((finding) => finding.rule === 'missing-flow').length)
    expect(result!.calls.every((call) => !call.resolved)).toBe(true)
  })
})
