// The HTTP side every fake shares: a server on 127.0.0.1 with WebSocket upgrades handed over, request
// bodies read whole, multipart forms decoded as the platforms' clients send them, and a stop that
// closes every connection.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface FakeServerHandlers {
  request(req: IncomingMessage, res: ServerResponse): Promise<void>;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/** Starts a server on host:port (0: a free one); a handler that throws answers 500 with the error. */
export async function startFakeServer(host: string, port: number, handlers: FakeServerHandlers): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    handlers.request(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  server.keepAliveTimeout = 1_000;
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => handlers.upgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/** Closes the server and every connection still open. */
export function stopFakeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A multipart/form-data body's fields and files, decoded by undici's FormData as a browser would. */
export async function readMultipart(raw: Buffer, contentType: string): Promise<Array<[string, string | File]>> {
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  return [...form.entries()];
}
