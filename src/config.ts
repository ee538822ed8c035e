// The one place that reads the environment. Values come from the process environment, then from a
// .env file (dotenv, never overriding what is already set); each is validated here, and a wrong
// value stops start-up with the variable's name and what it expects.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
/** Processes per machine, each holding the whole index: beyond this, DISCORD_SHARDS is a typo. */
export const MAX_DISCORD_SHARDS = 64;

const optionalText = z.string().trim().min(1).optional();
const idList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
  .optional();
const DURATION_UNITS_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000 };
/** "90s", "15m", "1h" → milliseconds; "off" or "0" → undefined. */
const duration = (min: { ms: number; label: string }) =>
  z
    .string()
    .trim()
    .regex(/^(off|0|\d+\s*[smh])$/i, 'must be a duration such as "90s", "15m" or "1h" (or "off")')
    .transform((v) => {
      const m = /^(\d+)\s*([smh])$/i.exec(v);
      return m ? Number(m[1]) * (DURATION_UNITS_MS[(m[2] ?? 's').toLowerCase()] ?? 1_000) : undefined;
    })
    .refine((ms) => ms === undefined || ms >= min.ms, `must be at least ${min.label} (or "off")`)
    .optional();
/** Like `duration`, but always on: "off" is refused, and `fallback` applies when unset. */
const requiredDuration = (min: { ms: number; label: string }, fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+\s*[smh]$/i, 'must be a duration such as "20s" or "1m"')
    .default(fallback)
    .transform((v) => {
      const m = /^(\d+)\s*([smh])$/i.exec(v);
      return Number(m?.[1] ?? 0) * (DURATION_UNITS_MS[(m?.[2] ?? 's').toLowerCase()] ?? 1_000);
    })
    .refine((ms) => ms >= min.ms, `must be at least ${min.label}`);
// Host names (or IP addresses) as written in a URL, lower-cased; IPv6 without brackets.
const hostList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) =>
        s
          .trim()
          .toLowerCase()
          .replace(/^\[(.*)\]$/, '$1'),
      )
      .filter(Boolean),
  )
  .refine(
    (hosts) => hosts.every((h) => /^[a-z0-9.:_-]+$/.test(h)),
    'must be host names or IP addresses, comma-separated (no scheme, port or path)',
  );
const flag = z
  .string()
  .trim()
  .regex(/^(true|false|1|0|yes|no|on|off)$/i, 'must be true or false')
  .transform((v) => /^(true|1|yes|on)$/i.test(v))
  .default(false);

const schema = z
  .object({
    CORPUS_DIR: z.string().trim().min(1).default('corpus'),
    DATA_DIR: z.string().trim().min(1).default('data'),
    // "INFO" and "Warn" mean what they say. Optional: the terminal chat has its own default (warn).
    LOG_LEVEL: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(LOG_LEVELS)).optional(),
    MAX_QUESTION_LENGTH: positiveInt(500),
    MAX_FILE_BYTES: positiveInt(2 * 1024 * 1024),
    MAX_DOCUMENT_BYTES: positiveInt(20 * 1024 * 1024),
    MAX_PDF_PAGES: positiveInt(100),
    FETCH_ALLOW_HOSTS: hostList,
    FETCH_TIMEOUT: requiredDuration({ ms: 1_000, label: '1s' }, '20s'),
    FETCH_MAX_REDIRECTS: z.coerce
      .number()
      .int()
      .min(0, 'must be 0 (no redirect followed) or more')
      .max(20, 'must be 20 or fewer')
      .default(5),

    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token starting with xoxb-'),
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), 'must be an app-level token starting with xapp-'),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_ADMIN_USER_IDS: idList,
    SLACK_API_URL: httpUrl,
    PORT: port(3000),

    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || /^\d{15,25}$/.test(v), 'must be the numeric application id'),
    DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{15,25}$/.test(v), 'must be a numeric server (guild) id'),
    DISCORD_ADMIN_ROLE_IDS: idList,
    DISCORD_API_URL: httpUrl,
    DISCORD_SHARDS: z
      .string()
      .trim()
      .toLowerCase()
      .refine(
        (v) => v === 'auto' || v === 'off' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_DISCORD_SHARDS),
        `must be "auto", "off" or a number of shards from 1 to ${MAX_DISCORD_SHARDS}`,
      )
      .default('off'),
    // Set by discord.js's ShardingManager in each shard process it forks (not a setting for people).
    SHARDS: z.coerce.number().int().min(0).max(MAX_DISCORD_SHARDS).optional(),

    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
    STATS_RETENTION_DAYS: z.coerce
      .number()
      .int()
      .min(1, 'must be at least 1 (days of question stats kept)')
      .max(3650, 'must be 3650 or fewer')
      .default(90),
    STATS_MAX_RECORDS: z.coerce
      .number()
      .int()
      .min(100, 'must be at least 100')
      .max(10_000_000, 'must be 10000000 or fewer')
      .default(20_000),
    REINDEX_INTERVAL: duration({ ms: 60_000, label: '1m' }),
    REINDEX_ON_CHANGE: flag,
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0, 'must be 0 (no limit) or more').default(6),
    MAX_IN_FLIGHT: positiveInt(8),
    SHUTDOWN_GRACE: duration({ ms: 1_000, label: '1s' }),

    ANSWER_VISIBILITY: z
      .preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(['private', 'public']))
      .default('private'),
    FEEDBACK_SALT: z.string().trim().min(16, 'must be at least 16 characters (a random string)').optional(),

    SEARCH_BACKEND: z.enum(['compact', 'minisearch', 'postgres']).default('compact'),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
    DATABASE_READ_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
    DATABASE_SCHEMA: z
      .string()
      .trim()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase schema name (letters, digits, _)')
      .default('relais'),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (Socket Mode) is set',
      });
    }
    if (!env.SLACK_BOT_TOKEN && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'is required when other SLACK_ settings are given (starts with xoxb-)',
      });
    }
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required with DISCORD_TOKEN' });
    }
    if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required with DATABASE_READ_URL (the primary, where reindexes write)',
      });
    }
    if (env.SEARCH_BACKEND === 'postgres' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required with SEARCH_BACKEND=postgres (postgres://user:password@host:5432/database)',
      });
    }
  });

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; HTTP on `port` otherwise. */
  appToken?: string;
  signingSecret?: string;
  adminUserIds: string[];
  apiUrl?: string;
  port: number;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  adminRoleIds: string[];
  apiUrl?: string;
  /** 'off': one process; 'auto' or a number: discord.js's ShardingManager. */
  shards: 'off' | 'auto' | number;
  /** In a shard process: which shard it is (SHARDS, set by the ShardingManager). */
  shardId?: number;
}

/** Running Relais for real (src/operations): endpoints, automatic reindex, fair use, shutdown. */
export interface OperationsConfig {
  /** Port of the /healthz and /metrics endpoint; undefined: no endpoint. */
  metricsPort?: number;
  metricsHost: string;
  /** Question stats older than this are dropped (the file, or the PostgreSQL table shared by every instance). */
  statsRetentionDays: number;
  /** At most this many of the most recent question stats are kept. */
  statsMaxRecords: number;
  /** Reindex on this schedule; undefined: never on a schedule. */
  reindexIntervalMs?: number;
  /** Reindex when the corpus folder changes (debounced). */
  reindexOnChange: boolean;
  /** Questions per user per minute; 0: no limit. */
  rateLimitPerMinute: number;
  /** Questions being answered at once, over all users and platforms. */
  maxInFlight: number;
  /** How long SIGTERM/SIGINT waits for questions in flight. */
  shutdownGraceMs: number;
}

/** Fetching documents from the web (src/documents): what may be reached, and how much is read. */
export interface FetchConfig {
  /** Hosts that may be fetched even though they resolve to private, loopback or link-local addresses. */
  allowHosts: string[];
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  /** The body, decoded; the same cap as a document file in the corpus. */
  maxBytes: number;
}

/** Where the search index lives: in the process, or shared by every instance in PostgreSQL. */
export interface SearchConfig {
  backend: 'compact' | 'minisearch' | 'postgres';
  /** With backend 'postgres': the primary. */
  databaseUrl?: string;
  /** A streaming replica that questions read from (reindexes still write to databaseUrl). */
  databaseReadUrl?: string;
  /** Schema of Relais's tables in that database. */
  databaseSchema: string;
}

/** Answers in conversations: who sees slash commands' answers first, and how voters are hashed. */
export interface ConversationConfig {
  /** /relais and /ask: 'private' (only the asker, with a share button) or 'public'. Mentions are always public. */
  answerVisibility: 'private' | 'public';
  /** Salts the hash kept of each voter; unset: a random salt kept in DATA_DIR. */
  feedbackSalt?: string;
}

export interface Config {
  corpusDir: string;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /**
   * The terminal's (the chat npm start opens without platforms, and npm run ask): LOG_LEVEL when set,
   * else warn, so the start-up lines do not come between the person and the answers.
   */
  terminalLogLevel: (typeof LOG_LEVELS)[number];
  maxQuestionLength: number;
  /** Text files (.txt, .md, .html) larger than this are skipped. */
  maxFileBytes: number;
  /** PDF and office files (.pdf, .docx, .odt) larger than this are skipped. */
  maxDocumentBytes: number;
  /** PDFs with more pages are skipped. */
  maxPdfPages: number;
  fetch: FetchConfig;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  operations: OperationsConfig;
  search: SearchConfig;
  conversation: ConversationConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validates an environment (pure: tests pass their own). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable (FOO= in .env) means "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || 'environment'} ${i.message}`);
    throw new ConfigError(`Relais configuration is invalid (see .env.example):\n${lines.join('\n')}`);
  }
  const e = result.data;
  return {
    corpusDir: e.CORPUS_DIR,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL ?? 'info',
    terminalLogLevel: e.LOG_LEVEL ?? 'warn',
    maxQuestionLength: e.MAX_QUESTION_LENGTH,
    maxFileBytes: e.MAX_FILE_BYTES,
    maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
    maxPdfPages: e.MAX_PDF_PAGES,
    fetch: {
      allowHosts: e.FETCH_ALLOW_HOSTS,
      timeoutMs: e.FETCH_TIMEOUT,
      maxRedirects: e.FETCH_MAX_REDIRECTS,
      maxBytes: e.MAX_DOCUMENT_BYTES,
    },
    slack: slackSettings(e),
    discord: discordSettings(e),
    operations: operationsSettings(e),
    conversation: { answerVisibility: e.ANSWER_VISIBILITY, ...(e.FEEDBACK_SALT !== undefined ? { feedbackSalt: e.FEEDBACK_SALT } : {}) },
    search: {
      backend: e.SEARCH_BACKEND,
      ...(e.DATABASE_URL !== undefined ? { databaseUrl: e.DATABASE_URL } : {}),
      ...(e.DATABASE_READ_URL !== undefined ? { databaseReadUrl: e.DATABASE_READ_URL } : {}),
      databaseSchema: e.DATABASE_SCHEMA,
    },
  };
}

function slackSettings(e: z.infer<typeof schema>): Config['slack'] {
  if (!e.SLACK_BOT_TOKEN) return undefined;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    appToken: e.SLACK_APP_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    adminUserIds: e.SLACK_ADMIN_USER_IDS,
    apiUrl: e.SLACK_API_URL,
    port: e.PORT,
  };
}

function operationsSettings(e: z.infer<typeof schema>): Config['operations'] {
  return {
    ...(e.METRICS_PORT !== undefined ? { metricsPort: e.METRICS_PORT } : {}),
    metricsHost: e.METRICS_HOST,
    statsRetentionDays: e.STATS_RETENTION_DAYS,
    statsMaxRecords: e.STATS_MAX_RECORDS,
    ...(e.REINDEX_INTERVAL !== undefined ? { reindexIntervalMs: e.REINDEX_INTERVAL } : {}),
    reindexOnChange: e.REINDEX_ON_CHANGE,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    maxInFlight: e.MAX_IN_FLIGHT,
    shutdownGraceMs: e.SHUTDOWN_GRACE ?? 10_000,
  };
}

function discordSettings(e: z.infer<typeof schema>): DiscordConfig | undefined {
  if (!e.DISCORD_TOKEN || !e.DISCORD_APPLICATION_ID) return undefined;
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    adminRoleIds: e.DISCORD_ADMIN_ROLE_IDS,
    apiUrl: e.DISCORD_API_URL,
    shards: e.DISCORD_SHARDS === 'auto' || e.DISCORD_SHARDS === 'off' ? e.DISCORD_SHARDS : Number(e.DISCORD_SHARDS),
    ...(e.SHARDS !== undefined ? { shardId: e.SHARDS } : {}),
  };
}

/** Reads .env (if any) into the environment, then validates it. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): Config {
  loadDotenv({ quiet: true });
  return parseConfig({ ...process.env, ...overrides });
}

/** Secrets, for the logger's redaction list. */
export function secretsOf(config: Config): string[] {
  const search = config.search as SearchConfig | undefined;
  return [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
    databasePassword(search?.databaseUrl),
    databasePassword(search?.databaseReadUrl),
    (config.conversation as ConversationConfig | undefined)?.feedbackSalt,
  ].filter((s): s is string => typeof s === 'string');
}

/** The password in a database URL, if any (never logged). */
function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

/** The engine's `backend` and `postgres` options for these settings. */
export function searchEngineOptions(config: Config): {
  backend: SearchConfig['backend'];
  postgres?: { connectionString: string; readConnectionString?: string; schema: string };
} {
  // Tolerates a Config built by hand without search settings (tests): the embedded default.
  const search = config.search as SearchConfig | undefined;
  if (!search) return { backend: 'compact' };
  const { backend, databaseUrl, databaseReadUrl, databaseSchema } = search;
  if (backend !== 'postgres' || !databaseUrl) return { backend };
  const read = databaseReadUrl ? { readConnectionString: databaseReadUrl } : {};
  return { backend, postgres: { connectionString: databaseUrl, ...read, schema: databaseSchema } };
}
