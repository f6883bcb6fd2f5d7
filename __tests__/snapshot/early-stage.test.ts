import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEarlyStaging } from '../../src/snapshot/early-stage.js'
import { planSnapshot, prepareFile } from '../../src/snapshot/plan.js'
import { applySnapshot } from '../../src/snapshot/write.js'
import { filesUnder, flow, scope, uuid } from './flows.js'

let workspace: string
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'snapshot-early-'))
})
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

const none = new Set<string>()

describe('staging flow files while the export runs', () => {
  it('hands applySnapshot the staged files, which end as the flow files with no temporary file left', async () => {
    const flows = [flow(uuid(1), 'One', 'inboundcall', { b: 1, a: 2 }), flow(uuid(2), 'Two', 'workflow')]
    const staging = createEarlyStaging(workspace, 'flows')
    for (const exported of flows) {
      const file = prepareFile(exported)
      await staging.stage(file.path, file.content)
    }
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([
      expect.stringMatching(/^inboundcall\/\.one--.*\.tmp$/),
      expect.stringMatching(/^workflow\/\.two--.*\.tmp$/),
    ])
    const plan = planSnapshot({ exported: flows, previous: null, scope: scope([], []), failedIds: none })
    await applySnapshot(workspace, 'flows', plan, staging.staged)
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([`inboundcall/one--${uuid(1)}.json`, 'manifest.json', `workflow/two--${uuid(2)}.json`])
    expect(await readFile(join(workspace, 'flows', `inboundcall/one--${uuid(1)}.json`), 'utf8')).toBe(plan.writes[0]!.content)
  })

  it('removes a staged file whose content the plan does not write, and writes the plan\'s', async () => {
    const staging = createEarlyStaging(workspace, 'flows')
    const exported = flow(uuid(1), 'One', 'inboundcall', { v: 'new' })
    await staging.stage(prepareFile(exported).path, 'something else\n')
    const plan = planSnapshot({ exported: [exported], previous: null, scope: scope([], []), failedIds: none })
    await applySnapshot(workspace, 'flows', plan, staging.staged)
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([`inboundcall/one--${uuid(1)}.json`, 'manifest.json'])
    expect(await readFile(join(workspace, 'flows', `inboundcall/one--${uuid(1)}.json`), 'utf8')).toBe('{\n  "v": "new"\n}\n')
  })

  it('stages nothing for a file that already holds the content', async () => {
    const exported = flow(uuid(1), 'One')
    const file = prepareFile(exported)
    await mkdir(join(workspace, 'flows', 'inboundcall'), { recursive: true })
    await writeFile(join(workspace, 'flows', file.path), file.content)
    const staging = createEarlyStaging(workspace, 'flows')
    await staging.stage(file.path, file.content)
    expect(staging.staged.get(file.path)).toEqual({ content: file.content, staged: null })
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([file.path])
  })

  it('leaves no temporary file when the run stops before writing (discardAll)', async () => {
    const staging = createEarlyStaging(workspace, 'flows')
    const file = prepareFile(flow(uuid(1), 'One'))
    await staging.stage(file.path, file.content)
    await staging.discardAll()
    expect(await filesUnder(join(workspace, 'flows'))).toEqual([])
  })

  it('leaves a file it cannot stage to applySnapshot, which reports it', async () => {
    const exported = flow(uuid(1), 'One')
    const file = prepareFile(exported)
    await mkdir(join(workspace, 'flows', file.path), { recursive: true }) // a folder where the file goes
    const staging = createEarlyStaging(workspace, 'flows')
    await staging.stage(file.path, file.content)
    expect(staging.staged.size).toBe(0)
    const plan = planSnapshot({ exported: [exported], previous: null, scope: scope([], []), failedIds: none })
    await expect(applySnapshot(workspace, 'flows', plan, staging.staged)).rejects.toThrow(/a folder of that name is in the way/)
  })
})
