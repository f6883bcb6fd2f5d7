// A real CONNECT proxy on loopback, as a corporate proxy stands between a runner and the internet. It
// tunnels every CONNECT to one local port, whatever host it names, and remembers the host asked for:
// a made-up host name (under .test) cannot resolve, so a request that succeeds went through the proxy.
import { createServer } from 'node:http'
import { connect, type AddressInfo } from 'node:net'

export interface ConnectProxy {
  readonly url: string
  /** `host:port` of every tunnel opened, in order. */
  readonly tunnels: string[]
  close(): Promise<void>
}

export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const server = createServer((_request, response) => response.writeHead(405).end())
  server.on('connect', (request, client, head) => {
    tunnels.push(request.url ?? '')
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
