// startEmulator: a Genesys Cloud stand-in on 127.0.0.1 for tests, the demo and benchmarks. Login and API share
// one port; export downloads come from a second listener that acts as the pre-signed object store.

import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { revokeAllTokens } from './auth.js'
import { compileRoutes } from './http/router.js'
import { startObjectStore } from './object-store.js'
import { generateOrg } from './org/generate.js'
import { loadOrg } from './org/load.js'
import { publishFlowVersion } from './publish.js'
import { createRandom } from './random.js'
import { dependencyRoutes } from './routes/dependencies.js'
import { exportJobRoutes, jobDurationMs } from './routes/export-jobs.js'
import { flowRoutes } from './routes/flows.js'
import { editRouting, routingRoutes } from './routes/routing.js'
import { changeResource } from './org/dependencies.js'
import { createMainServer } from './server.js'
import { addClient, createState, resetState, resolveSettings, setFaults, strikes } from './state.js'
import type { Emulator, EmulatorOptions } from './types.js'

export type * from './types.js'

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = resolveSettings(options)
  const org = options.orgDir
    ? await loadOrg(options.orgDir, settings.seed)
    : generateOrg({ flows: options.flows ?? 12, seed: settings.seed, deletedFlows: options.deletedFlows, plant: options.plant })
  const state = createState(settings, org, options.faults ?? {}, options.clock)
  if (options.dependencyBuildStatus) state.dependencyBuildStatus = options.dependencyBuildStatus

  // The default client's credentials come from the seed too, so a CLI run can be repeated exactly.
  const credentials = createRandom(`${settings.seed}:client`)
  const clientId = credentials.uuid()
  const clientSecret = Buffer.from(credentials.uuid() + credentials.uuid()).toString('base64url').slice(0, 43)
  addClient(state, { clientId, clientSecret })

  const objectStore = await startObjectStore({
    faults: () => state.faults,
    strikes: (fault) => strikes(state, fault),
    log: (entry) => state.requests.push(entry),
    now: () => state.now(),
  })
  const routes = compileRoutes([...flowRoutes, ...exportJobRoutes, ...dependencyRoutes, ...routingRoutes])
  const server: Server = createMainServer(state, routes, objectStore)
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
  } catch (error) {
    await objectStore.close()
    throw new Error(`The emulator could not listen on 127.0.0.1:${options.port ?? 0}: ${(error as Error).message}. Choose another --port or 0 for a free one.`)
  }
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    apiUrl: base,
    loginUrl: base,
    downloadUrl: objectStore.baseUrl,
    clientId,
    clientSecret,
    org,
    requests: state.requests,
    setFaults: (faults) => setFaults(state, faults),
    reset: () => {
      resetState(state)
      objectStore.clear()
    },
    revokeTokens: () => revokeAllTokens(state),
    issuedTokens: () => [...state.tokens.keys()],
    addClient: (client) => addClient(state, client),
    deleteResource: (id) => changeResource(org, state.resourcesById, state.flowsById, id, 'deleted'),
    updateResource: (id) => changeResource(org, state.resourcesById, state.flowsById, id, 'updated'),
    setDependencyBuild: (status) => {
      state.dependencyBuildStatus = status
    },
    publishFlowVersion: (flowId, edits) => publishFlowVersion(state, flowId, edits),
    editRouting: (edit) => editRouting(org.routing, edit),
    exportJobs: () =>
      [...state.jobs.values()].map((job) => ({
        id: job.id,
        createdAt: job.createdAt,
        doneAt: job.createdAt + jobDurationMs(state, job),
        flows: job.files.length,
        failed: job.failure !== undefined,
        overCapacity: job.overCapacity === true,
      })),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
      await objectStore.close()
    },
  }
}
