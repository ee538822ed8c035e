// Bolt, its WebClient and the Socket Mode client log through this: their messages go to the Relais
// logger (pino-shaped) under "slack", filtered by level, with tokens blanked out.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../engine/index.ts';
import { redactTokens } from './slackErrors.ts';

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

function asText(parts: unknown[]): string {
  return redactTokens(parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : safeJson(p))).join(' '));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function boltLogger(logger: Logger, initialLevel: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initialLevel;
  let name = 'slack';
  const enabled = (at: LogLevel) => ORDER.indexOf(at) >= ORDER.indexOf(level);
  return {
    debug: (...msg: unknown[]) => {
      if (enabled(LogLevel.DEBUG)) logger.debug({ source: name }, asText(msg));
    },
    info: (...msg: unknown[]) => {
      if (enabled(LogLevel.INFO)) logger.info({ source: name }, asText(msg));
    },
    warn: (...msg: unknown[]) => {
      if (enabled(LogLevel.WARN)) logger.warn({ source: name }, asText(msg));
    },
    error: (...msg: unknown[]) => {
      if (enabled(LogLevel.ERROR)) logger.error({ source: name }, asText(msg));
    },
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
