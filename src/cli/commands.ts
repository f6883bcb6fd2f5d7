// The commands of `npx genesys-flow-snapshot <command>`: one entry each, in the order `help` lists them.
// A command gets its arguments (after its name) and returns the process exit code; it writes its own output.
import { readFile } from 'node:fs/promises'
import { errorMessage } from '../errors.js'

export interface CliIo {
  readonly out: (text: string) => void
  readonly err: (text: string) => void
  readonly cwd: string
}

export interface Command {
  readonly name: string
  /** One line for `help`. */
  readonly summary: string
  /** The usage line(s), shown by `<command> --help` and after a usage error. */
  readonly usage: string
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>
}

/** A file's text, or an error naming the file and why it could not be read. */
export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: unknown) => {
    throw new Error(`Cannot read ${path}: ${errorMessage(error)}`)
  })
}
