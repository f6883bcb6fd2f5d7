// `npx genesys-flow-snapshot pack <flow file | output-dir> [--out DIR]`: committed flow files back into
// files that Architect's Import takes (README "Restore a flow").
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Command } from './commands.js'
import { errorMessage } from '../errors.js'
import { packFlows } from '../snapshot/pack.js'

const USAGE = `genesys-flow-snapshot pack <flow file | output-dir> [--out DIR]

  <flow file>   a committed flow file, e.g. genesys-flows/inboundcall/main-ivr--<id>.json
  <output-dir>  the snapshot folder (with manifest.json): every flow in it
  --out DIR     where to write the Architect files (default: the current folder)
`

export const packCommand: Command = {
  name: 'pack',
  summary: 'Turn committed flow files back into files Architect can import (.i3InboundFlow, …)',
  usage: USAGE,
  async run(args, io) {
    let source: string
    let outDir: string
    try {
      const { values, positionals } = parseArgs({ args: [...args], options: { out: { type: 'string' } }, allowPositionals: true, strict: true })
      if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'Give the flow file or folder to pack.' : `Give one flow file or folder, not ${positionals.length}.`)
      source = resolve(io.cwd, positionals[0]!)
      outDir = resolve(io.cwd, values.out ?? '.')
    } catch (error) {
      io.err(`${errorMessage(error)}\n\nUsage: ${USAGE}`)
      return 2
    }
    const { packed, failed } = await packFlows(source, outDir)
    for (const flow of packed) io.out(`${flow.type} '${flow.name}' → ${flow.file}\n`)
    for (const failure of failed) io.err(`Not packed: ${failure.source}: ${failure.error}\n`)
    if (packed.length > 0) {
      io.out(
        `\n${packed.length} ${packed.length === 1 ? 'file' : 'files'} in ${outDir}. In Architect, open each flow (or create one of ` +
          'its type), choose Import in the Save drop-down and select the file; review it, then save and publish.\n',
      )
    }
    return failed.length === 0 ? 0 : 1
  },
}
