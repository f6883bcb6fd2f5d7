import { describe, expect, it } from 'vitest'
import { generateOrg } from '../../emulator/org/generate.js'
import { validateOneFlow, validateFlows } from '../../src/flows/validate.js'
import type { ExportedFlow } from '../../src/model.js'
import { toFlowRef } from '../../src/genesys/flows-api.js'
import { flowFileOf } from '../../src/run-steps/flows-in-hand.js'
import { createFlowPipeline } from '../../src/run-steps/flow-pipeline.js'
import { planSnapshot, prepareFile } from '../../src/snapshot/plan.js'
import { flow, scope, uuid } from '../snapshot/flows.js'

const none = new Set<string>()

describe('the flow pipeline', () => {
  it('prepares every flow it is given, in batches as they arrive, as planSnapshot would', async () => {
    const pipeline = createFlowPipeline()
    const first = [flow(uuid(1), 'One', 'inboundcall', { z: 1, a: [2, { y: 0, b: 1 }] }), flow(uuid(2), 'Two', 'commonmodule')]
    const second = [flow(uuid(3), 'Three', 'workflow', { k: 'v' })]
    pipeline.add(first)
    pipeline.add(second)
    const prepared = await pipeline.drained()
    expect([...prepared.keys()]).toEqual([...first, ...second])
    for (const exported of [...first, ...second]) expect(prepared.get(exported)).toEqual(prepareFile(exported))
  })

  it('leaves a flow that cannot be given a file to planSnapshot, which names it as unwritable', async () => {
    const pipeline = createFlowPipeline()
    const bad: ExportedFlow = { ...flow(uuid(4), 'Bad'), ref: { id: 'not/an id', name: 'Bad', type: 'inboundcall', version: '1.0' } }
    const good = flow(uuid(5), 'Good')
    pipeline.add([bad, good])
    const prepared = await pipeline.drained()
    expect(prepared.has(bad)).toBe(false)
    const plan = planSnapshot({ exported: [bad, good], previous: null, scope: scope([], []), failedIds: none, prepared })
    expect(plan.unwritable.map((failed) => failed.ref.id)).toEqual(['not/an id'])
    expect(plan.manifest.flows.map((entry) => entry.id)).toEqual([uuid(5)])
  })

  it('gives planSnapshot the same plan as preparing everything at the end', async () => {
    const exported = [flow(uuid(7), 'Seven', 'bot', { b: 1, a: 2 }), flow(uuid(6), 'Six')]
    const pipeline = createFlowPipeline()
    pipeline.add(exported)
    const pipelined = planSnapshot({ exported, previous: null, scope: scope([], []), failedIds: none, prepared: await pipeline.drained() })
    expect(pipelined).toEqual(planSnapshot({ exported, previous: null, scope: scope([], []), failedIds: none }))
  })

  it('resolves drained at once when nothing was exported', async () => {
    expect((await createFlowPipeline().drained()).size).toBe(0)
  })

  it('resolves drained after a job that exported no flow (every flow of it failed)', async () => {
    const pipeline = createFlowPipeline()
    pipeline.add([])
    const later = flow(uuid(8), 'Later')
    pipeline.add([later])
    pipeline.add([])
    expect([...(await pipeline.drained()).keys()]).toEqual([later])
  })

  it('validates each flow by itself as it comes, and the whole validation then finds exactly what it finds without that head start', async () => {
    // A generated org with its planted defects (broken references, calls to missing flows, a cycle).
    const org = generateOrg({ flows: 80, seed: 'pipeline-validation' })
    const exported: ExportedFlow[] = org.flows
      .filter((emulated) => !emulated.deleted)
      .map((emulated) => ({ ref: toFlowRef({ id: emulated.id, name: emulated.name, type: emulated.type, publishedVersion: { id: emulated.version } }), document: emulated.document, bytes: 20_000 }))
    const maxExportBytes = 1_000_000
    const pipeline = createFlowPipeline({ validate: (one, file) => validateOneFlow(flowFileOf(one, 'flows', file.path, file.content), maxExportBytes) })
    pipeline.add(exported.slice(0, 30))
    pipeline.add(exported.slice(30))
    const prepared = await pipeline.drained()
    expect(pipeline.oneFlowValidations.size).toBe(exported.length)
    const files = exported.map((one) => flowFileOf(one, 'flows', prepared.get(one)!.path, prepared.get(one)!.content))
    const atTheEnd = validateFlows({ flows: files, knownFlows: new Map(), maxExportBytes })
    expect(atTheEnd.findings.length).toBeGreaterThan(0)
    expect(validateFlows({ flows: files, knownFlows: new Map(), maxExportBytes, oneFlowValidations: pipeline.oneFlowValidations })).toEqual(atTheEnd)
    // Read again (a second validation of the same run) it still gives the same result.
    expect(validateFlows({ flows: files, knownFlows: new Map(), maxExportBytes, oneFlowValidations: pipeline.oneFlowValidations })).toEqual(atTheEnd)
  })
})
