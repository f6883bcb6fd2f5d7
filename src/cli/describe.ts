// `npx genesys-flow-snapshot describe FILE`: a flow file as an outline in Architect's words, for reading
// and as git's `textconv` (git then diffs the outlines, so `git log -p` and `git show` read as the canvas).
import { resolve } from 'node:path'
import { flowOutline } from '../changes/index.js'
import { parseFlowConfiguration } from '../flows/json.js'
import { readText, type Command } from './commands.js'

export const describeCommand: Command = {
  name: 'describe',
  summary: "Print a flow file as an outline in Architect's words (also git's textconv for flow files)",
  usage: [
    'npx genesys-flow-snapshot describe FILE',
    '',
    'As git\'s textconv (git log -p and git show then diff the outlines):',
    '  echo "genesys-flows/*/*.json diff=genesys-flow" >> .gitattributes',
    '  git config diff.genesys-flow.textconv "npx genesys-flow-snapshot describe"',
  ].join('\n'),
  async run(args, io) {
    if (args.length !== 1) {
      io.err(`describe takes one flow file, got ${args.length} argument(s).\n\nUsage: ${describeCommand.usage}\n`)
      return 2
    }
    const text = await readText(resolve(io.cwd, args[0]!))
    // Anything that is not a flow (manifest.json, a file the attribute matched by mistake) passes through
    // unchanged, so git still shows its lines.
    const flow = parseFlowConfiguration(text)
    io.out(flow === undefined ? text : flowOutline(flow))
    return 0
  },
}
