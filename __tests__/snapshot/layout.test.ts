import { describe, expect, it } from 'vitest'
import { flowFilePath, parseFlowFileName, slugify } from '../../src/snapshot/layout.js'
import { uuid } from './flows.js'

const id = uuid(1)
const ref = (name: string) => ({ id, name, type: 'inboundcall' as const, version: '1.0' })

describe('flowFilePath', () => {
  it('puts a flow under its type as <slug>--<id>.json', () => {
    expect(flowFilePath(ref('Main IVR'))).toBe(`inboundcall/main-ivr--${id}.json`)
  })

  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c', 'a-b-c'],
    ['nul\u0000byte', 'nul-byte'],
    ['CON', 'con'],
    ['Café Crème', 'cafe-creme'],
    ['  --Spaces & Symbols!!--  ', 'spaces-symbols'],
  ])('reduces the hostile name %j to the slug %j', (name, slug) => {
    expect(flowFilePath(ref(name))).toBe(`inboundcall/${slug}--${id}.json`)
  })

  it('names a flow whose name has no a-z/0-9 left "flow"', () => {
    expect(flowFilePath(ref('日本語のフロー'))).toBe(`inboundcall/flow--${id}.json`)
  })

  it('cuts the slug to 60 characters without a trailing dash', () => {
    const slug = slugify('x'.repeat(59) + ' tail that goes on and on')
    expect(slug).toBe('x'.repeat(59))
    expect(slugify('y'.repeat(200))).toHaveLength(60)
  })

  it('refuses an id that could carry path syntax', () => {
    expect(() => flowFilePath({ ...ref('A'), id: '../x' })).toThrow(/not a Genesys flow id/)
  })

  it('refuses a type that is not a flow type', () => {
    expect(() => flowFilePath({ ...ref('A'), type: '..' as never })).toThrow(/not a Genesys flow type/)
  })

  it('reads its own file names back', () => {
    expect(parseFlowFileName(`main-ivr--${id}.json`)).toEqual({ slug: 'main-ivr', id })
    expect(parseFlowFileName('notes.json')).toBeNull()
  })
})
