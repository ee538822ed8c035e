import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, secretsOf } from '../src/config.ts';

describe('parseConfig', () => {
  it('needs nothing: defaults give a terminal chat over the bundled corpus', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ corpusDir: 'corpus', dataDir: 'data', logLevel: 'info', maxQuestionLength: 500 });
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
  });

  it('answers slash commands privately unless ANSWER_VISIBILITY=public; FEEDBACK_SALT is a secret', () => {
    expect(parseConfig({}).conversation).toEqual({ answerVisibility: 'private' });
    expect(parseConfig({ ANSWER_VISIBILITY: 'Public' }).conversation.answerVisibility).toBe('public');
    const salted = parseConfig({ FEEDBACK_SALT: 'un-sel-bien-long-et-aleatoire' });
    expect(salted.conversation.feedbackSalt).toBe('un-sel-bien-long-et-aleatoire');
    expect(secretsOf(salted)).toContain('un-sel-bien-long-et-aleatoire');
  });

  it('caps text files at 2 MiB, PDF and office files at 20 MiB and PDFs at 100 pages unless told otherwise', () => {
    expect(parseConfig({})).toMatchObject({ maxFileBytes: 2_097_152, maxDocumentBytes: 20_971_520, maxPdfPages: 100 });
    expect(parseConfig({ MAX_DOCUMENT_BYTES: '5000000', MAX_PDF_PAGES: '12' })).toMatchObject({
      maxDocumentBytes: 5_000_000,
      maxPdfPages: 12,
    });
  });

  it('fetches public addresses only, within 20 s, 5 redirects and the document size cap, unless told otherwise', () => {
    expect(parseConfig({}).fetch).toEqual({ allowHosts: [], timeoutMs: 20_000, maxRedirects: 5, maxBytes: 20_971_520 });
    expect(
      parseConfig({
        FETCH_ALLOW_HOSTS: 'Intranet.Local, 10.0.0.5,[fd00::1]',
        FETCH_TIMEOUT: '1m',
        FETCH_MAX_REDIRECTS: '0',
        MAX_DOCUMENT_BYTES: '1000000',
      }).fetch,
    ).toEqual({
      allowHosts: ['intranet.local', '10.0.0.5', 'fd00::1'],
      timeoutMs: 60_000,
      maxRedirects: 0,
      maxBytes: 1_000_000,
    });
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '  ', PORT: '' }).slack).toBeUndefined();
  });

  it('reads Slack in Socket Mode and HTTP mode, with admin ids as a list', () => {
    const socket = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ADMIN_USER_IDS: 'U1, U2,' });
    expect(socket.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1', adminUserIds: ['U1', 'U2'], port: 3000 });
    const http = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cret', PORT: '8080' });
    expect(http.slack).toMatchObject({ signingSecret: 's3cret', port: 8080 });
  });

  it('reads Discord with shards', () => {
    const c = parseConfig({
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_SHARDS: 'auto',
      DISCORD_ADMIN_ROLE_IDS: '111111111111111111',
    });
    expect(c.discord).toMatchObject({ applicationId: '123456789012345678', shards: 'auto', adminRoleIds: ['111111111111111111'] });
    expect(parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_SHARDS: '4' }).discord?.shards).toBe(4);
    // In a shard process, discord.js's ShardingManager says which shard it is.
    expect(parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', SHARDS: '1' }).discord?.shardId).toBe(1);
    expect(c.discord?.shardId).toBeUndefined();
  });

  it('reads the operations settings, with no endpoint and no automatic reindex by default', () => {
    expect(parseConfig({}).operations).toEqual({
      metricsHost: '127.0.0.1',
      reindexOnChange: false,
      rateLimitPerMinute: 6,
      maxInFlight: 8,
      shutdownGraceMs: 10_000,
      statsRetentionDays: 90,
      statsMaxRecords: 20_000,
    });
    expect(
      parseConfig({
        METRICS_PORT: '9464',
        REINDEX_INTERVAL: '15m',
        REINDEX_ON_CHANGE: 'true',
        RATE_LIMIT_PER_MINUTE: '0',
        MAX_IN_FLIGHT: '2',
        SHUTDOWN_GRACE: '30s',
      }).operations,
    ).toEqual({
      metricsPort: 9464,
      metricsHost: '127.0.0.1',
      reindexIntervalMs: 900_000,
      reindexOnChange: true,
      rateLimitPerMinute: 0,
      maxInFlight: 2,
      shutdownGraceMs: 30_000,
      statsRetentionDays: 90,
      statsMaxRecords: 20_000,
    });
    expect(parseConfig({ STATS_RETENTION_DAYS: '30', STATS_MAX_RECORDS: '5000' }).operations).toMatchObject({
      statsRetentionDays: 30,
      statsMaxRecords: 5000,
    });
    expect(parseConfig({ REINDEX_INTERVAL: 'off' }).operations.reindexIntervalMs).toBeUndefined();
    expect(parseConfig({ REINDEX_INTERVAL: '1h' }).operations.reindexIntervalMs).toBe(3_600_000);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL'],
    [{ DISCORD_TOKEN: 't' }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_SHARDS: 'many' }, 'DISCORD_SHARDS'],
    [{ MAX_QUESTION_LENGTH: '-3' }, 'MAX_QUESTION_LENGTH'],
    [{ MAX_DOCUMENT_BYTES: 'big' }, 'MAX_DOCUMENT_BYTES'],
    [{ MAX_PDF_PAGES: '0' }, 'MAX_PDF_PAGES'],
    [{ FETCH_ALLOW_HOSTS: 'http://intranet.local/' }, 'FETCH_ALLOW_HOSTS'],
    [{ FETCH_TIMEOUT: 'off' }, 'FETCH_TIMEOUT'],
    [{ FETCH_TIMEOUT: '500ms' }, 'FETCH_TIMEOUT'],
    [{ FETCH_MAX_REDIRECTS: '-1' }, 'FETCH_MAX_REDIRECTS'],
    [{ METRICS_PORT: 'nine' }, 'METRICS_PORT'],
    [{ REINDEX_INTERVAL: 'often' }, 'REINDEX_INTERVAL'],
    [{ REINDEX_INTERVAL: '10s' }, 'REINDEX_INTERVAL'],
    [{ REINDEX_ON_CHANGE: 'maybe' }, 'REINDEX_ON_CHANGE'],
    [{ STATS_RETENTION_DAYS: '0' }, 'STATS_RETENTION_DAYS'],
    [{ STATS_MAX_RECORDS: 'lots' }, 'STATS_MAX_RECORDS'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ MAX_IN_FLIGHT: '0' }, 'MAX_IN_FLIGHT'],
    [{ SHUTDOWN_GRACE: 'soon' }, 'SHUTDOWN_GRACE'],
    [{ ANSWER_VISIBILITY: 'secret' }, 'ANSWER_VISIBILITY'],
    [{ FEEDBACK_SALT: 'short' }, 'FEEDBACK_SALT'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(variable));
  });

  it('reads LOG_LEVEL whatever its case; the terminal logs at warn unless LOG_LEVEL is set (issue 14, item 9)', () => {
    expect(parseConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
    expect(parseConfig({ LOG_LEVEL: ' Debug ' }).logLevel).toBe('debug');
    expect(parseConfig({}).terminalLogLevel).toBe('warn');
    expect(parseConfig({ LOG_LEVEL: 'INFO' }).terminalLogLevel).toBe('info');
    expect(() => parseConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });

  it('bounds DISCORD_SHARDS to 1–64, besides auto and off (issue 14, item 9)', () => {
    const discord = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678' };
    expect(parseConfig({ ...discord, DISCORD_SHARDS: 'AUTO' }).discord?.shards).toBe('auto');
    expect(parseConfig({ ...discord, DISCORD_SHARDS: '64' }).discord?.shards).toBe(64);
    for (const shards of ['0', '65', '100000', '-1', '2.5']) {
      expect(() => parseConfig({ ...discord, DISCORD_SHARDS: shards }), shards).toThrow(
        /DISCORD_SHARDS must be "auto", "off" or a number of shards from 1 to 64/,
      );
    }
  });

  it('never puts a secret in its error message', () => {
    try {
      parseConfig({ SLACK_BOT_TOKEN: 'xoxp-very-secret-value' });
    } catch (error) {
      expect(String(error)).not.toContain('very-secret');
    }
  });
});
