// /healthz and /metrics over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelaisMetrics } from '../../src/operations/metrics.ts';
import { OperationsServer } from '../../src/operations/operationsServer.ts';
import { QuestionGate } from '../../src/operations/questionGate.ts';
import { GERS_QUESTION, openTestEngine, recordingLogger, type TestEngine } from './helpers.ts';

let t: TestEngine;
let server: OperationsServer;
let metrics: RelaisMetrics;
const logger = recordingLogger();

beforeAll(async () => {
  t = await openTestEngine();
  metrics = new RelaisMetrics();
  server = await OperationsServer.start({ port: 0, metrics, logger });
});
afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
});

const get = (path: string) => fetch(`${server.url}${path}`);

describe('operations endpoint', () => {
  it('/healthz is 503 until the index is loaded and every configured platform is connected', async () => {
    let res = await get('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', checks: { index: false } });

    server.setCheck('index', () => true);
    let slackUp = false;
    server.setCheck('slack', () => slackUp);
    res = await get('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', checks: { index: true, slack: false } });

    slackUp = true;
    res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ status: 'ok', checks: { index: true, slack: true } });

    server.setCheck('discord', () => {
      throw new Error('broken check');
    });
    expect((await get('/healthz')).status).toBe(503);
    server.setCheck('discord', () => true);
  });

  it('/metrics has questions by platform and outcome, latency, index size, reindex and errors in Prometheus format', async () => {
    metrics.watchEngine(t.engine);
    metrics.watchPlatform('slack', () => true);
    const gate = new QuestionGate({ logger, rateLimitPerMinute: 0, maxInFlight: 2, metrics });
    await gate.answer(GERS_QUESTION, { platform: 'slack', userId: 'U1', isAdmin: false }, (q) => t.engine.ask(q));
    await gate.answer('Quel est le budget de la 5G à Lyon ?', { platform: 'discord', userId: 'D1', isAdmin: false }, (q) =>
      t.engine.ask(q),
    );
    await t.engine.reindex();
    metrics.countingErrors(recordingLogger()).error({}, 'command failed');

    const res = await get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await res.text();
    const status = t.engine.status();
    for (const line of [
      'relais_questions_total{platform="slack",outcome="answered"} 1',
      'relais_questions_total{platform="discord",outcome="unanswered"} 1',
      'relais_answer_duration_seconds_count{platform="slack"} 1',
      `relais_index_documents ${status.documents}`,
      `relais_index_passages ${status.passages}`,
      'relais_reindex_total{result="ok"} 1',
      'relais_errors_total{event="command failed"} 1',
      'relais_platform_connected{platform="slack"} 1',
      'relais_questions_in_flight 0',
    ])
      expect(body).toContain(line);
    expect(body).toMatch(/relais_last_reindex_timestamp_seconds \d{10}/);
    expect(body).toMatch(/relais_last_reindex_duration_seconds \d/);
    expect(body).toContain('process_resident_memory_bytes');
  });

  it('answers 404 elsewhere and 405 to anything but GET/HEAD', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await fetch(`${server.url}/metrics`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${server.url}/healthz`, { method: 'HEAD' })).status).toBe(200);
  });
});
