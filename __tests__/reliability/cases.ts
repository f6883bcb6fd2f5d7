// The fault matrix as data: each case is a full run of the built Action against the emulator, into a copy of
// a repository whose remote holds the previous snapshot. The same table is the README's "Reliability"
// section (scripts/reliability-table.ts), so what the README promises is exactly what the tests check.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:net'
import { join } from 'node:path'
import type { Emulator, FaultOptions } from '../../emulator/index.js'
import type { TempRepo } from '../../scripts/support/repo.js'
import { encodeArchitectFile } from '../../emulator/export-files.js'

export type ExpectedStatus = 'success' | 'partial' | 'failed'

export interface CaseContext {
  readonly emulator: Emulator
  readonly repo: TempRepo
}

export interface CaseSetup {
  /** Inputs that replace the defaults of the case's run. */
  readonly inputs?: Record<string, string>
  /** Called once the run is over, to release what the setup took (a port, a server). */
  readonly release?: () => Promise<void> | void
}

export interface FaultCase {
  /** The fault, as a user would name it. */
  readonly fault: string
  /** How the test produces it (README column). */
  readonly how: string
  readonly faults?: FaultOptions
  readonly setup?: (context: CaseContext) => Promise<CaseSetup> | CaseSetup
  readonly status: ExpectedStatus
  readonly exitCode: 0 | 1
  /** Part of the step's failure message (the `::error::` line); absent when the step succeeds. */
  readonly message?: RegExp
  /** The flows that must end failed, when the case expects some to fail and others not. */
  readonly failedIds?: (emulator: Emulator) => string[]
  /** Part of a warning annotation the run must show (a problem that does not fail the step). */
  readonly warning?: RegExp
  /** False when the run stops before it knows which flows are selected (it can name none of them). */
  readonly knowsSelection: boolean
  /** Why the case cannot run on this machine (it is then skipped with that reason), or null. */
  readonly unavailable?: () => string | null
  /** True when the run must stop before it sends Genesys Cloud a single request. */
  readonly sendsNoRequest?: boolean
  /** What the Action does about it (README column). */
  readonly behaviour: string
  /**
   * What makes the case take seconds (backoff between retries, a `Retry-After`). A slow case runs on the tests'
   * own Node only; the quick ones also run on the Node GitHub runs the Action on, to keep the suite short.
   */
  readonly slow?: string
}


/** Bytes of each flow's `.i3*` file in an export, encoded as the emulator (and Genesys Cloud) encode it. */
function exportSizes(emulator: Emulator): number[] {
  return emulator.org.flows.filter((flow) => !flow.deleted).map((flow) => Buffer.byteLength(encodeArchitectFile(flow.document)))
}

export const FAULT_CASES: readonly FaultCase[] = [
  {
    fault: '10 % of API requests answer 5xx',
    how: 'emulator `serverErrorRate: 0.1`',
    faults: { serverErrorRate: 0.1 },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'Retries each request up to 5 times with exponential backoff and jitter; every flow is exported and committed.',
  },
  {
    fault: 'A storm of 429 Too Many Requests',
    how: 'emulator `throttleBurst` of 6 requests, `Retry-After: 1`',
    faults: { throttleBurst: { from: 3, count: 6 } },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    slow: 'waits out each `Retry-After: 1`',
    behaviour: 'Holds every request of the client for the full `Retry-After`, then goes on; throttles are counted in the report.',
  },
  {
    fault: 'Access token revoked mid-run',
    how: 'emulator `revokeTokenAfterRequests: 4`',
    faults: { revokeTokenAfterRequests: 4 },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'On the first 401 it logs in once more and repeats the request; the run completes.',
  },
  {
    fault: 'An export job fails for one flow',
    how: 'emulator `failJobs: [<one flow id>]`',
    setup: ({ emulator }) => {
      emulator.setFaults({ failJobs: [failingFlowId(emulator)] })
      return {}
    },
    status: 'partial',
    exitCode: 1,
    failedIds: (emulator) => [failingFlowId(emulator)],
    message: /1 flow could not be exported: '.+' \([0-9a-f-]{36}\): .*every time this flow was tried/,
    knowsSelection: true,
    behaviour: 'Registers the same job again 4 times (the failure reads as the service\'s transient one), then splits it in halves until only that flow fails; commits the others, keeps its previous file, names it in the report (the service\'s own message in report.json) and fails the step.',
  },
  {
    fault: 'The export service is overloaded: it runs 2 jobs at once and fails the others with Archy exit 107',
    how: 'emulator `exportCapacity: 2`, jobs of one flow (`maxFlowsPerJob: 1`)',
    faults: { exportCapacity: 2, maxFlowsPerJob: { limit: 1, status: 413 } },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'Registers each failed job again, unsplit, after a short pause, and lowers the jobs in flight to what the service runs; every flow is exported; the log says in one sentence how many jobs failed and where the jobs in flight settled.',
  },
  {
    fault: 'A busy export service fails some jobs with Archy exit 107 at random',
    how: 'emulator `jobFailureRate: 0.3`',
    faults: { jobFailureRate: 0.3 },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'Registers each failed job again, unsplit (up to 4 times); every flow is exported and committed.',
  },
  {
    fault: 'An export job\'s poll is answered 404 (the service lost the job)',
    how: 'emulator `lostJobs: 1`',
    faults: { lostJobs: 1 },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'Registers the same job again, never split; every flow is exported.',
  },
  {
    fault: 'Every export job fails',
    how: "emulator `failJobs: 'all'`",
    faults: { failJobs: 'all' },
    status: 'failed',
    exitCode: 1,
    message: /^8 flows could not be exported: '.+' \([0-9a-f-]{36}\): Genesys Cloud's export service was overloaded \(Archy exit 107\) every time/,
    knowsSelection: true,
    behaviour: 'Registers each job again within the run\'s budget, then names every flow as failed in plain words (the service\'s own message in report.json); writes and commits nothing; the previous snapshot stays.',
  },
  {
    fault: 'A download URL has expired once',
    how: 'emulator `expireDownloads: 1` (the first URL handed out is expired)',
    faults: { expireDownloads: 1 },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'Asks the job for a fresh URL and downloads again.',
  },
  {
    fault: 'Every download URL is expired',
    how: 'emulator `expireDownloads: true`',
    faults: { expireDownloads: true },
    status: 'failed',
    exitCode: 1,
    message: /^8 flows could not be exported: .*The download URL at .* has expired \(HTTP 403\)/,
    knowsSelection: true,
    behaviour: 'Tries a fresh URL and a new job, then names the flows as failed; the previous snapshot stays.',
  },
  {
    fault: 'Malformed download (corrupt zip or file)',
    how: 'emulator `malformDownload: true`',
    faults: { malformDownload: true },
    status: 'failed',
    exitCode: 1,
    message: /^8 flows could not be exported: .*The export download could not be used: the zip archive could not be read/,
    knowsSelection: true,
    behaviour: 'Never writes unreadable bytes: tries a fresh URL and a new job, then names the flows as failed; the previous snapshot stays.',
  },
  {
    fault: 'Connection reset mid-download, once',
    how: 'emulator `truncateDownload: 1` (half the bytes of the first download, then the socket is destroyed)',
    faults: { truncateDownload: 1 },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'Notices the short body against `Content-Length` and downloads again.',
  },
  {
    fault: 'Every download is cut short',
    how: 'emulator `truncateDownload: true`',
    faults: { truncateDownload: true },
    status: 'failed',
    exitCode: 1,
    message: /^8 flows could not be exported: .*The export download could not be used: Download from .* failed/,
    knowsSelection: true,
    slow: 'retries every download with backoff, then a new job',
    behaviour: 'Never writes a truncated file: retries, then names the flows as failed; the previous snapshot stays.',
  },
  {
    fault: 'A flow over `max-export-bytes`',
    how: 'input `max-export-bytes` just under the largest flow of the org',
    setup: ({ emulator }) => ({ inputs: { 'max-export-bytes': String(Math.max(...exportSizes(emulator)) - 1) } }),
    status: 'success',
    exitCode: 1,
    message: /^1 finding of severity error \(fail-on: error\): size-limit 1\./,
    knowsSelection: true,
    behaviour: 'Exports and commits it like any flow, and reports a `size-limit` finding on its file saying by how much it is over; the finding fails the step unless `rule-severity` relaxes it.',
  },
  {
    fault: 'A download far over `max-export-bytes`',
    how: 'input `max-export-bytes: 200`',
    setup: () => ({ inputs: { 'max-export-bytes': '200' } }),
    status: 'failed',
    exitCode: 1,
    message: /^8 flows could not be exported: .*The export is over 4 × max-export-bytes \(800 bytes for this job of 1\), so it was not downloaded: raise max-export-bytes/,
    knowsSelection: true,
    behaviour: 'Refuses a download over 4 × the limit, announced or real, so a runaway answer cannot fill the runner\'s memory (splitting the job down to single flows first); names the flows as failed with the limit to raise; nothing is written.',
  },
  {
    fault: 'Login host down',
    how: '`login-url` on a closed local port',
    setup: async () => ({ inputs: { 'login-url': `http://127.0.0.1:${await closedPort()}` } }),
    status: 'failed',
    exitCode: 1,
    message: /Could not reach Genesys Cloud login at .*Check region or login-url/,
    knowsSelection: false,
    slow: 'backoff between 4 login attempts',
    behaviour: 'Tries the login 4 times, then stops with the host it could not reach and what to check; nothing is written.',
  },
  {
    fault: 'The API answers HTML instead of JSON',
    how: 'emulator `htmlInsteadOfJson: 1` (a gateway page with 502)',
    faults: { htmlInsteadOfJson: 1 },
    status: 'failed',
    exitCode: 1,
    message: /^Flow snapshot stopped: GET \/api\/v2\/flows answered HTTP 502 .*kept failing after retries: run again later/,
    knowsSelection: false,
    slow: 'backoff between 5 retries',
    behaviour: 'Treats the page as a server error, retries 5 times with backoff, then stops naming the request and the status; nothing is written.',
  },
  {
    fault: 'Wrong client secret',
    how: 'input `client-secret` that the emulator does not know',
    setup: () => ({ inputs: { 'client-secret': 'not-the-secret-0123456789abcdef' } }),
    status: 'failed',
    exitCode: 1,
    message: /^Flow snapshot stopped: Genesys Cloud login at .* refused the client credentials with HTTP 400 .*Check client-id and client-secret/,
    knowsSelection: false,
    behaviour: 'Stops at the login with what to check (client id and secret, region); nothing is written.',
  },
  {
    fault: 'The OAuth client lacks a permission',
    how: 'a client without `architect:jobExport:create` (403 `missing.permissions`)',
    setup: ({ emulator }) => {
      const clientId = '5b8f2d1e-7a3c-4e9b-8f6d-2c1a0e9b7d4f'
      const clientSecret = 'reliability-limited-client-secret-0001'
      emulator.addClient({ clientId, clientSecret, permissions: ['architect:flow:view', 'architect:jobExport:view', 'architect:dependencyTracking:view'] })
      return { inputs: { 'client-id': clientId, 'client-secret': clientSecret } }
    },
    status: 'failed',
    exitCode: 1,
    message: /^Flow snapshot stopped: POST \/api\/v2\/flows\/export\/jobs answered HTTP 403 \(missing\.permissions\).*Add the permission architect:jobExport:create to a role of the OAuth client/,
    knowsSelection: false,
    behaviour: 'Stops at the first refused request, naming the missing permission and where to grant it; nothing is written.',
  },
  {
    fault: 'The OAuth client lacks the optional dependency-tracking permission',
    how: 'a client without `architect:dependencyTracking:view` (403 `missing.permissions` on `/api/v2/architect/dependencytracking/build`)',
    setup: ({ emulator }) => {
      const clientId = '0c4e7b2a-9d1f-4a6e-b3c8-5f2d7e1a9b60'
      const clientSecret = 'reliability-no-tracking-client-secret-01'
      emulator.addClient({ clientId, clientSecret, permissions: ['architect:flow:view', 'architect:jobExport:create', 'architect:jobExport:view'] })
      return { inputs: { 'client-id': clientId, 'client-secret': clientSecret } }
    },
    status: 'success',
    exitCode: 0,
    knowsSelection: true,
    behaviour: 'Exports, validates and commits as usual; only the resource check is skipped, with one notice naming the permission.',
  },
  {
    fault: 'The webhook receiver is down',
    how: '`webhook-url` on a closed local port',
    setup: async () => ({ inputs: { 'webhook-url': `http://127.0.0.1:${await closedPort()}/hook` } }),
    status: 'success',
    exitCode: 0,
    warning: /^Webhook not delivered .*gave up after 5 tries\. The snapshot itself is not affected/,
    knowsSelection: true,
    slow: 'backoff between 5 deliveries',
    behaviour: 'Retries the delivery, then warns; the snapshot is still committed and the step passes.',
  },
  {
    fault: 'The git remote rejects the push',
    how: 'a `pre-receive` hook in the bare remote that exits 1',
    setup: ({ repo }) => {
      const hook = join(repo.remote, 'hooks', 'pre-receive')
      writeFileSync(hook, '#!/bin/sh\necho "protected branch: pushes are not allowed" >&2\nexit 1\n')
      chmodSync(hook, 0o755)
      return {}
    },
    status: 'failed',
    exitCode: 1,
    message: /^Flow snapshot stopped: .*does not accept direct pushes\. Set 'pull-request: true'.*pre-receive hook declined/s,
    knowsSelection: true,
    behaviour: 'Stops with git\'s own reason and suggests `pull-request: true`; the remote keeps the previous snapshot.',
  },
  {
    fault: 'The output folder cannot be written',
    how: '`output-dir` names a regular file committed in the repository (the tests run as root, where chmod stops nothing)',
    setup: ({ repo }) => {
      writeFileSync(join(repo.workspace, 'flows-archive'), 'a file where the output folder should be\n')
      repo.git(['add', 'flows-archive'])
      repo.git(['commit', '-q', '-m', 'A file in the way of output-dir'])
      repo.git(['push', '-q', 'origin', 'HEAD:refs/heads/main'])
      return { inputs: { 'output-dir': 'flows-archive' } }
    },
    status: 'failed',
    exitCode: 1,
    message: /flows-archive' is a file, not a folder\. Move or delete that file, or choose another output-dir/,
    knowsSelection: false,
    sendsNoRequest: true,
    behaviour: 'Checks output-dir before any request and stops with the path that is in the way; nothing is written or committed.',
  },
  {
    fault: 'The output folder is read-only',
    how: '`output-dir` under a read-only bind mount (`mount --bind -o ro`; run only where the tests may mount, skipped elsewhere)',
    unavailable: () => (canBindMount() ? null : 'needs root with the right to mount (read-only bind mount)'),
    setup: ({ repo }) => mountReadOnly(join(repo.workspace, 'genesys-flows')),
    status: 'failed',
    exitCode: 1,
    message: /^Flow snapshot stopped: Cannot write 'genesys-flows\/[a-z]+\/[a-z0-9-]+--[0-9a-f-]{36}\.json': the file system is read-only\. Make output-dir 'genesys-flows' writable/,
    knowsSelection: true,
    behaviour: 'Exports, then stops at the first file it cannot write, naming it and what to do; nothing is committed and the previous snapshot stays.',
  },
  {
    fault: 'One folder inside the output folder is read-only',
    how: 'the last type folder under `output-dir` (in write order) under a read-only bind mount (skipped where the tests may not mount)',
    unavailable: () => (canBindMount() ? null : 'needs root with the right to mount (read-only bind mount)'),
    setup: ({ repo }) => mountReadOnly(join(repo.workspace, 'genesys-flows', lastTypeFolder(repo.workspace))),
    status: 'failed',
    exitCode: 1,
    message: /^Flow snapshot stopped: Cannot write 'genesys-flows\/[a-z]+\/.*': the file system is read-only/,
    knowsSelection: true,
    behaviour: 'Stages every file before replacing any: when one cannot be written, the staged ones are removed, so no flow file is left half-updated.',
  },
]

function mountReadOnly(folder: string): CaseSetup {
  execFileSync('mount', ['--bind', '-o', 'ro', folder, folder])
  return { release: () => void execFileSync('umount', [folder]) }
}

/** The type folder written last (folders are written in path order), so the others are written before it fails. */
function lastTypeFolder(workspace: string): string {
  return readdirSync(join(workspace, 'genesys-flows'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1)!
}

/** Whether this process may make a read-only bind mount (root in a container with CAP_SYS_ADMIN, say). */
function canBindMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  const probe = mkdtempSync(join(tmpdir(), 'gfs-mount-probe-'))
  try {
    execFileSync('mount', ['--bind', '-o', 'ro', probe, probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

/** The flow whose export job fails in the one-flow case: the first of the org, by id. */
export function failingFlowId(emulator: Emulator): string {
  return emulator.org.flows.map((flow) => flow.id).sort()[0]!
}

/** A local port with nothing listening: taken from the OS, then let go. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
