import type { Emulator, RequestLogEntry } from '../../emulator/index.js'

/** Clears the faults as soon as the request log shows `seen`: the fault happens once, then the service recovers. */
export function clearFaultsOnce(emulator: Emulator, seen: (entry: RequestLogEntry) => boolean): () => void {
  const timer = setInterval(() => {
    if (emulator.requests.some(seen)) {
      emulator.setFaults({})
      clearInterval(timer)
    }
  }, 1)
  return () => clearInterval(timer)
}
