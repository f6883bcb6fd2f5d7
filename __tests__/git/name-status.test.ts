import { describe, expect, it } from 'vitest'
import { parseNameStatus } from '../../src/git/git.js'

describe('parseNameStatus', () => {
  it('reads -z output with renames and paths holding spaces or unicode', () => {
    const out = 'A\0f/new file.json\0R087\0f/old.json\0f/née.json\0D\0f/gone.json\0'
    expect(parseNameStatus(out)).toEqual([
      { status: 'A', path: 'f/new file.json' },
      { status: 'R', from: 'f/old.json', path: 'f/née.json' },
      { status: 'D', path: 'f/gone.json' },
    ])
  })

  it('reads empty output as no changes', () => {
    expect(parseNameStatus('')).toEqual([])
  })
})
