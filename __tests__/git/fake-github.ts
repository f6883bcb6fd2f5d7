// A local stand-in for the GitHub REST endpoints a snapshot uses, backed by a real bare repository:
// trees, commits and refs are made with git plumbing there, so every id is a real SHA-1 and the
// clones that fetch from that repository see exactly what the API wrote.
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly body: Record<string, unknown>
}

interface Pull {
  number: number
  head: string
  base: string
  title: string
  body: string
  state: 'open' | 'closed'
}

export interface FakeGitHub {
  readonly url: string
  readonly requests: RecordedRequest[]
  readonly pulls: Pull[]
  close(): Promise<void>
}

const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')))

/** Runs git in the bare repository; `input` goes to stdin; non-zero exit rejects. */
function git(repo: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: repo, env: { ...CLEAN_ENV, ...options.env }, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout?.on('data', (d) => (out += d))
    child.stderr?.on('data', (d) => (err += d))
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`git ${args.join(' ')}: ${err}`))))
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export async function startFakeGitHub(repo: string, owner = 'owner', name = 'repo'): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = []
  const pulls: Pull[] = []
  let indexes = 0
  const prefix = `/repos/${owner}/${name}`
  const pullJson = (p: Pull) => ({ number: p.number, html_url: `https://github.example/${owner}/${name}/pull/${p.number}`, state: p.state, title: p.title, body: p.body, head: { ref: p.head }, base: { ref: p.base } })
  const refExists = async (ref: string) => git(repo, ['rev-parse', '--verify', '--quiet', ref]).then(() => true, () => false)

  async function route(method: string, url: URL, body: Record<string, unknown>): Promise<[number, unknown]> {
    const path = decodeURIComponent(url.pathname)
    if (!path.startsWith(prefix + '/')) throw new HttpError(404, 'Not Found')
    const rest = path.slice(prefix.length)

    if (method === 'GET' && rest === '/pulls') {
      const head = url.searchParams.get('head')
      const base = url.searchParams.get('base')
      const state = url.searchParams.get('state') ?? 'open'
      return [200, pulls.filter((p) => p.state === state && (!head || `${owner}:${p.head}` === head) && (!base || p.base === base)).map(pullJson)]
    }
    if (method === 'POST' && rest === '/pulls') {
      const head = String(body.head).replace(`${owner}:`, '')
      if (!(await refExists(`refs/heads/${head}`))) throw new HttpError(422, `Validation Failed: head '${head}' does not exist`)
      if (pulls.some((p) => p.state === 'open' && p.head === head && p.base === body.base)) {
        throw new HttpError(422, `Validation Failed: A pull request already exists for ${owner}:${head}.`)
      }
      const pull: Pull = { number: pulls.length + 1, head, base: String(body.base), title: String(body.title), body: String(body.body ?? ''), state: 'open' }
      pulls.push(pull)
      return [201, pullJson(pull)]
    }
    const pullMatch = /^\/pulls\/(\d+)$/.exec(rest)
    if (method === 'PATCH' && pullMatch) {
      const pull = pulls.find((p) => p.number === Number(pullMatch[1]))
      if (!pull) throw new HttpError(404, 'Not Found')
      if (typeof body.title === 'string') pull.title = body.title
      if (typeof body.body === 'string') pull.body = body.body
      return [200, pullJson(pull)]
    }
    if (method === 'POST' && rest === '/git/trees') {
      const env = { GIT_INDEX_FILE: join(repo, `fake-index-${++indexes}`) }
      if (body.base_tree) await git(repo, ['read-tree', String(body.base_tree)], { env })
      else await git(repo, ['read-tree', '--empty'], { env })
      // One `update-index --index-info` line per entry; mode 0 removes the path, as GitHub's sha: null does.
      const lines: string[] = []
      for (const entry of body.tree as { path: string; mode: string; sha?: string | null; content?: string }[]) {
        if (entry.sha === null) {
          lines.push(`0 ${'0'.repeat(40)}\t${entry.path}`)
          continue
        }
        const sha = entry.content !== undefined ? await git(repo, ['hash-object', '-w', '--stdin'], { input: entry.content }) : String(entry.sha)
        lines.push(`${entry.mode} ${sha}\t${entry.path}`)
      }
      await git(repo, ['update-index', '--index-info'], { env, input: lines.join('\n') + '\n' })
      const sha = await git(repo, ['write-tree'], { env })
      return [201, { sha, truncated: false, tree: [] }]
    }
    if (method === 'POST' && rest === '/git/commits') {
      const custom = body.author !== undefined || body.committer !== undefined
      const identity = { GIT_AUTHOR_NAME: 'github-actions[bot]', GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' }
      const parents = (body.parents as string[]).flatMap((p) => ['-p', p])
      const sha = await git(repo, ['commit-tree', String(body.tree), ...parents], { input: String(body.message), env: identity })
      return [201, { sha, tree: { sha: String(body.tree) }, message: body.message, verification: { verified: !custom, reason: custom ? 'unsigned' : 'valid' } }]
    }
    if (method === 'PATCH' && rest.startsWith('/git/refs/')) {
      const ref = `refs/${rest.slice('/git/refs/'.length)}`
      const current = await git(repo, ['rev-parse', '--verify', '--quiet', ref]).catch(() => null)
      if (current === null) throw new HttpError(422, 'Reference does not exist')
      const next = String(body.sha)
      const fastForward = await git(repo, ['merge-base', '--is-ancestor', current, next]).then(() => true, () => false)
      if (!fastForward && body.force !== true) throw new HttpError(422, 'Update is not a fast forward')
      await git(repo, ['update-ref', ref, next, current])
      return [200, { ref, object: { sha: next, type: 'commit' } }]
    }
    if (method === 'POST' && rest === '/git/refs') {
      const ref = String(body.ref)
      if (await refExists(ref)) throw new HttpError(422, 'Reference already exists')
      await git(repo, ['update-ref', ref, String(body.sha), ''])
      return [201, { ref, object: { sha: body.sha, type: 'commit' } }]
    }
    throw new HttpError(404, `No fake for ${method} ${path}`)
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ''
    req.on('data', (d) => (raw += d))
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : {}
      const url = new URL(req.url ?? '/', 'http://localhost')
      requests.push({ method: req.method ?? '', path: decodeURIComponent(url.pathname), body })
      route(req.method ?? '', url, body)
        .then(([status, data]) => send(res, status, data))
        .catch((error: Error) => send(res, error instanceof HttpError ? error.status : 500, { message: error.message }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    pulls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function send(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(data))
}
