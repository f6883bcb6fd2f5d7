// Plain-JS entry of the emulator worker: a worker thread does not inherit tsx, so it registers tsx
// itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./emulator-worker.ts')
