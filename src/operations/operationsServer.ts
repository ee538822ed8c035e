// The operations endpoint, on its own port (METRICS_PORT): GET /healthz and GET /metrics.
//   /healthz  200 {"status":"ok","checks":{...}} when the index is loaded and every configured
//             platform is connected; 503 with the same shape ("status":"unavailable") otherwise,
//             including while the index is still being built at start-up.
//   /metrics  Prometheus text format (prom-client), see metrics.ts.
// Anything else is 404; only GET and HEAD are served.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../engine/index.ts';
import type { RelaisMetrics } from './metrics.ts';

/** One health check: a name ("index", "slack", "discord") and whether it passes now. */
export type HealthCheck = () => boolean;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, boolean>;
}

export class OperationsServer {
  private readonly checks = new Map<string, HealthCheck>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(options: { port: number; host?: string; metrics: RelaisMetrics; logger: Logger }): Promise<OperationsServer> {
    const { metrics, logger } = options;
    let self: OperationsServer | undefined;
    const server = createServer((request, response) => {
      void handle(request, response).catch((error: unknown) => {
        logger.error({ error: error instanceof Error ? error.stack : String(error), path: request.url }, 'operations endpoint failed');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('internal error\n');
      });
    });
    const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
      const path = (request.url ?? '/').split('?')[0];
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
        return;
      }
      if (path === '/healthz') {
        const report = (self as OperationsServer).health();
        response.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : `${JSON.stringify(report)}\n`);
        return;
      }
      if (path === '/metrics') {
        const body = await metrics.text();
        response.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
    };
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    self = new OperationsServer(server, `http://${host}:${address.port}`);
    // Until the index is loaded, /healthz says so.
    self.setCheck('index', () => false);
    logger.info({ url: self.url }, 'operations endpoint listening (/healthz, /metrics)');
    return self;
  }

  /** Adds or replaces a named check. */
  setCheck(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  health(): HealthReport {
    const checks: Record<string, boolean> = {};
    for (const [name, check] of this.checks) {
      try {
        checks[name] = check();
      } catch {
        checks[name] = false;
      }
    }
    return { status: Object.values(checks).every(Boolean) ? 'ok' : 'unavailable', checks };
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
