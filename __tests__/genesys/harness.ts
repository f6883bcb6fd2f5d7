// Shared set-up for the export tests: the emulator over loopback HTTP, a client for it, and an
// observing fetch that records what really went over the wire (it sends every request for real).
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.js'
import { createGenesysClient, type ClientDeps, type GenesysClient } from '../../src/genesys/client.js'
import { httpFetch, type HttpFetch, type HttpInit } from '../../src/http/fetch.js'
import { flowCallTargets } from '../../src/flows/calls.js'
import type { SelectionSettings } from '../../src/settings/types.js'

export interface SentRequest {
  readonly url: string
  readonly init: HttpInit
}

export function recordingFetch(sent: SentRequest[]): HttpFetch {
  return (url, init = {}) => {
    sent.push({ url, init })
    return httpFetch(url, init)
  }
}

export function startOrg(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ flows: 40, seed: 11, ...options })
}

export function clientFor(emulator: Emulator, deps: ClientDeps = {}, concurrency = 4): GenesysClient {
  return createGenesysClient(
    { clientId: emulator.clientId, clientSecret: emulator.clientSecret, apiUrl: emulator.apiUrl, loginUrl: emulator.loginUrl, concurrency },
    // Short backoffs keep fault tests quick; the waits' lengths are not what they check.
    { random: () => 0.05, ...deps },
  )
}

export function selection(partial: Partial<SelectionSettings>): SelectionSettings {
  return { flowIds: [], flowTypes: [], flowNames: [], includeDependencies: false, ...partial }
}

export const exportOptions = { maxExportBytes: 50 * 1024 * 1024, concurrency: 4 }

export function liveFlows(emulator: Emulator) {
  return emulator.org.flows.filter((flow) => !flow.deleted)
}

/** Requests of the log matching method and a path pattern. */
export function count(emulator: Emulator, method: string, path: RegExp, listener: 'api' | 'login' | 'download' = 'api'): number {
  return emulator.requests.filter((entry) => entry.listener === listener && entry.method === method && path.test(entry.path)).length
}

/** The flows reachable from `start` through flow calls, in the org's own documents (ground truth). */
export function closureInOrg(emulator: Emulator, start: string): Set<string> {
  const byId = new Map(emulator.org.flows.map((flow) => [flow.id, flow]))
  const seen = new Set<string>([start])
  const stack = [start]
  while (stack.length > 0) {
    const flow = byId.get(stack.pop()!)
    if (!flow || flow.deleted) continue
    for (const target of flowCallTargets(flow.document)) {
      if (seen.has(target.flowId) || !byId.get(target.flowId) || byId.get(target.flowId)!.deleted) continue
      seen.add(target.flowId)
      stack.push(target.flowId)
    }
  }
  return seen
}
