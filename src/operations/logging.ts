// The process's logger: pino, one JSON line per event on stderr (stdout carries answers in
// `ask --json`), pretty-printed by pino-pretty when stderr is a terminal. Secrets never reach the
// output: known secret-bearing keys are redacted by path, and every configured secret value (and
// anything shaped like a Slack token) is blanked from each line before it is written, wherever it
// hides (a message, a stack trace, a nested object). Question text is logged at debug level only
// (see questionGate.ts); info lines carry platform, latency and outcome.
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { Logger, LogLevel } from '../engine/index.ts';

// pino-pretty is required (synchronously, it is CommonJS) only for a terminal: a bot whose stderr is a
// file or a log collector never loads it (~90 ms of its start-up).
const requireModule = createRequire(import.meta.url);
function prettyStream(options: PinoPretty.PrettyOptions): DestinationStream {
  const pinoPretty = requireModule('pino-pretty') as typeof PinoPretty;
  return pinoPretty(options);
}

/** Keys whose values are secrets wherever they appear (pino redact paths, one and two levels deep). */
const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'password', 'authorization', 'databaseUrl'];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
];

const SLACK_TOKEN = /\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]+/g;
export const REDACTED = '[redacted]';

export interface CreateLoggerOptions {
  level: LogLevel;
  /** Values never to print (secretsOf(config)). */
  secrets?: readonly string[];
  /** Human-readable output; default: when stderr is a terminal. */
  pretty?: boolean;
  /** Where lines go; default stderr (synchronously, so nothing is lost at exit). */
  destination?: Writable | DestinationStream;
}

/** Blanks every secret (longest first, so one containing another is fully hidden) and Slack-token-shaped text. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    // JSON-escaped forms of the secret (quotes, backslashes) appear in serialised lines.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret && out.includes(escaped)) out = out.split(escaped).join(REDACTED);
  }
  return out.replace(SLACK_TOKEN, REDACTED);
}

export function createLogger(options: CreateLoggerOptions): Logger & { pino: PinoLogger } {
  const secrets = options.secrets ?? [];
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  const destination: Writable | DestinationStream =
    options.destination ??
    (pretty
      ? prettyStream({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : pino.destination({ dest: 2, sync: true }));
  const logger = pino(
    {
      level: options.level,
      base: { name: 'relais' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: (line) => redactSecrets(line, secrets) },
      // Errors logged as { error } keep their stack and message.
      serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
    },
    destination as DestinationStream,
  );
  return {
    pino: logger,
    debug: (details, message) => logger.debug(details, message),
    info: (details, message) => logger.info(details, message),
    warn: (details, message) => logger.warn(details, message),
    error: (details, message) => logger.error(details, message),
  };
}
