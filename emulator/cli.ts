// `npm run emulator -- --port P --flows N --seed S [--faults JSON] [--org-dir DIR]`: prints one line of JSON
// with the URLs and credentials once listening, then serves until SIGINT/SIGTERM.

import { parseArgs } from 'node:util'
import { startEmulator } from './index.js'
import type { EmulatorOptions, FaultOptions } from './types.js'

function fail(message: string): never {
  process.stderr.write(`emulator: ${message}\n`)
  process.exit(2)
}

function readInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) fail(`--${name} must be a whole number, got '${value}'.`)
  return Number(value)
}

function readFaults(value: string | undefined): FaultOptions | undefined {
  if (value === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    return parsed as FaultOptions
  } catch (error) {
    fail(`--faults must be a JSON object such as '{"serverErrorRate":0.05}', got '${value}' (${(error as Error).message}).`)
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      flows: { type: 'string' },
      seed: { type: 'string' },
      faults: { type: 'string' },
      'org-dir': { type: 'string' },
      'deleted-flows': { type: 'string' },
      'requests-per-minute': { type: 'string' },
      'job-done-after-ms': { type: 'string' },
      'dependency-build-status': { type: 'string' },
    },
    strict: true,
  })
  const options: EmulatorOptions = {
    port: readInt('port', values.port),
    flows: readInt('flows', values.flows),
    seed: values.seed === undefined ? undefined : /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed,
    faults: readFaults(values.faults),
    orgDir: values['org-dir'],
    deletedFlows: readInt('deleted-flows', values['deleted-flows']),
    requestsPerMinute: readInt('requests-per-minute', values['requests-per-minute']),
    jobDoneAfterMs: readInt('job-done-after-ms', values['job-done-after-ms']),
    dependencyBuildStatus: values['dependency-build-status'],
  }
  const emulator = await startEmulator(options)
  const { apiUrl, loginUrl, clientId, clientSecret } = emulator
  process.stdout.write(`${JSON.stringify({ apiUrl, loginUrl, clientId, clientSecret })}\n`)
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
