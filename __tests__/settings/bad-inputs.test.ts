import { describe, expect, it } from 'vitest'
import { readSettings } from '../../src/settings/read-settings.js'
import { InputError } from '../../src/settings/inputs.js'
import { BAD_INPUTS, inputEnv } from './bad-inputs.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../../scripts/support/runner.js'

/** Inputs that take any text, so no value of theirs is bad. */
const FREE_TEXT = ['github-token', 'webhook-secret']

describe('a bad input ends the run with one message that names it', () => {
  it('has at least 40 cases covering every input of action.yml that can be wrong', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40)
    const inputs = Object.keys((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs)
    const covered = new Set(BAD_INPUTS.map((badInput) => badInput.input))
    expect(inputs.filter((input) => !covered.has(input) && !FREE_TEXT.includes(input))).toEqual([])
  })

  it.each(BAD_INPUTS.map((c) => [c.title, c] as const))('%s', (_title, badInput) => {
    const env = { ...inputEnv(badInput.inputs), GITHUB_WORKSPACE: '/work/repo' }
    let thrown: unknown
    try {
      readSettings(env, () => {})
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    const message = (thrown as InputError).message
    expect(message).toContain(`Input '${badInput.input}'`)
    if (badInput.says) expect(message).toContain(badInput.says)
    expect(message).not.toContain('catalogue-secret-value')
    expect(message).not.toContain('hunter2')
  })
})
