// Generates the README's table of inputs and outputs from action.yml, so the two cannot drift:
// `npm run docs:inputs` rewrites the README between the markers, and a test checks it is current.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './support/runner.js'

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

const START = '<!-- action-table:start (generated from action.yml by npm run docs:inputs) -->'
const END = '<!-- action-table:end -->'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim()

export function actionTable(actionYml: string): string {
  const action = parse(actionYml) as ActionMetadata
  const lines = ['| input | default | description |', '|---|---|---|']
  for (const [name, input] of Object.entries(action.inputs)) {
    const fallback = input.default === undefined ? '' : `\`${cell(String(input.default))}\``
    lines.push(`| \`${name}\` | ${fallback} | ${cell(input.description)} |`)
  }
  lines.push('', '| output | description |', '|---|---|')
  for (const [name, output] of Object.entries(action.outputs)) lines.push(`| \`${name}\` | ${cell(output.description)} |`)
  return `${START}\n${lines.join('\n')}\n${END}`
}

export function withActionTable(readme: string, actionYml: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error('README.md has no action-table markers.')
  return readme.slice(0, start) + actionTable(actionYml) + readme.slice(end + END.length)
}

if (process.argv[1]?.endsWith('action-table.ts')) {
  const readmePath = join(REPO_ROOT, 'README.md')
  const updated = withActionTable(readFileSync(readmePath, 'utf8'), readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  writeFileSync(readmePath, updated)
  console.log('README.md inputs and outputs table updated from action.yml.')
}
