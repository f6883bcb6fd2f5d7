// Reviews as one line, as Markdown within a budget, and as terminal text.
import { describe, expect, it } from 'vitest'
import type { FlowChange, FlowReview } from '../../src/changes/index.js'
import { oneLineSummary, reviewMarkdown, reviewText } from '../../src/report/review-text.js'

function flowReview(name: string, changes: FlowChange[], fields: Partial<FlowReview> = {}): FlowReview {
  const counts: Partial<Record<FlowChange['kind'], number>> = {}
  for (const change of changes) counts[change.kind] = (counts[change.kind] ?? 0) + 1
  return { flowId: `id-${name}`, name, versionFrom: '12.0', versionTo: '13.0', status: changes.length > 0 ? 'changed' : 'layout-only', changes, counts, ...fields }
}

const mainIvr = flowReview('Main IVR', [
  { kind: 'action-added', text: 'Added Play Audio "Closed" to task "Hours", on "No" of Decision "Open today?"', line: 40, actionId: 'a1' },
  { kind: 'action-added', text: 'Added Disconnect "Bye" to task "Hours", after Play Audio "Closed"', line: 52, actionId: 'a2' },
  { kind: 'rewired', text: 'Decision "Open today?": "Yes" now goes to Play Audio "Closed message" (was Transfer to ACD "Transfer to Sales")', line: 61, actionId: 'a3' },
  { kind: 'resource', text: 'Transfer to ACD "To Sales": queue "Sales" → "Support"', line: 75, actionId: 'a4' },
])

describe('oneLineSummary', () => {
  it('names the version step, counts additions, names what was rewired and the resource swapped', () => {
    expect(oneLineSummary(mainIvr)).toBe('Main IVR 12.0 → 13.0: 2 actions added, Decision "Open today?" rewired, queue "Sales" → "Support"')
  })

  it('a flow whose file changed only in layout says so', () => {
    expect(oneLineSummary(flowReview('Queue flow', []))).toBe('Queue flow 12.0 → 13.0: layout only (nothing the flow does changed)')
  })

  it('a new flow names its version and what it holds', () => {
    const added = flowReview('New IVR', [{ kind: 'flow', text: 'New flow "New IVR" (2 tasks, 0 menus, 5 actions)', line: 1 }], { status: 'added', versionFrom: '', versionTo: '1.0' })
    expect(oneLineSummary(added)).toBe('New IVR new in 1.0: new flow "New IVR" (2 tasks, 0 menus, 5 actions)')
  })

  it('a renamed flow says its old name first', () => {
    const renamed = flowReview('Main IVR 2', [{ kind: 'flow', text: 'Flow renamed from "Main IVR" to "Main IVR 2"', line: 3 }], { previousName: 'Main IVR' })
    expect(oneLineSummary(renamed)).toBe('Main IVR 2 12.0 → 13.0: renamed from "Main IVR"')
  })

  it('a ": " or " now " inside a quoted name is part of the name, not where the subject ends', () => {
    const named = flowReview('Names', [
      { kind: 'rewired', text: 'Decision "Check now or later" now continues with Play Audio "A" (was Play Audio "B")' },
      { kind: 'action-changed', text: 'Play Audio "Note: closed": audio "a" → "b"' },
      { kind: 'resource', text: 'Transfer to ACD "To Sales": queue "Sales: East" → "Support"' },
    ])
    const summary = 'Names 12.0 → 13.0: Decision "Check now or later" rewired, Play Audio "Note: closed" changed, queue "Sales: East" → "Support"'
    expect(oneLineSummary(named)).toBe(summary)
  })

  it('changes inside many actions are counted, not named', () => {
    const changed = flowReview('Tuned', ['A', 'B', 'C'].map((name) => ({ kind: 'action-changed' as const, text: `Decision "${name}": expression "x" → "y"` })))
    expect(oneLineSummary(changed)).toBe('Tuned 12.0 → 13.0: 3 actions changed')
  })

  it('many kinds of change are cut to the first few and counted', () => {
    const busy = flowReview('Busy', [
      { kind: 'flow', text: 'Flow description set to "x"' },
      { kind: 'start-changed', text: 'The flow now starts at task "B" (was task "A")' },
      { kind: 'item-added', text: 'Added task "C"' },
      { kind: 'action-removed', text: 'Removed Play Audio "D" from task "A"' },
      { kind: 'choice', text: 'Menu "M": choice "E": digit 1 → 2' },
      { kind: 'action-renamed', text: 'Renamed Play Audio "F" to "G"' },
    ])
    expect(oneLineSummary(busy)).toBe('Busy 12.0 → 13.0: 1 flow setting changed, start changed, 1 item added, 1 action removed, and 2 more')
  })
})

describe('reviewMarkdown', () => {
  const small = flowReview('Small', [{ kind: 'action-renamed', text: 'Renamed Play Audio "A" to "B"', line: 9 }])
  const layout = flowReview('Only moved boxes', [])

  it('lists the most changed flow first, each change with its line, layout-only flows in one line at the end', () => {
    expect(reviewMarkdown([small, layout, mainIvr], { maxChars: 10_000 })).toBe(
      [
        '**Main IVR** 12.0 → 13.0',
        '- Added Play Audio "Closed" to task "Hours", on "No" of Decision "Open today?" (line 40)',
        '- Added Disconnect "Bye" to task "Hours", after Play Audio "Closed" (line 52)',
        '- Decision "Open today?": "Yes" now goes to Play Audio "Closed message" (was Transfer to ACD "Transfer to Sales") (line 61)',
        '- Transfer to ACD "To Sales": queue "Sales" → "Support" (line 75)',
        '',
        '**Small** 12.0 → 13.0',
        '- Renamed Play Audio "A" to "B" (line 9)',
        '',
        '1 flow changed only in layout: Only moved boxes.',
      ].join('\n'),
    )
  })

  it('stays within its budget and counts the flows it left out', () => {
    const many = Array.from({ length: 40 }, (_, index) => flowReview(`Flow ${index}`, [{ kind: 'action-renamed', text: `Renamed Play Audio "A${index}" to "B"`, line: 9 }]))
    const text = reviewMarkdown(many, { maxChars: 600 })
    expect(text.length).toBeLessThanOrEqual(600)
    const listed = text.match(/^\*\*/gm)!.length
    expect(text).toContain(`…and ${40 - listed} more flows changed.`)
  })

  it('lists at most 25 flows', () => {
    const many = Array.from({ length: 28 }, (_, index) => flowReview(`Flow ${index}`, [{ kind: 'action-renamed', text: 'Renamed X', line: 1 }]))
    const text = reviewMarkdown(many, { maxChars: 100_000 })
    expect(text.match(/^\*\*/gm)).toHaveLength(25)
    expect(text).toContain('…and 3 more flows changed.')
  })

  it('cuts a long list of changes with "and N more"', () => {
    const long = flowReview('Long', Array.from({ length: 20 }, (_, index) => ({ kind: 'action-renamed' as const, text: `Renamed ${index}`, line: index + 1 })))
    expect(reviewMarkdown([long], { maxChars: 10_000 })).toContain('- …and 8 more changes')
  })

  it('links each line when given the address of a line', () => {
    const text = reviewMarkdown([mainIvr], { maxChars: 10_000, lineLink: (review, line) => `https://github.com/o/r/blob/abc/genesys-flows/${review.flowId} (x).json#L${line}` })
    expect(text).toContain('- Transfer to ACD "To Sales": queue "Sales" → "Support" ([line 75](https://github.com/o/r/blob/abc/genesys-flows/id-Main%20IVR%20%28x%29.json#L75))')
  })

  it('escapes Markdown and HTML in names', () => {
    const awkward = flowReview('IVR *beta* <b>|x|</b>', [{ kind: 'action-renamed', text: 'Renamed Play Audio "[link](http://x)" to "`code`"', line: 2 }])
    const text = reviewMarkdown([awkward], { maxChars: 10_000 })
    expect(text).toContain('**IVR \\*beta\\* &lt;b&gt;\\|x\\|&lt;/b&gt;**')
    expect(text).toContain('Renamed Play Audio "\\[link\\](http://x)" to "\\`code\\`"')
  })
})

describe('reviewText', () => {
  it('prints each flow with its version step, then its changes with aligned line numbers', () => {
    const removed = flowReview('Old', [{ kind: 'flow', text: 'Removed flow "Old"' }], { status: 'removed', versionTo: '' })
    expect(reviewText([mainIvr, removed]).split('\n')).toEqual([
      'Main IVR 12.0 → 13.0',
      '  line 40  Added Play Audio "Closed" to task "Hours", on "No" of Decision "Open today?"',
      '  line 52  Added Disconnect "Bye" to task "Hours", after Play Audio "Closed"',
      '  line 61  Decision "Open today?": "Yes" now goes to Play Audio "Closed message" (was Transfer to ACD "Transfer to Sales")',
      '  line 75  Transfer to ACD "To Sales": queue "Sales" → "Support"',
      '',
      'Old removed (was 12.0)',
      '         Removed flow "Old"',
      '',
    ])
  })
})
