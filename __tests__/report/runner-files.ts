// Readers for what a runner sees: workflow commands on stdout and the GITHUB_OUTPUT heredoc file.

export interface WorkflowCommand {
  readonly command: string
  readonly properties: Record<string, string>
  readonly message: string
}

/** `::error title=…,file=…,line=…::message` lines, unescaped as the runner reads them. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  return stdout
    .split(/\r?\n/)
    .map((line) => /^::([a-z-]+)(?: (.*?))?::(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, command, props, message]) => ({
      command: command!,
      properties: Object.fromEntries(
        (props ?? '')
          .split(',')
          .filter(Boolean)
          .map((pair) => {
            const at = pair.indexOf('=')
            return [pair.slice(0, at), unescapeCommand(pair.slice(at + 1))]
          }),
      ),
      message: unescapeCommand(message!),
    }))
}

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/** `name<<delimiter\nvalue\ndelimiter` blocks of a GITHUB_OUTPUT file. */
export function readOutputsFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}
