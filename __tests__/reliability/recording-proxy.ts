// A forwarding proxy on 127.0.0.1 in front of the emulator's login and API: the Action talks to it as it
// would to Genesys Cloud, and it records what went through. It reads the access tokens out of the login
// answers, so the secret scan knows every token the run held, without reaching into the emulator.
import { createServer, request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Exchange {
  readonly method: string
  readonly path: string
  readonly requestHeaders: IncomingHttpHeaders
  readonly status: number
}

export interface RecordingProxy {
  readonly url: string
  readonly exchanges: Exchange[]
  /** Every `access_token` a login answer handed out, in order. */
  readonly tokens: string[]
  close(): Promise<void>
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const exchanges: Exchange[] = []
  const tokens: string[] = []
  const upstream = new URL(target)
  const server = createServer((req, res) => {
    const body: Buffer[] = []
    req.on('data', (chunk: Buffer) => body.push(chunk))
    req.on('end', () => {
      const forward = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          const chunks: Buffer[] = []
          answer.on('data', (chunk: Buffer) => chunks.push(chunk))
          answer.on('end', () => {
            const text = Buffer.concat(chunks)
            exchanges.push({ method: req.method ?? '', path: req.url ?? '', requestHeaders: req.headers, status: answer.statusCode ?? 0 })
            if (req.url?.startsWith('/oauth/token') && answer.statusCode === 200) tokens.push(JSON.parse(text.toString('utf8')).access_token)
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            res.end(text)
          })
        },
      )
      forward.on('error', () => res.destroy())
      forward.end(Buffer.concat(body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    tokens,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
