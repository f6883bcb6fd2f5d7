// `npx genesys-flow-snapshot <command> …`: the tools a person runs by hand beside the Action.
import type { CliIo, Command } from './commands.js'
import { errorMessage } from '../errors.js'
import { describeCommand } from './describe.js'
import { diffCommand } from './diff.js'
import { packCommand } from './pack.js'
import { routeCommand } from './route.js'

/** Every command, in the order `help` lists them; each lives in its own file beside this one. */
const COMMANDS: readonly Command[] = [diffCommand, describeCommand, packCommand, routeCommand]

/** Exit codes: 0 done, 1 the command failed (its message says why), 2 the command line was wrong. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText())
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS.find((candidate) => candidate.name === name)
  if (command === undefined) {
    io.err(`Unknown command '${name}'.\n\n${helpText()}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}\n`)
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    io.err(`genesys-flow-snapshot ${command.name}: ${errorMessage(error)}\n`)
    return 1
  }
}

function helpText(): string {
  const width = Math.max(0, ...COMMANDS.map((command) => command.name.length))
  const lines = COMMANDS.map((command: Command) => `  ${command.name.padEnd(width)}  ${command.summary}`)
  return ['Usage: npx genesys-flow-snapshot <command> [options]', '', 'Commands:', ...lines, '', 'Run a command with --help for its options.', ''].join('\n')
}
