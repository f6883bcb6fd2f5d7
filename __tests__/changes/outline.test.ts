// The outline git's textconv diffs: the same for a layout-only save, different for every real edit.
import { describe, expect, it } from 'vitest'
import { flowOutline } from '../../src/changes/index.js'
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
})
