// Turns rows of the fault table into tests: one describe a case, one behaviour an it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../emulator/index.js'
import { visibleOutput } from '../../scripts/support/runner.js'
import { actionNodes } from '../../scripts/support/action-nodes.js'
import type { FaultCase } from './cases.js'
import { OUTPUT_DIR, baseInputs, copyRepo, createBaseline, remoteFiles, remoteHead, runCase, type Baseline, type Evidence } from './world.js'

export function defineFaultMatrix(cases: readonly FaultCase[]): void {
  let baseline: Baseline
  beforeAll(async () => {
    baseline = await createBaseline()
  })
  afterAll(() => baseline?.close())

  // Every case on the tests' own Node; the quick ones once more on each other Node (GitHub's node24).
  const [ownNode, ...otherNodes] = actionNodes()
  for (const node of [ownNode!, ...otherNodes]) {
    const ofNode = node === ownNode ? cases : cases.filter((fault) => fault.slow === undefined)
    describe(`on Node ${node.version}`, () => {
      for (const fault of ofNode) {
        const unavailable = fault.unavailable?.() ?? null
        const describeCase = unavailable === null ? describe : describe.skip
        describeCase(unavailable === null ? fault.fault : `${fault.fault} — skipped here: ${unavailable}`, () => {
          let evidence: Evidence
          let headBefore: string
          let requests: Emulator['requests'] = []
          beforeAll(async () => {
            const { emulator } = baseline
            const repo = copyRepo(baseline)
            emulator.reset()
            if (fault.faults) emulator.setFaults(fault.faults)
            const setup = (await fault.setup?.({ emulator, repo })) ?? {}
            headBefore = remoteHead(repo)
            try {
              evidence = await runCase(repo, { ...baseInputs(emulator), ...setup.inputs }, {}, node.path)
              requests = [...emulator.requests]
            } finally {
              await setup.release?.()
            }
          })
          afterAll(() => evidence?.repo.cleanup())

          it(`ends with status ${fault.status} and exit code ${fault.exitCode}`, () => {
            const { run } = evidence
            expect(run.outputs.status, visibleOutput(run)).toBe(fault.status)
            expect(run.exitCode).toBe(fault.exitCode)
            expect(evidence.report.status).toBe(fault.status)
          })

          it(fault.message ? 'fails the step with one message that says what happened and what to do' : 'reports no error', () => {
            const errors = evidence.run.annotations.filter((annotation) => annotation.level === 'error' && !annotation.properties.file)
            if (!fault.message) {
              expect(errors).toEqual([])
              return
            }
            expect(errors).toHaveLength(1)
            expect(errors[0]!.message).toMatch(fault.message)
            expect(visibleOutput(evidence.run)).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
          })

          if (fault.warning) {
            it('warns about it, without failing the step', () => {
              const warnings = evidence.run.annotations.filter((annotation) => annotation.level === 'warning' && !annotation.properties.file)
              expect(warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(fault.warning!))
            })
          }

          it(fault.knowsSelection ? 'names every selected flow as exported or failed, failed ones with a reason' : 'names no flow, having stopped before the selection was known', () => {
            const flows = evidence.report.flows
            if (!fault.knowsSelection) {
              expect(flows).toEqual([])
              return
            }
            const expected = baseline.emulator.org.flows.filter((flow) => !flow.deleted).map((flow) => flow.id).sort()
            expect(flows.map((flow) => flow.id).sort()).toEqual(expected)
            for (const flow of flows) {
              expect(['exported', 'failed']).toContain(flow.status)
              if (flow.status === 'failed') expect(flow.error).not.toBe('')
            }
            const failed = flows.filter((flow) => flow.status === 'failed').length
            expect(evidence.run.outputs['flows-failed']).toBe(String(failed))
            if (fault.failedIds) {
              const failedIds = flows.filter((flow) => flow.status === 'failed').map((flow) => flow.id)
              expect(failedIds).toEqual(fault.failedIds(baseline.emulator))
            }
            if (fault.status === 'success') expect(failed).toBe(0)
          })

          if (fault.sendsNoRequest) {
            it('stops before it sends Genesys Cloud a single request', () => {
              expect(requests).toEqual([])
            })
          }

          it('shows the client secret nowhere: log, summary, outputs or report', () => {
            const { run } = evidence
            const { clientId, clientSecret } = baseline.emulator
            const shown = [visibleOutput(run), run.summary, JSON.stringify(evidence.report), JSON.stringify(run.outputs)].join('\n')
            for (const form of [clientSecret, encodeURIComponent(clientSecret), Buffer.from(`${clientId}:${clientSecret}`).toString('base64')]) {
              expect(shown.includes(form)).toBe(false)
            }
          })

          it('shows no pre-signed download URL (its signature grants the export) in the log, summary or report', () => {
            const { run } = evidence
            const shown = [visibleOutput(run), run.summary, JSON.stringify(evidence.report), JSON.stringify(run.outputs)].join('\n')
            expect(shown).not.toMatch(/X-Amz-Signature=/i)
          })

          // Everything the Action says goes to stdout as workflow commands; a deprecation or experimental-feature
          // warning of this Node version would land here.
          it('writes nothing on stderr', () => {
            expect(evidence.run.stderr).toBe('')
          })

          it('leaves no temporary or half-written file and a clean working tree', () => {
            expect(evidence.leftovers).toEqual([])
            expect(evidence.porcelain).toBe('')
          })

          if (fault.status === 'failed') {
            it('leaves the previous snapshot on the remote untouched', () => {
              expect(evidence.remoteHead).toBe(headBefore)
              expect(remoteFiles(evidence.repo, 'main')).toEqual(baseline.snapshotFiles)
            })
          } else {
            it('pushes the new snapshot, keeping the previous file of any flow that failed', () => {
              expect(evidence.remoteHead).not.toBe(headBefore)
              expect(evidence.run.outputs['commit-sha']).toBe(evidence.remoteHead)
              const files = remoteFiles(evidence.repo, 'main')
              for (const flow of evidence.report.flows) {
                const path = flow.status === 'exported' ? flow.path : pathInSnapshot(baseline, flow.id)
                expect(path, flow.name).toMatch(new RegExp(`^${OUTPUT_DIR}/`))
                const content = files.get(path)!
                if (flow.status === 'exported') expect(content).toContain('Changed after the last snapshot')
                else expect(content).toBe(baseline.snapshotFiles.get(path))
              }
            })
          }
        })
      }
    })
  }
}

function pathInSnapshot(baseline: Baseline, flowId: string): string {
  const manifest = JSON.parse(baseline.snapshotFiles.get(`${OUTPUT_DIR}/manifest.json`)!) as { flows: { id: string; path: string }[] }
  return `${OUTPUT_DIR}/${manifest.flows.find((entry) => entry.id === flowId)!.path}`
}

