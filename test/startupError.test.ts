// Turning low-level start-up errors into one line naming the setting: real sockets, real DNS.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { OperationsServer } from '../src/operations/operationsServer.ts';
import { RelaisMetrics } from '../src/operations/metrics.ts';
import { silentLogger } from '../src/engine/index.ts';
import { errorCode, isUnreachable, listenFailure, StartupError, UsageError } from '../src/startupError.ts';

const settings = { port: 'METRICS_PORT', host: 'METRICS_HOST' };

async function listenError(port: number, host: string): Promise<unknown> {
  return OperationsServer.start({ port, host, metrics: new RelaisMetrics({ defaultMetrics: false }), logger: silentLogger }).then(
    async (server) => {
      await server.stop();
      throw new Error(`listened on ${host}:${port}`);
    },
    (error: unknown) => error,
  );
}

describe('listenFailure (issue 14, item 5)', () => {
  it('a port already in use', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const failure = listenFailure(await listenError(port, '127.0.0.1'), settings, { port, host: '127.0.0.1' });
      expect(failure).toBeInstanceOf(StartupError);
      expect(failure.message).toBe(
        `METRICS_PORT=${port} is already in use on 127.0.0.1 (another Relais, or another server): stop it or set METRICS_PORT to a free port.`,
      );
    } finally {
      busy.close();
    }
  });

  it("a host that does not resolve, and one that is not this machine's", async () => {
    const unresolvable = listenFailure(await listenError(0, 'relais-introuvable.invalid'), settings, {
      port: 0,
      host: 'relais-introuvable.invalid',
    });
    expect(unresolvable.message).toMatch(
      /^METRICS_HOST=relais-introuvable\.invalid could not be resolved to an address: set METRICS_HOST to an IP address/,
    );
    const foreign = listenFailure(await listenError(0, '192.0.2.1'), settings, { port: 0, host: '192.0.2.1' });
    expect(foreign.message).toMatch(/^METRICS_HOST=192\.0\.2\.1 is not an address of this machine/);
  });
});

describe('errorCode and isUnreachable', () => {
  it('find the code on an error or what caused it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(errorCode(new TypeError('fetch failed', { cause: refused }))).toBe('ECONNREFUSED');
    expect(errorCode(Object.assign(new Error('slack'), { code: 'slack_webapi_request_error', original: refused }))).toBe('ECONNREFUSED');
    expect(errorCode(new AggregateError([refused]))).toBe('ECONNREFUSED');
    expect(isUnreachable(new TypeError('fetch failed', { cause: refused }))).toBe(true);
    expect(isUnreachable(Object.assign(new Error('password authentication failed'), { code: '28P01' }))).toBe(false);
  });

  it('a usage error exits 2, any other start-up error 1', () => {
    expect(new UsageError('x').exitCode).toBe(2);
    expect(new StartupError('x').exitCode).toBe(1);
  });
});
