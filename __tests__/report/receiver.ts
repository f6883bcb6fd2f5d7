// A real webhook receiver on 127.0.0.1 that answers from a script of responses and records what it got.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

export interface ScriptedAnswer {
  readonly status: number
  readonly headers?: Record<string, string>
}

export interface Receiver {
  readonly url: string
  readonly received: Received[]
  close(): Promise<void>
}

/** Answers request n with `answers[n]`, and the last answer for every request after. */
export async function startReceiver(answers: readonly ScriptedAnswer[]): Promise<Receiver> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const answer = answers[Math.min(received.length - 1, answers.length - 1)]!
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers })
      res.end(`answer ${received.length}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/genesys?token=query-secret-123`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
