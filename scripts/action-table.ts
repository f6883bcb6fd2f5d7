// Generates the README's table of inputs and outputs from action.yml, so the two cannot drift:
// `npm run docs:inputs` rewrites the README between the markers, and a test checks it is current.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './support/runner.js'
import { tableCell as cell, withSection, type GeneratedSection } from './support/readme-section.js'

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

const SECTION: GeneratedSection = {
  start: '<!-- action-table:start (generated from action.yml by npm run docs:inputs) -->',
  end: '<!-- action-table:end -->',
}

export function actionTable(actionYml: string): string {
  const action = parse(actionYml) as ActionMetadata
  const lines = ['| input | default | description |', '|---|---|---|']
  for (const [name, input] of Object.entries(action.inputs)) {
    const fallback = input.default === undefined ? '' : `\`${cell(String(input.default))}\``
    lines.push(`| \`${name}\` | ${fallback} | ${cell(input.description)} |`)
  }
  lines.push('', '| output | description |', '|---|---|')
  for (const [name, output] of Object.entries(action.outputs)) lines.push(`| \`${name}\` | ${cell(output.description)} |`)
  return lines.join('\n')
}

export function withActionTable(readme: string, actionYml: string): string {
  return withSection(readme, SECTION, actionTable(actionYml), 'action-table')
}

if (process.argv[1]?.endsWith('action-table.ts')) {
  const readmePath = join(REPO_ROOT, 'README.md')
  const updated = withActionTable(readFileSync(readmePath, 'utf8'), readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  writeFileSync(readmePath, updated)
  console.log('README.md inputs and outputs table updated from action.yml.')
}
