// The outline git's textconv diffs: the same for a layout-only save, different for every real edit.
import { describe, expect, it } from 'vitest'
import { flowOutline } from '../../src/changes/index.js'
import { outlineActionLabels } from '../../src/changes/outline.js'
import { clone, readSamples, reshuffled, samplesPresent, tasks, type Json } from './edits.js'

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/

describe.skipIf(!samplesPresent)('flowOutline of the real samples', () => {
  const samples = readSamples().map((sample) => [sample.file, sample.document] as const)

  it.each(samples)('%s reads the same after a layout-only save', (_, document) => {
    expect(flowOutline(reshuffled(document) as Json)).toBe(flowOutline(document))
  })

  it.each(samples)('%s names its actions and items by name, not by id', (_, document) => {
    const lines = flowOutline(document).split('\n')
    const withIds = lines.filter((line) => UUID.test(line) && !/: "|: \d/.test(line) && !line.includes('missing'))
    expect(withIds).toEqual([])
  })

  it.each(samples)('%s: a TTS text changed after its 100th character is a changed line', (_, document) => {
    const after = clone(document)
    const action = tasks(after).flatMap((item) => item['actionList'] as Json[]).find((candidate) => candidate['__type'] === 'PlayAudioAction')
    if (!action) return
    action['prompts']['defaultAudio']['text'] = `AudioPlaybackOptions(ToAudioTTS("${'x'.repeat(150)} the end"), true)`
    const changed = flowOutline(after).split('\n').filter((line) => !flowOutline(document).split('\n').includes(line))
    expect(changed.some((line) => line.includes('the end'))).toBe(true)
  })

  it.each(samples)('%s: no two different actions share a label, and each is a line of the outline', (_, document) => {
    const labels = [...outlineActionLabels(document).values()]
    expect(labels).toHaveLength(tasks(document).flatMap((item) => item['actionList'] as Json[]).length)
    expect(new Set(labels).size).toBe(labels.length)
    const lines = new Set(flowOutline(document).split('\n'))
    expect(labels.filter((label) => !lines.has(`  ${label}`))).toEqual([])
  })

  it.each(samples)('%s: each task lists its actions in run order, from its start action', (_, document) => {
    const labels = outlineActionLabels(document)
    const lines = flowOutline(document).split('\n')
    for (const item of tasks(document)) {
      const start = [...labels.keys()].find((action) => action.id === item['startAction'] && action.item.raw === item)
      if (!start || item['actionList'].length < 2) continue
      const heading = lines.findIndex((line) => line.endsWith(`"${item['name']}"`) && !line.startsWith(' '))
      const firstAction = lines.slice(heading).find((line) => [...labels.values()].some((label) => line === `  ${label}`))
      expect(firstAction).toBe(`  ${labels.get(start)}`)
    }
  })

  it.each(samples)('%s leaves out empty outputs and empty settings', (_, document) => {
    const lines = flowOutline(document).split('\n')
    expect(lines.filter((line) => line.includes('→ nothing') || line.endsWith(': ""'))).toEqual([])
  })
})

describe('flowOutline names', () => {
  it('seven Decisions still called "Decision" are told apart by their step in the run order', () => {
    const decisions = Array.from({ length: 7 }, (_, index) => ({ __type: 'DecisionAction', id: `d${index}`, name: 'Decision', expression: { text: `Flow.x == ${index}`, type: 'bln' }, ...(index < 6 ? { nextAction: `d${index + 1}` } : {}) }))
    const document = { name: 'F', type: 'inboundcall', initialSequence: 't', flowSequenceItemList: [{ __type: 'Task', id: 't', name: 'T', startAction: 'd0', actionList: [...decisions].reverse() }] }
    const lines = flowOutline(document).split('\n')
    expect(lines.filter((line) => /^  Decision/.test(line))).toEqual(Array.from({ length: 7 }, (_, index) => `  Decision (step ${index + 1})`))
  })
})
